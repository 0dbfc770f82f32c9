/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_export.h
 * @brief Symbol export and attribute macros of libyjjh.
 *
 * Every public function is declared with #YJJH_API. The library is built with hidden visibility,
 * so only these functions reach the dynamic symbol table.
 */
#ifndef YJJH_EXPORT_H
#define YJJH_EXPORT_H

#if defined(SWIG)
#  define YJJH_API
#  define YJJH_WARN_UNUSED_RESULT
#elif defined(_WIN32) || defined(__CYGWIN__)
#  if defined(YJJH_STATIC)
#    define YJJH_API
#  elif defined(YJJH_BUILDING)
#    define YJJH_API __declspec(dllexport)
#  else
#    define YJJH_API __declspec(dllimport)
#  endif
#  define YJJH_WARN_UNUSED_RESULT
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define YJJH_API __attribute__((visibility("default")))
#  define YJJH_WARN_UNUSED_RESULT __attribute__((warn_unused_result))
#else
#  define YJJH_API
#  define YJJH_WARN_UNUSED_RESULT
#endif

#endif /* YJJH_EXPORT_H */
