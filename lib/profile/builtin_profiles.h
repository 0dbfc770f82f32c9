/* SPDX-License-Identifier: MIT */
/* Private: profile files (profiles/NAME.json) compiled into the library (generated builtin_profile_files.c). */
#ifndef YJJH_LIB_BUILTIN_PROFILES_H
#define YJJH_LIB_BUILTIN_PROFILES_H

#include <stddef.h>

typedef struct yjjh__embedded_profile {
    const char *name; /* file name without .json, e.g. "gansu-jinchang" */
    const char *json; /* the file's bytes */
    size_t len;
} yjjh__embedded_profile;

extern const yjjh__embedded_profile yjjh__embedded_profiles[];
extern const size_t yjjh__embedded_profile_count;

#endif
