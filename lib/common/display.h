/* SPDX-License-Identifier: MIT */
/* Private: the display rules (docs/reports.md) — how a number is shown against its standard, in the reports
 * (lib/report) and in the reason and item messages of the result (evaluate, rules).
 *
 * One rule above all: a value that does not meet its standard is never shown as if it met it. A value is
 * printed with its usual number of decimals, and with more (up to 17 significant digits) while the printed
 * text compared with the printed standard would tell another story than the unrounded comparison did
 * ("4.49999 < 4.5", not "4.500 < 4.5"; "0.50004 > 0.50", not "0.500 > 0.50"). Percentages are rounded, not
 * truncated, under the same rule (0.889 → "89%", 0.9999 unmet → "99.99%"). Shortfalls are rounded up: whole
 * teachers and rooms, m² and 元 to 2 decimals, printed one way everywhere. Never installed. */
#ifndef YJJH_LIB_COMMON_DISPLAY_H
#define YJJH_LIB_COMMON_DISPLAY_H

#include <stddef.h>

/* Room for any text written below (17 significant digits, sign, point, a few decimals, '%', NUL). */
#define YJJH__DISP_BUF 64

/* The direction of a requirement. */
typedef enum yjjh__dir {
    YJJH__DIR_MIN,  /* value ≥ standard meets it */
    YJJH__DIR_MAX,  /* value ≤ standard meets it */
    YJJH__DIR_BELOW /* value < standard meets it (strictly) */
} yjjh__dir;

/* Compare two decimal numbers written in fixed notation ("-12.50", "4.5", "100"): -1, 0 or 1, exactly as the
 * reader compares them (no rounding). Text that is not such a number compares as 0. */
int yjjh__disp_cmp_text(const char *a, const char *b);

/* A standard or limit: the shortest fixed-notation text with at least min_decimals decimals that reads back
 * as t ("4.5", "2000", "0.50" for min_decimals 2). "-" for NaN. */
void yjjh__disp_standard(char *buf, size_t n, double t, int min_decimals);

/* v shown against the standard t (whose text is yjjh__disp_standard(t, t_decimals)): decimals decimals, more
 * while the printed comparison disagrees with met (met: value ≥ / ≤ / < t; not met: the opposite, where "not
 * met" of a minimum means printed v < printed t, of a maximum printed v > printed t, of a strict maximum
 * printed v ≥ printed t). "-" for NaN. */
void yjjh__disp_against(char *buf, size_t n, double v, double t, int t_decimals, yjjh__dir dir, int met, int decimals);

/* The relation sign between v and its standard as shown: "≥"/"<" (minimum), "≤"/">" (maximum), "<"/"≥"
 * (strict maximum), by met; "" when v is NaN. */
const char *yjjh__disp_rel(yjjh__dir dir, int met);

/* The direction sign of a requirement: "≥", "≤" or "<". */
const char *yjjh__disp_dir(yjjh__dir dir);

/* A ratio to the standard as a rounded percentage without decimals ("89%"), with more decimals while the shown
 * value would claim 100 % for an unmet standard (met = 0), or the floor (e.g. 85 %) for a value below it
 * (above_floor = 0), or below them when they are met; floor NaN: no floor. "-" for NaN. */
void yjjh__disp_ratio(char *buf, size_t n, double ratio, int met, double floor, int above_floor);

/* A rate (a fraction such as 0.0570342) as a percentage with at most one decimal, trailing zeros dropped
 * ("5.7%", "12%", "100%"), more decimals under the rule of yjjh__disp_against() against the rate t; met < 0:
 * no comparison. "-" for NaN. */
void yjjh__disp_rate(char *buf, size_t n, double v, double t, yjjh__dir dir, int met);

/* A rate standard as a percentage ("10%", "95%", "5%"); "-" for NaN. */
void yjjh__disp_rate_standard(char *buf, size_t n, double t);

/* A shortfall rounded up: whole units (whole = 1: teachers, rooms, computers, books) as an integer, else up to
 * 2 decimals (m², 元), trailing zeros dropped ("118", "24657.53", "312.5"). The value shown is never less than
 * x (up to 1e-9 relative rounding noise of the standard times the enrolment). */
void yjjh__disp_shortfall(char *buf, size_t n, double x, int whole);

/* The shortfall value that yjjh__disp_shortfall() shows, as a number (for the workbook). */
double yjjh__disp_shortfall_value(double x, int whole);

/* v as "%g" (6 significant digits, as the messages print facts), with more digits while the comparison with t
 * (printed the same way) would disagree with met: "0.9999999 < 1", not "1 < 1". */
void yjjh__disp_g(char *buf, size_t n, double v, double t, yjjh__dir dir, int met);

/* A plain number with at most decimals decimals, trailing zeros dropped ("1760", "98600", "0.38"); "-" for
 * NaN. */
void yjjh__disp_plain(char *buf, size_t n, double v, int decimals);

/* Drop trailing zeros of a fixed-notation fraction, and the point ("7500.00" → "7500", "0.50" → "0.5"). */
void yjjh__disp_trim(char *s);

#endif
