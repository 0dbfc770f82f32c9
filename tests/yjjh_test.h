/* Shared helpers for the cmocka tests. cmocka 1.1.5 has no assert_double_equal. */
#ifndef YJJH_TEST_H
#define YJJH_TEST_H

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

/* Fails unless |actual - expected| <= abs_tol + rel_tol * |expected|. */
#define assert_close(actual, expected, rel_tol, abs_tol) \
    yjjh_test_assert_close((actual), (expected), (rel_tol), (abs_tol), #actual, __FILE__, __LINE__)

static inline void yjjh_test_assert_close(double a, double e, double rel, double abs_tol, const char *expr,
                                          const char *file, int line)
{
    if (!(fabs(a - e) <= abs_tol + rel * fabs(e))) {
        fail_msg("%s:%d: %s = %.17g, expected %.17g (rel %.3g, abs %.3g)", file, line, expr, a, e, rel, abs_tol);
    }
}

/* Fails unless the call returns the expected yjjh_status, printing both texts. */
#define assert_status(call, expected)                                                                  \
    do {                                                                                               \
        int yjjh_test_s_ = (int)(call);                                                                \
        if (yjjh_test_s_ != (int)(expected))                                                           \
            fail_msg("%s:%d: %s returned %d (%s), expected %d (%s)", __FILE__, __LINE__, #call,        \
                     yjjh_test_s_, yjjh_strerror((yjjh_status)yjjh_test_s_), (int)(expected),          \
                     yjjh_strerror((yjjh_status)(expected)));                                          \
    } while (0)

#define assert_ok(call) assert_status(call, YJJH_OK)

#endif
