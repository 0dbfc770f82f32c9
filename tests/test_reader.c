/* SPDX-License-Identifier: MIT */
/* Tests of the CSV / facts readers (yjjh_reader.h, data-format.md): syntax, lines, numbers, encodings, errors.
 * Expected values are written from the spec (exact decimals, line numbers counted by hand). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"

static yjjh_diag *new_diag(void)
{
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    return d;
}

static yjjh_status read_csv(yjjh_schools **t, const char *csv, yjjh_diag *d)
{
    return yjjh_schools_read_buffer(t, csv, strlen(csv), "s.csv", NULL, d);
}

static double num(const yjjh_schools *t, size_t row, yjjh_column col)
{
    double v = -1.0;
    assert_ok(yjjh_schools_get_number(&v, t, row, col));
    return v;
}

static const char *txt(const yjjh_schools *t, size_t row, yjjh_column col)
{
    const char *s = NULL;
    assert_ok(yjjh_schools_get_text(&s, t, row, col));
    return s;
}

/* The diag has an entry with this exact message. */
static void assert_diag_has(const yjjh_diag *d, const char *msg)
{
    for (size_t i = 0; i < yjjh_diag_count(d); i++)
        if (strcmp(diag_entry(d, i).message, msg) == 0)
            return;
    for (size_t i = 0; i < yjjh_diag_count(d); i++)
        fprintf(stderr, "  diag[%zu] = %s\n", i, diag_entry(d, i).message);
    fail_msg("no diag entry \"%s\"", msg);
}

static void test_rfc4180_syntax(void **state)
{
    const char *csv = "school_id,school_name,primary_students\r\n"
                      "1,\"Alpha, \"\"North\"\"\",100\r\n"
                      "2,\"Two\nlines\",200\r\n"
                      "\r\n"
                      "3,Gamma,\"1,234\"\n";
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_csv(&t, csv, NULL));
    assert_int_equal(yjjh_schools_row_count(t), 3);
    assert_string_equal(txt(t, 0, YJJH_COL_SCHOOL_NAME), "Alpha, \"North\"");
    assert_string_equal(txt(t, 1, YJJH_COL_SCHOOL_NAME), "Two\nlines");
    assert_string_equal(txt(t, 2, YJJH_COL_SCHOOL_ID), "3");
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 100.0);
    assert_true(num(t, 2, YJJH_COL_PRIMARY_STUDENTS) == 1234.0);
    yjjh_schools_free(t);
}

static void test_numbers_and_missing(void **state)
{
    const char *csv = "school_id,primary_students,teaching_area,sports_area,equipment_value,books\n"
                      "1, 12 ,\"1,234,567.5\",-,NA,N/A\n"
                      "2,,无,  0.1 ,1e3,\"12,345\"\n";
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_csv(&t, csv, NULL));
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 12.0);
    assert_true(num(t, 0, YJJH_COL_TEACHING_AREA) == 1234567.5);
    assert_true(isnan(num(t, 0, YJJH_COL_SPORTS_AREA)));
    assert_true(isnan(num(t, 0, YJJH_COL_EQUIPMENT_VALUE)));
    assert_true(isnan(num(t, 0, YJJH_COL_BOOKS)));
    assert_true(isnan(num(t, 1, YJJH_COL_PRIMARY_STUDENTS))); /* empty is missing, not zero */
    assert_true(isnan(num(t, 1, YJJH_COL_TEACHING_AREA)));
    assert_true(num(t, 1, YJJH_COL_SPORTS_AREA) == 0.1); /* the double nearest to 0.1, like the C literal */
    assert_true(num(t, 1, YJJH_COL_EQUIPMENT_VALUE) == 1000.0);
    assert_true(num(t, 1, YJJH_COL_BOOKS) == 12345.0);
    yjjh_schools_free(t);
}

static void test_wan_yuan_scale_and_chinese_headers(void **state)
{
    const char *csv = "学校标识码,学校类型,小学在校生数,教学仪器设备值（万元）,公用经费(元)\n"
                      "1,小学,100,528.37,\"1,496,000\"\n";
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_csv(&t, csv, NULL));
    assert_close(num(t, 0, YJJH_COL_EQUIPMENT_VALUE), 5283700.0, 1e-15, 0.0);
    assert_true(num(t, 0, YJJH_COL_PUBLIC_FUNDS) == 1496000.0);
    assert_string_equal(txt(t, 0, YJJH_COL_SCHOOL_TYPE), "小学");
    yjjh_schools_free(t);
}

static void test_bom_and_unknown_columns(void **state)
{
    const char *csv = "\xEF\xBB\xBFschool_id,remarks,primary_students\n1,anything at all,5\n";
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_csv(&t, csv, NULL));
    assert_true(yjjh_schools_has_column(t, YJJH_COL_SCHOOL_ID));
    assert_string_equal(txt(t, 0, YJJH_COL_SCHOOL_ID), "1");
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 5.0);
    yjjh_schools_free(t);
}

static void test_gb18030_auto_and_explicit(void **state)
{
    /* "学校标识码,学校类型,小学在校生数\n" in GB18030, then "1,<小学 in GB18030>,7\n" */
    static const char gb[] = "\xd1\xa7\xd0\xa3\xb1\xea\xca\xb6\xc2\xeb,\xd1\xa7\xd0\xa3\xc0\xe0\xd0\xcd,"
                             "\xd0\xa1\xd1\xa7\xd4\xda\xd0\xa3\xc9\xfa\xca\xfd\n"
                             "1,\xd0\xa1\xd1\xa7,7\n";
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(yjjh_schools_read_buffer(&t, gb, sizeof gb - 1, "gb.csv", NULL, d));
    assert_string_equal(txt(t, 0, YJJH_COL_SCHOOL_TYPE), "小学");
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 7.0);
    yjjh_schools_free(t);
    t = NULL;
    assert_ok(yjjh_schools_read_buffer(&t, gb, sizeof gb - 1, "gb.csv", "GB18030", d));
    yjjh_schools_free(t);
    t = NULL;
    assert_ok(yjjh_schools_read_buffer(&t, gb, sizeof gb - 1, "gb.csv", "gbk", d));
    yjjh_schools_free(t);
    t = NULL;
    /* named UTF-8: the first invalid byte is on line 1 */
    assert_status(yjjh_schools_read_buffer(&t, gb, sizeof gb - 1, "gb.csv", "utf-8", d), YJJH_E_ENCODING);
    assert_null(t);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_int_equal(diag_entry(d, 0).line, 1);
    yjjh_diag_free(d);
}

static void test_encoding_errors(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    static const char nul[] = "school_id\n1\n2\0\n";
    static const char bad[] = "school_id\n1\n\x80\xff\n";
    (void)state;
    assert_status(yjjh_schools_read_buffer(&t, "a\n", 2, "x.csv", "latin-1", d), YJJH_E_ENCODING);
    assert_status(yjjh_schools_read_buffer(&t, nul, sizeof nul - 1, "x.csv", NULL, d), YJJH_E_ENCODING);
    assert_int_equal(diag_entry(d, yjjh_diag_count(d) - 1).line, 3);
    yjjh_diag_clear(d);
    assert_status(yjjh_schools_read_buffer(&t, bad, sizeof bad - 1, "x.csv", NULL, d), YJJH_E_ENCODING);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_int_equal(diag_entry(d, 0).line, 3);
    yjjh_diag_clear(d);
    assert_status(yjjh_schools_read_buffer(&t,
                                           "\xff\xfe"
                                           "a\0\n\0",
                                           6, "x.csv", NULL, d),
                  YJJH_E_ENCODING);
    assert_null(t);
    yjjh_diag_free(d);
}

static void test_not_a_number_message(void **state)
{
    const char *csv = "学校标识码,小学在校生数\n"
                      "1,100\n"
                      "\"2\",12a\n";
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_status(read_csv(&t, csv, d), YJJH_E_INVALID_DATA);
    assert_null(t);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_string_equal(diag_entry(d, 0).message, "s.csv:3: column 小学在校生数: \"12a\" is not a number");
    assert_int_equal(diag_entry(d, 0).line, 3);
    assert_string_equal(diag_entry(d, 0).column, "小学在校生数");
    yjjh_diag_free(d);
}

static void test_bad_numbers(void **state)
{
    /* thousands separators must group by three; nan/inf and hex are not decimal numbers */
    static const char *const bad[] = {"1,23", "12,3456", ",123", "1.2.3", "0x10",  "nan",
                                      "inf",  "1e",      "+",    "1e999", "1 000", "5元"};
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char csv[128];
        yjjh_schools *t = NULL;
        yjjh_diag *d = new_diag();
        snprintf(csv, sizeof csv, "school_id,teaching_area\n1,\"%s\"\n", bad[i]);
        if (read_csv(&t, csv, d) != YJJH_E_INVALID_DATA)
            fail_msg("\"%s\" was accepted as a number", bad[i]);
        assert_int_equal(yjjh_diag_count(d), 1);
        assert_int_equal(diag_entry(d, 0).line, 2);
        yjjh_diag_free(d);
    }
}

static void test_physical_lines_and_all_problems(void **state)
{
    /* line 1 header; 2-3 one record with an embedded newline; 4 blank; 5 bad; 6 too many fields; 7 bad */
    const char *csv = "school_id,school_name,teaching_area\n"
                      "1,\"a\n"
                      "b\",x1\n"
                      "\n"
                      "2,c,y2\n"
                      "3,d,1,extra\n"
                      "4,e,z3\n";
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_status(read_csv(&t, csv, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 4);
    assert_int_equal(diag_entry(d, 0).line, 2);
    assert_int_equal(diag_entry(d, 1).line, 5);
    assert_int_equal(diag_entry(d, 2).line, 6);
    assert_int_equal(diag_entry(d, 3).line, 7);
    assert_diag_has(d, "s.csv:6: the row has 4 fields but the header has 3");
    assert_diag_has(d, "s.csv:7: column teaching_area: \"z3\" is not a number");
    yjjh_diag_free(d);
}

static void test_fewer_fields_are_missing(void **state)
{
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_csv(&t, "school_id,school_name,teaching_area\n1\n2,b\n", NULL));
    assert_int_equal(yjjh_schools_row_count(t), 2);
    assert_null(txt(t, 0, YJJH_COL_SCHOOL_NAME));
    assert_true(isnan(num(t, 1, YJJH_COL_TEACHING_AREA)));
    yjjh_schools_free(t);
}

static void test_syntax_errors(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    /* unterminated quote: reported at the line where the file ends (4) */
    assert_status(read_csv(&t, "school_id,school_name\n1,\"open\n2,x\n3,y\n", d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_int_equal(diag_entry(d, 0).line, 4);
    yjjh_diag_clear(d);
    /* a quote inside an unquoted field (line 3) */
    assert_status(read_csv(&t, "school_id,school_name\n1,a\n2,b\"c\n", d), YJJH_E_INVALID_DATA);
    assert_int_equal(diag_entry(d, 0).line, 3);
    yjjh_diag_clear(d);
    /* text after a closing quote (line 2), and the cell problems before it are still reported */
    assert_status(read_csv(&t, "school_id,teaching_area\n1,\"a\"b\n", d), YJJH_E_INVALID_DATA);
    assert_int_equal(diag_entry(d, 0).line, 2);
    assert_null(t);
    yjjh_diag_free(d);
}

static void test_duplicate_column(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_status(read_csv(&t, "school_id,primary_students, 小学在校生数 \n1,2,3\n", d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_int_equal(diag_entry(d, 0).line, 1);
    assert_string_equal(diag_entry(d, 0).column, "小学在校生数");
    yjjh_diag_free(d);
}

static void test_header_only_and_empty(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(read_csv(&t, "school_id,primary_students\n", d));
    assert_int_equal(yjjh_schools_row_count(t), 0);
    yjjh_schools_free(t);
    t = NULL;
    assert_status(yjjh_schools_read_buffer(&t, "", 0, "e.csv", NULL, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_status(yjjh_schools_read_buffer(&t, NULL, 0, "e.csv", NULL, d), YJJH_E_INVALID_DATA);
    yjjh_diag_free(d);
}

static void test_too_many_errors_capped(void **state)
{
    size_t cap = 32 + 150 * 16, len = 0;
    char *csv = malloc(cap);
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_non_null(csv);
    len += (size_t)snprintf(csv + len, cap - len, "school_id,teaching_area\n");
    for (int i = 0; i < 150; i++)
        len += (size_t)snprintf(csv + len, cap - len, "%d,bad\n", i);
    assert_status(yjjh_schools_read_buffer(&t, csv, len, "s.csv", NULL, d), YJJH_E_INVALID_DATA);
    assert_true(yjjh_diag_count(d) >= YJJH_DIAG_MAX && yjjh_diag_count(d) <= YJJH_DIAG_MAX + 1);
    assert_int_equal(diag_entry(d, 0).line, 2);
    assert_int_equal(diag_entry(d, 99).line, 101);
    free(csv);
    yjjh_diag_free(d);
}

static void test_source_lines_for_validation(void **state)
{
    /* the reader records the physical lines: a validation problem of the 2nd record names line 4 */
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_diag *d = new_diag();
    const char *csv = "school_id,school_type,primary_students\n"
                      "1,\"pri\nmary\",10\n"
                      "2,kindergarten,10\n";
    (void)state;
    assert_ok(read_csv(&t, csv, d));
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_status(yjjh_schools_validate(t, p, d), YJJH_E_INVALID_DATA);
    {
        int found = 0;
        for (size_t i = 0; i < yjjh_diag_count(d); i++)
            if (diag_entry(d, i).line == 4 && strcmp(diag_entry(d, i).column, "school_type") == 0)
                found = 1;
        assert_true(found);
    }
    yjjh_profile_free(p);
    yjjh_schools_free(t);
    yjjh_diag_free(d);
}

static void test_null_args_and_io(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_facts *f = NULL;
    (void)state;
    assert_status(yjjh_schools_read_buffer(NULL, "a", 1, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_read_buffer(&t, NULL, 1, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_read_file(NULL, "x", NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_read_file(&t, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_read_file(&t, "/nonexistent/dir/s.csv", NULL, NULL), YJJH_E_IO_OPEN);
    assert_status(yjjh_facts_read_buffer(NULL, "a", 1, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_facts_read_buffer(&f, NULL, 1, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_facts_read_file(NULL, "x", NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_facts_read_file(&f, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_facts_read_file(&f, "/nonexistent/dir/f.csv", NULL, NULL), YJJH_E_IO_OPEN);
    assert_null(t);
    assert_null(f);
}

static void test_read_example_files(void **state)
{
    yjjh_schools *en = NULL, *zh = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(yjjh_schools_read_file(&en, YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", NULL, d));
    assert_ok(yjjh_schools_read_file(&zh, YJJH_EXAMPLES_DATA_DIR "/jinchuan_zh_gb18030.csv", NULL, d));
    assert_int_equal(yjjh_schools_row_count(en), 24); /* examples/data/README.md: 24 schools */
    assert_int_equal(yjjh_schools_row_count(zh), 24);
    /* school 01: 5,283,700 元 in English, 528.37 万元 in the Chinese file */
    assert_true(num(en, 0, YJJH_COL_EQUIPMENT_VALUE) == 5283700.0);
    assert_close(num(zh, 0, YJJH_COL_EQUIPMENT_VALUE), 5283700.0, 1e-15, 0.0);
    assert_true(num(zh, 0, YJJH_COL_PUBLIC_FUNDS) == 1496000.0);
    assert_string_equal(txt(zh, 0, YJJH_COL_SCHOOL_NAME), "金川区第一小学");
    yjjh_schools_free(en);
    yjjh_schools_free(zh);
    yjjh_diag_free(d);
}

/* ---- facts ---- */

static double fact(const yjjh_facts *f, const char *county, const char *key)
{
    double v = -1.0;
    assert_ok(yjjh_facts_get(&v, f, county, key));
    return v;
}

static void test_facts_csv(void **state)
{
    char csv[1024];
    yjjh_facts *f = NULL;
    yjjh_diag *d = new_diag();
    double v;
    (void)state;
    snprintf(csv, sizeof csv,
             "county_code,layout_reasonable,%s,migrant_public_rate,social_recognition_rate,rotation_rate,"
             "county_name\n"
             "620302,是,否,93%%,0.91,,金川区\n"
             "620321,true,1,\"33.3 %%\",91％,N/A,永昌县\n",
             yjjh_fact_key_name_zh("veto_key_classes"));
    assert_ok(yjjh_facts_read_buffer(&f, csv, strlen(csv), "f.csv", NULL, d));
    assert_true(fact(f, "620302", "layout_reasonable") == 1.0);
    assert_true(fact(f, "620302", "veto_key_classes") == 0.0);
    assert_true(fact(f, "620302", "migrant_public_rate") == 0.93); /* exactly the double of "0.93" */
    assert_true(fact(f, "620302", "social_recognition_rate") == 0.91);
    assert_true(fact(f, "620321", "veto_key_classes") == 1.0);
    assert_true(fact(f, "620321", "migrant_public_rate") == 0.333);
    assert_true(fact(f, "620321", "social_recognition_rate") == 0.91);
    assert_status(yjjh_facts_get(&v, f, "620302", "rotation_rate"), YJJH_E_NOT_FOUND);
    assert_status(yjjh_facts_get(&v, f, "620321", "rotation_rate"), YJJH_E_NOT_FOUND);
    yjjh_facts_free(f);
    yjjh_diag_free(d);
}

static void test_facts_csv_default_row_and_errors(void **state)
{
    yjjh_facts *f = NULL;
    yjjh_diag *d = new_diag();
    const char *one = "county_code,evaluation_year,basic_balance_year\n,2026,2020\n";
    const char *no_code = "evaluation_year,basic_balance_year\n2026,2020\n";
    const char *two = "evaluation_year\n2026\n2025\n";
    const char *bad = "county_code,layout_reasonable,quota_allocation_rate\n"
                      "1,maybe,60%\n"
                      "1,true,60\n"
                      "2,true,6O%\n";
    (void)state;
    assert_ok(yjjh_facts_read_buffer(&f, one, strlen(one), "f.csv", NULL, d));
    assert_true(fact(f, "anything", "evaluation_year") == 2026.0); /* an empty county_code: the default */
    yjjh_facts_free(f);
    f = NULL;
    /* a CSV without a county_code column is an error (data-format.md §3, since 0.3) */
    assert_status(yjjh_facts_read_buffer(&f, no_code, strlen(no_code), "f.csv", NULL, d), YJJH_E_INVALID_FACTS);
    assert_int_equal(yjjh_diag_count(d), 1);
    yjjh_diag_clear(d);
    assert_status(yjjh_facts_read_buffer(&f, two, strlen(two), "f.csv", NULL, d), YJJH_E_INVALID_FACTS);
    assert_int_equal(diag_entry(d, 0).line, 3);
    yjjh_diag_clear(d);
    assert_status(yjjh_facts_read_buffer(&f, bad, strlen(bad), "f.csv", NULL, d), YJJH_E_INVALID_FACTS);
    assert_null(f);
    assert_int_equal(yjjh_diag_count(d), 3);
    assert_int_equal(diag_entry(d, 0).line, 2);
    assert_string_equal(diag_entry(d, 0).column, "layout_reasonable");
    assert_int_equal(diag_entry(d, 1).line, 3); /* county 1 twice */
    assert_int_equal(diag_entry(d, 2).line, 4);
    assert_string_equal(diag_entry(d, 2).column, "quota_allocation_rate");
    yjjh_diag_free(d);
}

static void test_facts_json(void **state)
{
    const char *json = "{ \"evaluation_year\": 2026,\n"
                       "  \"620302\": { \"layout_reasonable\": true, \"quota_allocation_rate\": \"62%\",\n"
                       "               \"county_name\": \"金川区\", \"veto_key_classes\": \"否\",\n"
                       "               \"rotation_rate\": null, \"social_recognition_rate\": 0.91 } }";
    yjjh_facts *f = NULL;
    yjjh_diag *d = new_diag();
    double v;
    (void)state;
    assert_ok(yjjh_facts_read_buffer(&f, json, strlen(json), "f.json", NULL, d));
    assert_true(fact(f, "620302", "evaluation_year") == 2026.0);
    assert_true(fact(f, "620302", "layout_reasonable") == 1.0);
    assert_true(fact(f, "620302", "quota_allocation_rate") == 0.62);
    assert_true(fact(f, "620302", "veto_key_classes") == 0.0);
    assert_true(fact(f, "620302", "social_recognition_rate") == 0.91);
    assert_status(yjjh_facts_get(&v, f, "620302", "rotation_rate"), YJJH_E_NOT_FOUND);
    yjjh_facts_free(f);
    yjjh_diag_free(d);
}

static void test_facts_json_errors(void **state)
{
    const char *syntax = "{\n  \"620302\": {\n    \"layout_reasonable\": tru\n  }\n}\n";
    const char *keys = "{ \"620302\": { \"layout_reasonabel\": true, \"quota_allocation_rate\": [1],"
                       " \"social_recognition_rate\": \"high\" } }";
    yjjh_facts *f = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_status(yjjh_facts_read_buffer(&f, syntax, strlen(syntax), "f.json", NULL, d), YJJH_E_INVALID_FACTS);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_int_equal(diag_entry(d, 0).line, 3);
    yjjh_diag_clear(d);
    assert_status(yjjh_facts_read_buffer(&f, keys, strlen(keys), "f.json", NULL, d), YJJH_E_INVALID_FACTS);
    assert_int_equal(yjjh_diag_count(d), 3);
    assert_non_null(strstr(diag_entry(d, 0).message, "620302.layout_reasonabel"));
    assert_non_null(strstr(diag_entry(d, 1).message, "620302.quota_allocation_rate"));
    assert_non_null(strstr(diag_entry(d, 2).message, "620302.social_recognition_rate"));
    yjjh_diag_clear(d);
    assert_status(yjjh_facts_read_buffer(&f, "[1, 2]", 6, "f.json", NULL, d), YJJH_E_INVALID_FACTS);
    assert_null(f);
    yjjh_diag_free(d);
}

static void test_facts_example_files_agree(void **state)
{
    yjjh_facts *c = NULL, *j = NULL;
    (void)state;
    assert_ok(yjjh_facts_read_file(&c, YJJH_EXAMPLES_DATA_DIR "/jinchuan_facts.csv", NULL, NULL));
    assert_ok(yjjh_facts_read_file(&j, YJJH_EXAMPLES_DATA_DIR "/jinchuan_facts.json", NULL, NULL));
    for (size_t i = 0; i < yjjh_fact_key_count(); i++) {
        double a = NAN, b = NAN;
        const char *key = NULL;
        assert_ok(yjjh_fact_key_get(&key, i));
        yjjh_status sa = yjjh_facts_get(&a, c, "620302", key);
        yjjh_status sb = yjjh_facts_get(&b, j, "620302", key);
        if (sa != sb || (sa == YJJH_OK && a != b))
            fail_msg("fact %s: CSV %g (%d), JSON %g (%d)", key, a, sa, b, sb);
    }
    /* the CSV's "100%" and "97%" are the fractions 1 and 0.97 */
    assert_true(fact(c, "620302", "training_360h_rate") == 1.0);
    assert_true(fact(c, "620302", "nearby_enrolment_junior") == 0.97);
    yjjh_facts_free(c);
    yjjh_facts_free(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rfc4180_syntax),
        cmocka_unit_test(test_numbers_and_missing),
        cmocka_unit_test(test_wan_yuan_scale_and_chinese_headers),
        cmocka_unit_test(test_bom_and_unknown_columns),
        cmocka_unit_test(test_gb18030_auto_and_explicit),
        cmocka_unit_test(test_encoding_errors),
        cmocka_unit_test(test_not_a_number_message),
        cmocka_unit_test(test_bad_numbers),
        cmocka_unit_test(test_physical_lines_and_all_problems),
        cmocka_unit_test(test_fewer_fields_are_missing),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_duplicate_column),
        cmocka_unit_test(test_header_only_and_empty),
        cmocka_unit_test(test_too_many_errors_capped),
        cmocka_unit_test(test_source_lines_for_validation),
        cmocka_unit_test(test_null_args_and_io),
        cmocka_unit_test(test_read_example_files),
        cmocka_unit_test(test_facts_csv),
        cmocka_unit_test(test_facts_csv_default_row_and_errors),
        cmocka_unit_test(test_facts_json),
        cmocka_unit_test(test_facts_json_errors),
        cmocka_unit_test(test_facts_example_files_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
