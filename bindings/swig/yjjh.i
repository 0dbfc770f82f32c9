/* SPDX-License-Identifier: MIT */
/*
 * yjjh.i — SWIG interface of libyjjh, shared by every target language (HACKING.md "Wrap a function in the
 * Python binding" and "Wrap a function in the Java binding"): the one description of the API.
 *
 * Python: generates the internal module yjjh.core (yjjh/core.py + yjjh/_core*.so); users import the hand-written
 * package `yjjh`. Java: generates the internal package cn.yjjh.internal (class core + proxies) and
 * libyjjh_jni.so; users call the hand-written package cn.yjjh (bindings/java).
 * Language-specific typemaps live in yjjh_<language>.i (Python: bindings/python/yjjh_python.i and swig/*.i,
 * Java: bindings/java/yjjh_java.i; GDAL-style): they define typemaps on placeholder names (IN_DOUBLES,
 * OUT_COLUMN, …); this file applies them by %apply to the parameters of the named functions, header by header,
 * and %clears them after the header, so a typemap reaches exactly the functions listed here.
 */
#if defined(SWIGPYTHON)
%module(package="yjjh", threads="1",
        docstring="Low-level SWIG bindings of libyjjh. Internal: import the yjjh package instead.") core
#else
%module core
#endif

%{
#include "yjjh/yjjh.h"
%}

/* Names: yjjh_stats_cv -> stats_cv, YJJH_E_EMPTY -> E_EMPTY, YJJH_VERSION_STRING -> VERSION_STRING. */
%rename("%(strip:[yjjh_])s") "";
%rename("%(strip:[YJJH_])s", %$isenumitem) "";
%rename("%(strip:[YJJH_])s", %$isconstant) "";

/* GIL: held by default (formula calls take microseconds); released only around the O(n) work. Safe because
 * every input is copied (or owned) before the call or, for a float64 buffer read in place (IN_DOUBLES), its
 * buffer is held for the call (its memory can be neither freed nor resized meanwhile), every handle argument is
 * held for the call (swig/guards.i: another thread can neither change nor free it meanwhile), and the library
 * never calls back into Python. */
#if defined(SWIGPYTHON)
%nothread;
%thread yjjh_stats_weighted_mean;
%thread yjjh_stats_weighted_sd;
%thread yjjh_stats_cv;
%thread yjjh_schools_set_numbers;
%thread yjjh_schools_set_cells;
%thread yjjh_schools_set_cells_packed;
%thread yjjh_schools_validate;
%thread yjjh_schools_read_file;
%thread yjjh_schools_read_file_ex;
%thread yjjh_facts_read_file;
%thread yjjh_schools_evaluate;
%thread yjjh_schools_evaluate_ex;
%thread yjjh_result_to_json;
%thread yjjh_result_to_csv;
#endif

/* Language-specific typemaps and helpers (before the handle classes: they guard their destructors). */
#if defined(SWIGPYTHON)
%include "yjjh_python.i"
#elif defined(SWIGJAVA)
%include "yjjh_java.i"
#endif

/* Handles: proxy classes without constructors whose destructor frees the handle, so Python's GC owns them.
 * (The library's constructors are the functions returning status + handle; their **out argument becomes the
 * return value.) */
%rename(Profile) yjjh_profile;
%rename(Schools) yjjh_schools;
%rename(Facts) yjjh_facts;
%rename(Result) yjjh_result;
%nodefaultctor yjjh_profile;
%nodefaultctor yjjh_schools;
%nodefaultctor yjjh_facts;
%nodefaultctor yjjh_result;
typedef struct yjjh_profile {} yjjh_profile;
typedef struct yjjh_schools {} yjjh_schools;
typedef struct yjjh_facts {} yjjh_facts;
typedef struct yjjh_result {} yjjh_result;
%extend yjjh_profile { ~yjjh_profile() { yjjh_profile_free($self); } }
%extend yjjh_schools { ~yjjh_schools() { yjjh_schools_free($self); } }
%extend yjjh_facts { ~yjjh_facts() { yjjh_facts_free($self); } }
%extend yjjh_result { ~yjjh_result() { yjjh_result_free($self); } }

/* Freed by the proxy destructors (or internally): never callable from the target language. */
%ignore yjjh_free;
%ignore yjjh_profile_free;
%ignore yjjh_schools_free;
%ignore yjjh_facts_free;
%ignore yjjh_result_free;
/* Streaming writers take a C callback; Python uses yjjh_result_to_json / yjjh_result_to_csv. */
%ignore yjjh_result_write_json;
%ignore yjjh_result_write_csv;
%ignore yjjh_result_write_json_ex;
%ignore yjjh_result_write_csv_ex;
%ignore yjjh_result_write_text;
%ignore yjjh_write_fn;
/* Diagnostics are created per call by the binding and reported through the exception. */
%ignore yjjh_diag;
%ignore yjjh_diag_new;
%ignore yjjh_diag_free;
%ignore yjjh_diag_clear;
%ignore yjjh_diag_count;
%ignore yjjh_diag_entry;
%ignore yjjh_diag_get;
%ignore yjjh_diag_add;
%ignore yjjh_diag_add_problem;
/* Python returns versioned records as dicts (swig/records.i): no proxy classes for them. Java wraps them as
 * proxy classes (yjjh_java.i gives them constructors that set their version). */
#if defined(SWIGPYTHON)
%ignore yjjh_indicator_info;
%ignore yjjh_standard;
%ignore yjjh_staffing;
%ignore yjjh_rule_result;
%ignore yjjh_county_summary;
%ignore yjjh_stage_summary;
%ignore yjjh_indicator_result;
%ignore yjjh_part_result;
%ignore yjjh_reason;
%ignore yjjh_item_result;
%ignore yjjh_item_info;
%ignore yjjh_rule_indicator;
%ignore yjjh_school_rule_apply;
%ignore yjjh_result_part_indicator_get;
/* Reader options come in as a dict (IN_READ_OPTIONS). */
%ignore yjjh_read_options;
#else
/* Not wrapped for Java yet: the reader options and the functions that take them. */
%ignore yjjh_read_options;
%ignore yjjh_schools_read_file_ex;
%ignore yjjh_schools_read_buffer_ex;
#endif



%include "yjjh/yjjh_export.h"
%include "yjjh/yjjh_version.h"
%include "yjjh/yjjh_status.h"

/* yjjh_stats_weighted_mean, yjjh_stats_weighted_sd, yjjh_stats_cv */
%apply (const double *IN_DOUBLES, size_t IN_LEN) { (const double *values, size_t n) };
%apply (const double *IN_WEIGHTS, size_t IN_LEN) { (const double *weights, size_t n_weights) };
%include "yjjh/yjjh_stats.h"
%clear (const double *values, size_t n), (const double *weights, size_t n_weights);

/* yjjh_equity_* (Python only for now: swig/equity.i applies and clears its own typemaps) */
#if defined(SWIGPYTHON)
%include "swig/equity.i"
#endif

/* yjjh_facility_split */
%apply const double *IN_THREE { const double *students };
%apply const double *IN_THREE_OR_NONE { const double *weights };
%apply double *OUT_THREE { double *out_amounts, double *out_per_student };
%include "yjjh/yjjh_indicators.h"
%clear const double *students, const double *weights, double *out_amounts, double *out_per_student;

%include "yjjh/yjjh_diag.h"

/* yjjh_profile_load_file, yjjh_profile_load_json */
%apply yjjh_diag *YJJH_DIAG { yjjh_diag *diag };
%apply (const char *IN_BYTES, size_t IN_LEN) { (const char *json, size_t len) };
%include "yjjh/yjjh_profile.h"
%clear yjjh_diag *diag, (const char *json, size_t len);

%include "yjjh/yjjh_standards.h"
%include "yjjh/yjjh_staffing.h"
%include "yjjh/yjjh_school_rule.h"  /* yjjh_school_rule_apply: %ignore'd, wrapped by school_rule_apply_dict */
%include "yjjh/yjjh_items.h"

/* yjjh_schools_set_numbers, yjjh_schools_set_texts, yjjh_schools_set_cells, yjjh_schools_set_cells_packed,
 * yjjh_schools_get_numbers,
 * yjjh_schools_get_texts, yjjh_schools_set_source, yjjh_schools_validate */
%apply (const double *IN_DOUBLES, size_t IN_LEN) { (const double *values, size_t n) };
%apply (const char *const *IN_CELLS, size_t IN_LEN) { (const char *const *values, size_t n),
                                                      (const char *const *cells, size_t n) };
%apply (double *OUT_COLUMN, size_t OUT_LEN) { (double *out, size_t n) };
%apply (const char **OUT_TEXTS, size_t OUT_LEN) { (const char **out, size_t n) };
%apply (const size_t *IN_LINES, size_t IN_LEN) { (const size_t *lines, size_t n) };
%apply yjjh_diag *YJJH_DIAG { yjjh_diag *diag };
#if defined(SWIGPYTHON)
/* yjjh_schools_set_cells_packed: one Python sequence of cells, packed in C (swig/typemaps.i) */
%apply (const char *IN_PACKED_BYTES, size_t IN_PACKED_LEN, const size_t *IN_PACKED_OFFSETS, size_t IN_LEN) {
    (const char *bytes, size_t len, const size_t *offsets, size_t n) };
#else
/* not wrapped for Java yet (it takes String[] through yjjh_schools_set_cells) */
%ignore yjjh_schools_set_cells_packed;
#endif
%include "yjjh/yjjh_schools.h"
%clear (const double *values, size_t n), (const char *const *values, size_t n), (const char *const *cells, size_t n),
       (double *out, size_t n), (const char **out, size_t n), (const size_t *lines, size_t n), yjjh_diag *diag,
       (const char *bytes, size_t len, const size_t *offsets, size_t n);

%include "yjjh/yjjh_facts.h"

/* yjjh_schools_evaluate; yjjh_result_part_column and the other column-wise result accessors */
%apply yjjh_diag *YJJH_DIAG { yjjh_diag *diag };
%apply (double *OUT_COLUMN, size_t OUT_LEN) { (double *out, size_t n) };
%apply (const char **OUT_TEXTS, size_t OUT_LEN) { (const char **out, size_t n) };
%ignore yjjh_result_part_columns; /* Python: result_part_block below; Java: not wrapped yet */
%include "yjjh/yjjh_result.h"
/* yjjh_schools_evaluate_ex: evaluate_options() starts at the defaults (YJJH_EVALUATE_OPTIONS_INIT) */
%extend yjjh_evaluate_options {
    yjjh_evaluate_options() {
        static const yjjh_evaluate_options init = YJJH_EVALUATE_OPTIONS_INIT;
        yjjh_evaluate_options *o = (yjjh_evaluate_options *)malloc(sizeof *o);
        if (o)
            *o = init;
        return o;
    }
    ~yjjh_evaluate_options() { free($self); }
}
%include "yjjh/yjjh_evaluate.h"
%clear yjjh_diag *diag, (double *out, size_t n), (const char **out, size_t n);
#if defined(SWIGPYTHON)
/* result_part_block(out, result, fields): yjjh_result_part_columns into out, a writable C-contiguous float64
 * array of len(fields) × part count (numpy.empty((len(fields), n))), fields a sequence of (field, k) pairs;
 * returns out. */
%inline %{
PyObject *result_part_block(PyObject *out, const yjjh_result *result, PyObject *fields)
{
    Py_buffer view;
    PyObject *seq;
    Py_ssize_t nf, i;
    yjjh_part_field *fs = NULL;
    size_t *ks = NULL, n = yjjh_result_part_count(result);
    yjjh_status st;
    if (!(seq = PySequence_Fast(fields, "fields: expected a sequence of (field, k) pairs"))) return NULL;
    nf = PySequence_Fast_GET_SIZE(seq);
    if (PyObject_GetBuffer(out, &view, PyBUF_WRITABLE | PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        Py_DECREF(seq);
        return NULL;
    }
    if (view.itemsize != (Py_ssize_t)sizeof(double) || !yjjh_py_is_native_double(view.format) ||
        (size_t)view.len != (size_t)nf * n * sizeof(double)) {
        PyErr_Format(PyExc_ValueError, "out: expected a float64 array of %zd x %zu values", nf, n);
        goto fail;
    }
    fs = (yjjh_part_field *)malloc((nf ? (size_t)nf : 1) * sizeof *fs);
    ks = (size_t *)malloc((nf ? (size_t)nf : 1) * sizeof *ks);
    if (!fs || !ks) {
        PyErr_NoMemory();
        goto fail;
    }
    for (i = 0; i < nf; i++) {
        long f;
        size_t k;
        PyObject *pair = PySequence_Fast_GET_ITEM(seq, i);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_Format(PyExc_TypeError, "fields[%zd]: expected a (field, k) pair", i);
            goto fail;
        }
        f = PyLong_AsLong(PyTuple_GET_ITEM(pair, 0));
        if (f == -1 && PyErr_Occurred()) goto fail;
        k = PyLong_AsSize_t(PyTuple_GET_ITEM(pair, 1));
        if (k == (size_t)-1 && PyErr_Occurred()) goto fail;
        fs[i] = (yjjh_part_field)f;
        ks[i] = k;
    }
    st = yjjh_result_part_columns((double *)view.buf, n, result, fs, ks, (size_t)nf);
    if (st != YJJH_OK) {
        yjjh_py_raise(st, NULL);
        goto fail;
    }
    free(fs);
    free(ks);
    PyBuffer_Release(&view);
    Py_DECREF(seq);
    Py_INCREF(out);
    return out;
fail:
    free(fs);
    free(ks);
    PyBuffer_Release(&view);
    Py_DECREF(seq);
    return NULL;
}
%}
#endif

/* yjjh_schools_read_file, yjjh_schools_read_buffer, yjjh_schools_read_file_ex, yjjh_schools_read_buffer_ex,
 * yjjh_facts_read_file, yjjh_facts_read_buffer */
%apply yjjh_diag *YJJH_DIAG { yjjh_diag *diag };
%apply (const char *IN_BYTES, size_t IN_LEN) { (const char *data, size_t len) };
#if defined(SWIGPYTHON)
%apply const yjjh_read_options *IN_READ_OPTIONS { const yjjh_read_options *options };
#else
/* no reader-options typemap in this language yet: the readers with default options only */
%ignore yjjh_read_options;
%ignore yjjh_schools_read_file_ex;
%ignore yjjh_schools_read_buffer_ex;
#endif
%include "yjjh/yjjh_reader.h"
%clear yjjh_diag *diag, (const char *data, size_t len), const yjjh_read_options *options;

/* Reports (yjjh_report.h): yjjh_result_to_text, yjjh_result_to_html, yjjh_result_to_excel_csv and
 * yjjh_result_to_xlsx take a struct of options; the Python binding calls them through the report_* helpers
 * below, which take the options as plain arguments (None = NULL). Not wrapped for Java yet. */
#if defined(SWIGPYTHON)
%ignore yjjh_report_options;
%ignore yjjh_result_to_text;
%ignore yjjh_result_to_html;
%ignore yjjh_result_to_excel_csv;
%ignore yjjh_result_to_xlsx;
%include "yjjh/yjjh_report.h"
%thread report_text;
%thread report_html;
%thread report_excel_csv;
%thread report_xlsx;
%{
static void yjjh_binding_report_options(yjjh_report_options *o, const yjjh_profile *profile, int lang,
                                        const char *schools_file, const char *facts_file, const char *profile_file,
                                        const char *date)
{
    o->lang = lang == YJJH_LANG_EN ? YJJH_LANG_EN : YJJH_LANG_ZH;
    o->profile = profile;
    o->schools_file = schools_file;
    o->facts_file = facts_file;
    o->profile_file = profile_file;
    o->date = date;
}
%}
%inline %{
yjjh_status report_text(char **out, const yjjh_result *result, const yjjh_profile *profile, int lang,
                        const char *schools_file, const char *facts_file, const char *profile_file, const char *date)
{
    yjjh_report_options o = YJJH_REPORT_OPTIONS_INIT;
    yjjh_binding_report_options(&o, profile, lang, schools_file, facts_file, profile_file, date);
    return yjjh_result_to_text(out, result, &o);
}
yjjh_status report_html(char **out, const yjjh_result *result, const yjjh_profile *profile, int lang,
                        const char *schools_file, const char *facts_file, const char *profile_file, const char *date)
{
    yjjh_report_options o = YJJH_REPORT_OPTIONS_INIT;
    yjjh_binding_report_options(&o, profile, lang, schools_file, facts_file, profile_file, date);
    return yjjh_result_to_html(out, result, &o);
}
yjjh_status report_excel_csv(char **out, const yjjh_result *result, const yjjh_profile *profile, int lang)
{
    yjjh_report_options o = YJJH_REPORT_OPTIONS_INIT;
    yjjh_binding_report_options(&o, profile, lang, NULL, NULL, NULL, NULL);
    return yjjh_result_to_excel_csv(out, result, &o);
}
yjjh_status report_xlsx(const char *path, const yjjh_result *result, const yjjh_profile *profile, int lang,
                        const char *schools_file, const char *facts_file, const char *profile_file, const char *date)
{
    yjjh_report_options o = YJJH_REPORT_OPTIONS_INIT;
    yjjh_binding_report_options(&o, profile, lang, schools_file, facts_file, profile_file, date);
    return yjjh_result_to_xlsx(path, result, &o);
}
%}
#endif

/* the remediation planner, whole-city summary, multi-year trend (yjjh_plan.h) */
#if defined(SWIGPYTHON)
%include "swig/plan.i"
#endif
