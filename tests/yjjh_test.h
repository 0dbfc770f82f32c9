/* SPDX-License-Identifier: MIT */
/* Shared helpers for the cmocka tests. cmocka 1.1.5 has no assert_double_equal. */
#ifndef YJJH_TEST_H
#define YJJH_TEST_H

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <yjjh/yjjh_diag.h>

/* Fails unless |actual - expected| <= abs_tol + rel_tol * |expected|. */
#define assert_close(actual, expected, rel_tol, abs_tol)                                                               \
  yjjh_test_assert_close((actual), (expected), (rel_tol), (abs_tol), #actual, __FILE__, __LINE__)

static inline void yjjh_test_assert_close(double a, double e, double rel, double abs_tol, const char *expr,
                                          const char *file, int line)
{
    if (!(fabs(a - e) <= abs_tol + rel * fabs(e))) {
        fail_msg("%s:%d: %s = %.17g, expected %.17g (rel %.3g, abs %.3g)", file, line, expr, a, e, rel, abs_tol);
    }
}

/* Fails unless the call returns the expected yjjh_status, printing both texts. */
#define assert_status(call, expected)                                                                                  \
  do {                                                                                                                 \
    int yjjh_test_s_ = (int)(call);                                                                                    \
    if (yjjh_test_s_ != (int)(expected))                                                                               \
      fail_msg("%s:%d: %s returned %d (%s), expected %d (%s)", __FILE__, __LINE__, #call, yjjh_test_s_,                \
               yjjh_strerror((yjjh_status)yjjh_test_s_), (int)(expected), yjjh_strerror((yjjh_status)(expected)));     \
  } while (0)

#define assert_ok(call) assert_status(call, YJJH_OK)

/* The i-th entry of a diag (yjjh_diag_get()); fails the test unless it returns YJJH_OK. */
#define diag_entry(diag, i) yjjh_test_diag_entry((diag), (i), __FILE__, __LINE__)

static inline yjjh_diag_entry yjjh_test_diag_entry(const yjjh_diag *d, size_t i, const char *file, int line)
{
    yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
    yjjh_status s = yjjh_diag_get(&e, d, i);
    if (s != YJJH_OK)
        fail_msg("%s:%d: yjjh_diag_get(%zu) returned %d (%s)", file, line, i, (int)s, yjjh_strerror(s));
    return e;
}

#endif
