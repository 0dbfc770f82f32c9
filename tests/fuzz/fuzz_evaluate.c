/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the evaluator on arbitrary numbers. The input bytes are read as a small table:
 * byte 0 = rows (1..32), byte 1 = switch bits (bit 0: the 2012 profile instead of national-2017; bit 1: values
 * are little-endian uint16 counts, which mostly pass validation and so reach the evaluation itself, instead of
 * raw 8-byte little-endian doubles, where NaN, inf, negatives, huge values and -0.0 all occur), then per row one
 * byte (school type, ownership, county, parent, duplicate id) and one value per column of num_cols[]. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <yjjh/yjjh.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const yjjh_column num_cols[] = {
    YJJH_COL_PRIMARY_STUDENTS,
    YJJH_COL_JUNIOR_STUDENTS,
    YJJH_COL_SENIOR_STUDENTS,
    YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE,
    YJJH_COL_PRIMARY_BACKBONE_TEACHERS,
    YJJH_COL_PRIMARY_PE_ART_TEACHERS,
    YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE,
    YJJH_COL_JUNIOR_BACKBONE_TEACHERS,
    YJJH_COL_JUNIOR_PE_ART_TEACHERS,
    YJJH_COL_TEACHING_AREA,
    YJJH_COL_SPORTS_AREA,
    YJJH_COL_EQUIPMENT_VALUE,
    YJJH_COL_MULTIMEDIA_ROOMS,
    YJJH_COL_PRIMARY_TEACHING_AREA,
    YJJH_COL_JUNIOR_SPORTS_AREA,
    YJJH_COL_PRIMARY_CLASSES,
    YJJH_COL_PRIMARY_MAX_CLASS_SIZE,
    YJJH_COL_MUSIC_ROOMS,
    YJJH_COL_ART_ROOMS,
    YJJH_COL_MUSIC_ROOM_MIN_AREA,
    YJJH_COL_ART_ROOM_MIN_AREA,
    YJJH_COL_COMPUTERS,
    YJJH_COL_BOOKS,
    YJJH_COL_PRIMARY_FULLTIME_TEACHERS,
    YJJH_COL_PRIMARY_MID_TITLE_TEACHERS,
    YJJH_COL_JUNIOR_MID_TITLE_TEACHERS,
    YJJH_COL_JUNIOR_CLASSES,
    YJJH_COL_JUNIOR_FULLTIME_TEACHERS,
    YJJH_COL_CERTIFIED_TEACHERS,
    YJJH_COL_TRAINING_FUNDS,
    YJJH_COL_PUBLIC_FUNDS,
};
#define NUM_COLS (sizeof num_cols / sizeof num_cols[0])

static const char *types[] = {"primary", "junior", "nine_year", "complete_secondary", "twelve_year", "teaching_point",
                              "special", "小学",   "bogus"};
static const char *owners[] = {"public", "private", "民办", NULL};
static const char *counties[] = {"620302", "620321", NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    yjjh_diag *diag = NULL;
    char *text = NULL;
    size_t rows, pos = 2;
    if (size < 2)
        return 0;
    rows = (size_t)(data[0] % 32) + 1;
    int small = (data[1] & 2) != 0;
    if (yjjh_schools_new(&t, rows) != YJJH_OK)
        return 0;
    for (size_t i = 0; i < rows; i++) {
        char id[16];
        uint8_t b = pos < size ? data[pos++] : 0;
        snprintf(id, sizeof id, "S%zu", (b & 0x80) ? (size_t)0 : i); /* sometimes duplicate ids */
        (void)yjjh_schools_set_text(t, i, YJJH_COL_SCHOOL_ID, id);
        (void)yjjh_schools_set_text(t, i, YJJH_COL_SCHOOL_TYPE, types[b % (sizeof types / sizeof types[0])]);
        (void)yjjh_schools_set_text(t, i, YJJH_COL_OWNERSHIP, owners[(b >> 4) % 4]);
        (void)yjjh_schools_set_text(t, i, YJJH_COL_COUNTY_CODE, counties[(b >> 2) % 3]);
        (void)yjjh_schools_set_text(t, i, YJJH_COL_PARENT_ID, (b & 1) ? "S0" : NULL);
        for (size_t c = 0; c < NUM_COLS; c++) {
            double v = 0;
            if (small && pos + 2 <= size) {
                v = (double)(data[pos] | (unsigned)data[pos + 1] << 8);
                pos += 2;
            } else if (!small && pos + 8 <= size) {
                memcpy(&v, data + pos, 8);
                pos += 8;
            } else if (pos < size) {
                v = (double)data[pos++] * 10.0;
            }
            (void)yjjh_schools_set_number(t, i, num_cols[c], v);
        }
    }
    if (yjjh_diag_new(&diag) == YJJH_OK &&
        yjjh_profile_builtin(&p, (data[1] & 1) ? "national-2012-basic" : "national-2017") == YJJH_OK &&
        yjjh_schools_evaluate(&r, t, NULL, p, diag) == YJJH_OK) {
        if (yjjh_result_to_json(&text, r) == YJJH_OK)
            yjjh_free(text);
        if (yjjh_result_to_csv(&text, r) == YJJH_OK)
            yjjh_free(text);
    }
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_diag_free(diag);
    yjjh_schools_free(t);
    return 0;
}
