/*
 * yjjh_python.i — Python-specific part of the libyjjh SWIG interface: exceptions, array typemaps, output
 * arguments, result records as dicts. Included by yjjh.i before the headers (conventions.md §4.9).
 *
 * - Every yjjh_status return becomes None on YJJH_OK (so OUTPUT arguments become the return value) and raises
 *   the exception of its category otherwise (yjjh._errors._from_status builds it).
 * - Functions that take a yjjh_diag get a private diag; its messages travel in the DataError.
 * - Input arrays are copied into C memory before the call (the GIL may then be released safely) and freed
 *   after it; numpy arrays are read through the buffer protocol, no numpy headers are used.
 * - Versioned result structs are returned as dicts (copies), so nothing borrows from a handle.
 */

%begin %{
#define PY_SSIZE_T_CLEAN
%}

%{
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- exceptions ---- */

/* Set the Python exception for a non-OK status. The exception class is chosen by yjjh._errors from the code's
 * category; the diag messages (if any) are attached. Never fails to set *some* exception. */
static void yjjh_py_raise(yjjh_status status, const yjjh_diag *diag) {
    PyObject *mod = NULL, *factory = NULL, *messages = NULL, *exc = NULL;
    size_t i, count = diag ? yjjh_diag_count(diag) : 0;

    messages = PyList_New(0);
    if (!messages) goto fallback;
    for (i = 0; i < count; i++) {
        const char *m = yjjh_diag_message(diag, i);
        PyObject *s = PyUnicode_DecodeUTF8(m, (Py_ssize_t)strlen(m), "replace");
        if (!s || PyList_Append(messages, s) < 0) {
            Py_XDECREF(s);
            goto fallback;
        }
        Py_DECREF(s);
    }
    mod = PyImport_ImportModule("yjjh._errors");
    if (!mod) goto fallback;
    factory = PyObject_GetAttrString(mod, "_from_status");
    if (!factory) goto fallback;
    exc = PyObject_CallFunction(factory, "isO", (int)status, yjjh_strerror(status), messages);
    if (!exc) goto fallback;
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
    Py_DECREF(factory);
    Py_DECREF(mod);
    Py_DECREF(messages);
    return;
fallback:
    /* yjjh._errors unavailable (core used on its own): still raise something meaningful. */
    PyErr_Clear();
    PyErr_Format(PyExc_RuntimeError, "libyjjh error %d: %s", (int)status, yjjh_strerror(status));
    Py_XDECREF(factory);
    Py_XDECREF(mod);
    Py_XDECREF(messages);
}

/* ---- input arrays ---- */

static int yjjh_py_is_text(PyObject *o) {
    return PyUnicode_Check(o) || PyBytes_Check(o) || PyByteArray_Check(o);
}

/* One element as a double; strings, None and non-numbers are a TypeError naming the argument and index. */
static int yjjh_py_item_double(PyObject *item, const char *what, Py_ssize_t i, double *out) {
    double v;
    if (item == Py_None || yjjh_py_is_text(item)) {
        PyErr_Format(PyExc_TypeError, "%s[%zd]: expected a number, got %.100s", what, i, Py_TYPE(item)->tp_name);
        return -1;
    }
    v = PyFloat_AsDouble(item);
    if (v == -1.0 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "%s[%zd]: expected a number, got %.100s", what, i,
                         Py_TYPE(item)->tp_name);
        }
        return -1;
    }
    *out = v;
    return 0;
}

/* Whether a buffer format string describes a native-endian C double. */
static int yjjh_py_is_native_double(const char *fmt) {
    const unsigned int one = 1;
    const int little = *(const unsigned char *)&one == 1;
    if (!fmt) return 0;
    if (fmt[0] == '@' || fmt[0] == '=') fmt++;
    else if (fmt[0] == '<') { if (!little) return 0; fmt++; }
    else if (fmt[0] == '>' || fmt[0] == '!') { if (little) return 0; fmt++; }
    return fmt[0] == 'd' && fmt[1] == '\0';
}

/* Copy a 1-D sequence of numbers, or a C-contiguous buffer (array('d'), numpy float64, …), into a new malloc'ed
 * array of at least one element (so that n = 0 reaches the C function as an empty, non-NULL array).
 * Other element types (int64 arrays, lists of ints, numpy scalars) are converted element by element. */
static int yjjh_py_doubles(PyObject *obj, const char *what, double **out, size_t *n) {
    PyObject *seq;
    Py_ssize_t len, i;
    double *buf;

    *out = NULL;
    *n = 0;
    if (yjjh_py_is_text(obj)) {
        PyErr_Format(PyExc_TypeError, "%s: expected a sequence of numbers, got %.100s", what, Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (PyObject_CheckBuffer(obj)) {
        Py_buffer view;
        if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) == 0) {
            if (view.ndim != 1) {
                PyErr_Format(PyExc_TypeError, "%s: expected a 1-dimensional array, got %d dimensions", what,
                             view.ndim);
                PyBuffer_Release(&view);
                return -1;
            }
            if (view.itemsize == (Py_ssize_t)sizeof(double) && yjjh_py_is_native_double(view.format)) {
                size_t count = (size_t)view.len / sizeof(double);
                buf = (double *)malloc((count ? count : 1) * sizeof(double));
                if (!buf) {
                    PyBuffer_Release(&view);
                    PyErr_NoMemory();
                    return -1;
                }
                if (count) memcpy(buf, view.buf, count * sizeof(double));
                PyBuffer_Release(&view);
                *out = buf;
                *n = count;
                return 0;
            }
            PyBuffer_Release(&view); /* another element type: convert element by element below */
        } else {
            PyErr_Clear(); /* not C-contiguous: read it as a sequence */
        }
    }
    seq = PySequence_Fast(obj, "");
    if (!seq) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "%s: expected a sequence of numbers, got %.100s", what, Py_TYPE(obj)->tp_name);
        return -1;
    }
    len = PySequence_Fast_GET_SIZE(seq);
    if ((size_t)len > SIZE_MAX / sizeof(double) - 1) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    buf = (double *)malloc((len ? (size_t)len : 1) * sizeof(double));
    if (!buf) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < len; i++) {
        if (yjjh_py_item_double(PySequence_Fast_GET_ITEM(seq, i), what, i, &buf[i]) < 0) {
            free(buf);
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    *out = buf;
    *n = (size_t)len;
    return 0;
}

/* Exactly three numbers (primary, junior, senior) into dst. */
static int yjjh_py_three(PyObject *obj, const char *what, double dst[3]) {
    double *tmp = NULL;
    size_t n = 0;
    if (yjjh_py_doubles(obj, what, &tmp, &n) < 0) return -1;
    if (n != 3) {
        free(tmp);
        PyErr_Format(PyExc_ValueError, "%s: expected 3 values (primary, junior, senior), got %zu", what, n);
        return -1;
    }
    memcpy(dst, tmp, 3 * sizeof(double));
    free(tmp);
    return 0;
}

/* ---- outputs ---- */

static PyObject *yjjh_py_str(const char *s) {
    if (!s) Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* d[key] = v, stealing v; -1 with an exception on failure. */
static int yjjh_py_put(PyObject *d, const char *key, PyObject *v) {
    int rc;
    if (!v) return -1;
    rc = PyDict_SetItemString(d, key, v);
    Py_DECREF(v);
    return rc;
}

static PyObject *yjjh_py_doubles_list(const double *v, size_t n) {
    size_t i;
    PyObject *l = PyList_New((Py_ssize_t)n);
    if (!l) return NULL;
    for (i = 0; i < n; i++) {
        PyObject *x = PyFloat_FromDouble(v[i]);
        if (!x) { Py_DECREF(l); return NULL; }
        PyList_SET_ITEM(l, (Py_ssize_t)i, x);
    }
    return l;
}

static PyObject *yjjh_py_bools_list(const int *v, size_t n) {
    size_t i;
    PyObject *l = PyList_New((Py_ssize_t)n);
    if (!l) return NULL;
    for (i = 0; i < n; i++) PyList_SET_ITEM(l, (Py_ssize_t)i, PyBool_FromLong(v[i]));
    return l;
}

#define YJJH_PY_PUT(d, k, v) do { if (yjjh_py_put((d), (k), (v)) < 0) goto fail; } while (0)
#define YJJH_PY_DICT_BEGIN PyObject *d = PyDict_New(); if (!d) return NULL
#define YJJH_PY_DICT_END return d; fail: Py_DECREF(d); return NULL

static PyObject *yjjh_py_indicator_info(const yjjh_indicator_info *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "name_zh", yjjh_py_str(s->name_zh));
    YJJH_PY_PUT(d, "name_en", yjjh_py_str(s->name_en));
    YJJH_PY_PUT(d, "unit", yjjh_py_str(s->unit));
    YJJH_PY_PUT(d, "numerator", yjjh_py_str(s->numerator));
    YJJH_PY_PUT(d, "formula", PyLong_FromLong((long)s->formula));
    YJJH_PY_PUT(d, "is_facility", PyBool_FromLong(s->is_facility));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_item_info(const yjjh_item_info *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "name_zh", yjjh_py_str(s->name_zh));
    YJJH_PY_PUT(d, "short_name_zh", yjjh_py_str(s->short_name_zh));
    YJJH_PY_PUT(d, "name_en", yjjh_py_str(s->name_en));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_standard(const yjjh_standard *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "key", yjjh_py_str(s->key));
    YJJH_PY_PUT(d, "stage", PyLong_FromLong((long)s->stage));
    YJJH_PY_PUT(d, "value", PyFloat_FromDouble(s->value));
    YJJH_PY_PUT(d, "unit", yjjh_py_str(s->unit));
    YJJH_PY_PUT(d, "name_zh", yjjh_py_str(s->name_zh));
    YJJH_PY_PUT(d, "name_en", yjjh_py_str(s->name_en));
    YJJH_PY_PUT(d, "kind", yjjh_py_str(yjjh_standard_kind_name(s->kind)));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_staffing(const yjjh_staffing *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "staff_required", PyFloat_FromDouble(s->staff_required));
    YJJH_PY_PUT(d, "fulltime_required", PyFloat_FromDouble(s->fulltime_required));
    YJJH_PY_PUT(d, "staff_shortfall", PyFloat_FromDouble(s->staff_shortfall));
    YJJH_PY_PUT(d, "fulltime_shortfall", PyFloat_FromDouble(s->fulltime_shortfall));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_rule_result(const yjjh_rule_result *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "n_indicators", PyLong_FromSize_t(s->n_indicators));
    YJJH_PY_PUT(d, "met_count", PyLong_FromUnsignedLong(s->met_count));
    YJJH_PY_PUT(d, "passed", PyBool_FromLong(s->passed));
    YJJH_PY_DICT_END;
}

/** The school rule with its indicators as one dict: the summary plus a list per indicator field. */
static PyObject *yjjh_py_rule_with_indicators(const yjjh_rule_result *s, const yjjh_rule_indicator *ind,
                                              size_t n) {
    double *dv = NULL;
    int *iv = NULL;
    size_t k;
    PyObject *d = yjjh_py_rule_result(s);
    if (!d) return NULL;
    dv = (double *)malloc((n ? n : 1) * sizeof *dv);
    iv = (int *)malloc((n ? n : 1) * sizeof *iv);
    if (!dv || !iv) {
        PyErr_NoMemory();
        goto fail;
    }
#define YJJH_PY_IND_LIST(KEY, FIELD, BUF, MAKE) \
    for (k = 0; k < n; k++) BUF[k] = ind[k].FIELD; \
    YJJH_PY_PUT(d, KEY, MAKE(BUF, n))
    YJJH_PY_IND_LIST("value", value, dv, yjjh_py_doubles_list);
    YJJH_PY_IND_LIST("standard", standard, dv, yjjh_py_doubles_list);
    YJJH_PY_IND_LIST("ratio", ratio, dv, yjjh_py_doubles_list);
    YJJH_PY_IND_LIST("met", met, iv, yjjh_py_bools_list);
    YJJH_PY_IND_LIST("above_floor", above_floor, iv, yjjh_py_bools_list);
    YJJH_PY_IND_LIST("shortfall", shortfall, dv, yjjh_py_doubles_list);
#undef YJJH_PY_IND_LIST
    free(dv);
    free(iv);
    return d;
fail:
    free(dv);
    free(iv);
    Py_DECREF(d);
    return NULL;
}

static PyObject *yjjh_py_county_summary(const yjjh_county_summary *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "county_code", yjjh_py_str(s->county_code));
    YJJH_PY_PUT(d, "county_name", yjjh_py_str(s->county_name));
    YJJH_PY_PUT(d, "verdict", PyLong_FromLong((long)s->verdict));
    YJJH_PY_PUT(d, "n_reasons", PyLong_FromSize_t(s->n_reasons));
    YJJH_PY_PUT(d, "n_items", PyLong_FromSize_t(s->n_items));
    YJJH_PY_PUT(d, "has_primary", PyBool_FromLong(s->has_primary));
    YJJH_PY_PUT(d, "has_junior", PyBool_FromLong(s->has_junior));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_stage_summary(const yjjh_stage_summary *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "students", PyFloat_FromDouble(s->students));
    YJJH_PY_PUT(d, "schools_in_scope", PyLong_FromSize_t(s->schools_in_scope));
    YJJH_PY_PUT(d, "schools_passing", PyLong_FromSize_t(s->schools_passing));
    YJJH_PY_PUT(d, "composite_defined", PyBool_FromLong(s->composite_defined));
    YJJH_PY_PUT(d, "composite_cv", PyFloat_FromDouble(s->composite_cv));
    YJJH_PY_PUT(d, "composite_cv_max", PyFloat_FromDouble(s->composite_cv_max));
    YJJH_PY_PUT(d, "composite_cv_met", PyBool_FromLong(s->composite_cv_met));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_indicator_result(const yjjh_indicator_result *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "standard", PyFloat_FromDouble(s->standard));
    YJJH_PY_PUT(d, "county_value", PyFloat_FromDouble(s->county_value));
    YJJH_PY_PUT(d, "cv_defined", PyBool_FromLong(s->cv_defined));
    YJJH_PY_PUT(d, "cv", PyFloat_FromDouble(s->cv));
    YJJH_PY_PUT(d, "cv_max", PyFloat_FromDouble(s->cv_max));
    YJJH_PY_PUT(d, "cv_met", PyBool_FromLong(s->cv_met));
    YJJH_PY_PUT(d, "schools_meeting", PyLong_FromSize_t(s->schools_meeting));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_part_result(const yjjh_part_result *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "row", PyLong_FromSize_t(s->row));
    YJJH_PY_PUT(d, "county", PyLong_FromSize_t(s->county));
    YJJH_PY_PUT(d, "school_id", yjjh_py_str(s->school_id));
    YJJH_PY_PUT(d, "school_name", yjjh_py_str(s->school_name));
    YJJH_PY_PUT(d, "stage", PyLong_FromLong((long)s->stage));
    YJJH_PY_PUT(d, "in_scope", PyBool_FromLong(s->in_scope));
    YJJH_PY_PUT(d, "excluded", PyLong_FromLong((long)s->excluded));
    YJJH_PY_PUT(d, "students", PyFloat_FromDouble(s->students));
    YJJH_PY_PUT(d, "rule", yjjh_py_rule_result(&s->rule));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_reason(const yjjh_reason *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "stage", PyLong_FromLong((long)s->stage));
    YJJH_PY_PUT(d, "school_id", yjjh_py_str(s->school_id));
    YJJH_PY_PUT(d, "value", PyFloat_FromDouble(s->value));
    YJJH_PY_PUT(d, "required", PyFloat_FromDouble(s->required));
    YJJH_PY_PUT(d, "message", yjjh_py_str(s->message));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_item_result(const yjjh_item_result *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "status", PyLong_FromLong((long)s->status));
    YJJH_PY_PUT(d, "value", PyFloat_FromDouble(s->value));
    YJJH_PY_PUT(d, "required", PyFloat_FromDouble(s->required));
    YJJH_PY_PUT(d, "message", yjjh_py_str(s->message));
    YJJH_PY_DICT_END;
}
%}

/* ---- status → exception ---- */

%typemap(out) yjjh_status {
    if ($1 != YJJH_OK) {
        yjjh_py_raise($1, NULL);
        SWIG_fail;
    }
    $result = SWIG_Py_Void();
}

/* Functions with a diagnostics list: the status is checked after the call by the diag argout, which has the
 * messages (typemaps for return values are matched by function name). */
%typemap(out) yjjh_status yjjh_profile_load_file, yjjh_status yjjh_profile_load_json,
              yjjh_status yjjh_schools_validate, yjjh_status yjjh_schools_evaluate,
              yjjh_status yjjh_schools_read_file, yjjh_status yjjh_schools_read_buffer,
              yjjh_status yjjh_facts_read_file, yjjh_status yjjh_facts_read_buffer {
    $result = SWIG_Py_Void();
}
%typemap(in, numinputs=0) yjjh_diag *diag (yjjh_diag *tmpdiag = NULL) {
    if (yjjh_diag_new(&tmpdiag) != YJJH_OK) {
        PyErr_NoMemory();
        SWIG_fail;
    }
    $1 = tmpdiag;
}
%typemap(argout) yjjh_diag *diag {
    if (result != YJJH_OK) {
        Py_XDECREF($result);
        $result = NULL;
        yjjh_py_raise(result, $1);
        SWIG_fail;
    }
}
%typemap(freearg) yjjh_diag *diag {
    yjjh_diag_free(tmpdiag$argnum);
}

/* ---- number arrays in ---- */

%typemap(in) (const double *values, size_t n) (double *tmparr = NULL) {
    if (yjjh_py_doubles($input, "$1_name", &tmparr, &$2) < 0) SWIG_fail;
    $1 = tmparr;
}
%typemap(freearg) (const double *values, size_t n) {
    free(tmparr$argnum);
}
%apply (const double *values, size_t n) { (const double *amounts, size_t n_amounts) };

/* weights: None means equal weights (NULL, 0). */
%typemap(in) (const double *weights, size_t n_weights) (double *tmparr = NULL) {
    if ($input == Py_None) {
        $1 = NULL;
        $2 = 0;
    } else {
        if (yjjh_py_doubles($input, "weights", &tmparr, &$2) < 0) SWIG_fail;
        $1 = tmparr;
    }
}
%typemap(freearg) (const double *weights, size_t n_weights) {
    free(tmparr$argnum);
}

/* yjjh_facility_split_compute: three enrolments, three stage weights (or None), two 3-tuples out. */
%typemap(in) const double *students (double tmp3[3]) {
    if (yjjh_py_three($input, "students", tmp3) < 0) SWIG_fail;
    $1 = tmp3;
}
%typemap(in) const double *weights (double tmp3[3]) {
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (yjjh_py_three($input, "weights", tmp3) < 0) SWIG_fail;
        $1 = tmp3;
    }
}
%typemap(in, numinputs=0) double *out_amounts (double tmp3[3]), double *out_per_student (double tmp3[3]) {
    tmp3[0] = tmp3[1] = tmp3[2] = 0.0;
    $1 = tmp3;
}
%typemap(argout) double *out_amounts, double *out_per_student {
    PyObject *t_ = Py_BuildValue("(ddd)", $1[0], $1[1], $1[2]);
    if (!t_) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, t_);
}

/* Physical line numbers of rows (yjjh_schools_set_source): a sequence of ints, or None. */
%typemap(in) (const size_t *lines, size_t n) (size_t *tmplines = NULL) {
    if ($input == Py_None) {
        $1 = NULL;
        $2 = 0;
    } else {
        PyObject *seq_ = PySequence_Fast($input, "lines: expected a sequence of int or None");
        Py_ssize_t len_, i_;
        if (!seq_) SWIG_fail;
        len_ = PySequence_Fast_GET_SIZE(seq_);
        tmplines = (size_t *)malloc((len_ ? (size_t)len_ : 1) * sizeof(size_t));
        if (!tmplines) { Py_DECREF(seq_); PyErr_NoMemory(); SWIG_fail; }
        for (i_ = 0; i_ < len_; i_++) {
            size_t v_ = PyLong_AsSize_t(PySequence_Fast_GET_ITEM(seq_, i_));
            if (v_ == (size_t)-1 && PyErr_Occurred()) { Py_DECREF(seq_); SWIG_fail; }
            tmplines[i_] = v_;
        }
        Py_DECREF(seq_);
        $1 = tmplines;
        $2 = (size_t)len_;
    }
}
%typemap(freearg) (const size_t *lines, size_t n) {
    free(tmplines$argnum);
}

/* ---- text column in: str or None (missing) elements ---- */

%typemap(in) (const char *const *values, size_t n) (PyObject *tmpseq = NULL, const char **tmpstrs = NULL) {
    Py_ssize_t len_, i_;
    if (yjjh_py_is_text($input)) {
        PyErr_SetString(PyExc_TypeError, "values: expected a sequence of str or None, got a string");
        SWIG_fail;
    }
    tmpseq = PySequence_Fast($input, "values: expected a sequence of str or None");
    if (!tmpseq) SWIG_fail;
    len_ = PySequence_Fast_GET_SIZE(tmpseq);
    tmpstrs = (const char **)calloc(len_ ? (size_t)len_ : 1, sizeof(const char *));
    if (!tmpstrs) { PyErr_NoMemory(); SWIG_fail; }
    for (i_ = 0; i_ < len_; i_++) {
        PyObject *item_ = PySequence_Fast_GET_ITEM(tmpseq, i_);
        if (item_ == Py_None) continue;
        if (!PyUnicode_Check(item_)) {
            PyErr_Format(PyExc_TypeError, "values[%zd]: expected str or None, got %.100s", i_,
                         Py_TYPE(item_)->tp_name);
            SWIG_fail;
        } else {
            Py_ssize_t size_;
            const char *s_ = PyUnicode_AsUTF8AndSize(item_, &size_);
            if (!s_) SWIG_fail;
            if ((size_t)size_ != strlen(s_)) {
                PyErr_Format(PyExc_ValueError, "values[%zd]: embedded NUL character", i_);
                SWIG_fail;
            }
            tmpstrs[i_] = s_; /* owned by the str object, kept alive by tmpseq until freearg */
        }
    }
    $1 = ($1_ltype)tmpstrs;
    $2 = (size_t)len_;
}
%typemap(freearg) (const char *const *values, size_t n) {
    free((void *)tmpstrs$argnum);
    Py_XDECREF(tmpseq$argnum);
}

/* ---- bytes/str in memory (CSV, JSON) ---- */

%typemap(in) (const char *data, size_t len), (const char *json, size_t len) {
    char *p_ = NULL;
    Py_ssize_t size_ = 0;
    if (PyBytes_Check($input)) {
        if (PyBytes_AsStringAndSize($input, &p_, &size_) < 0) SWIG_fail;
    } else if (PyUnicode_Check($input)) {
        const char *u_ = PyUnicode_AsUTF8AndSize($input, &size_);
        if (!u_) SWIG_fail;
        p_ = (char *)u_;
    } else {
        PyErr_Format(PyExc_TypeError, "expected bytes or str, got %.100s", Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
    $1 = p_;
    $2 = (size_t)size_;
}

/* ---- simple outputs ---- */

%apply double *OUTPUT { double *out, double *out_scale };

%typemap(in, numinputs=0) yjjh_column *out (yjjh_column tmpcol = (yjjh_column)0),
                          yjjh_column *out_col (yjjh_column tmpcol = (yjjh_column)0) {
    $1 = &tmpcol;
}
%typemap(argout) yjjh_column *out, yjjh_column *out_col {
    $result = SWIG_Python_AppendOutput($result, PyLong_FromLong((long)*$1));
}

%typemap(in, numinputs=0) const char **out (const char *tmpstr = NULL) {
    $1 = ($1_ltype)&tmpstr;
}
%typemap(freearg) const char **out "";
%typemap(argout) const char **out {
    PyObject *s_ = yjjh_py_str(*$1);
    if (!s_) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, s_);
}

/* Text the library allocated (JSON, CSV): returned as str, freed with yjjh_free(). */
%typemap(in, numinputs=0) char **out (char *tmptext = NULL) {
    $1 = &tmptext;
}
%typemap(argout) char **out {
    PyObject *s_ = yjjh_py_str(*$1);
    if (!s_) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, s_);
}
%typemap(freearg) char **out {
    yjjh_free(tmptext$argnum);
}

/* ---- handles out: proxy objects that own the handle (freed by the class destructor) ---- */

%define YJJH_HANDLE_OUT(TYPE)
%typemap(in, numinputs=0) TYPE **out (TYPE *tmphandle = NULL) {
    $1 = &tmphandle;
}
%typemap(argout) TYPE **out {
    if (tmphandle$argnum) {
        $result = SWIG_Python_AppendOutput($result,
                                           SWIG_NewPointerObj(SWIG_as_voidptr(tmphandle$argnum),
                                                              $descriptor(TYPE *), SWIG_POINTER_OWN));
        tmphandle$argnum = NULL;
    } else {
        $result = SWIG_Python_AppendOutput($result, SWIG_Py_Void());
    }
}
%enddef
YJJH_HANDLE_OUT(yjjh_profile)
YJJH_HANDLE_OUT(yjjh_schools)
YJJH_HANDLE_OUT(yjjh_facts)
YJJH_HANDLE_OUT(yjjh_result)

/* ---- versioned records out: returned as dicts ---- */

%define YJJH_RECORD_OUT(TYPE, VERSION, CONVERT)
%typemap(in, numinputs=0) TYPE *out (TYPE tmprec) {
    memset(&tmprec, 0, sizeof tmprec);
    tmprec.version = VERSION;
    $1 = &tmprec;
}
%typemap(argout) TYPE *out {
    PyObject *d_ = CONVERT($1);
    if (!d_) {
        Py_XDECREF($result);
        $result = NULL;
        SWIG_fail;
    }
    $result = SWIG_Python_AppendOutput($result, d_);
}
%enddef
YJJH_RECORD_OUT(yjjh_indicator_info, YJJH_INDICATOR_INFO_VERSION, yjjh_py_indicator_info)
YJJH_RECORD_OUT(yjjh_standard, YJJH_STANDARD_VERSION, yjjh_py_standard)
YJJH_RECORD_OUT(yjjh_staffing, YJJH_STAFFING_VERSION, yjjh_py_staffing)
YJJH_RECORD_OUT(yjjh_rule_result, YJJH_RULE_RESULT_VERSION, yjjh_py_rule_result)
YJJH_RECORD_OUT(yjjh_county_summary, YJJH_COUNTY_SUMMARY_VERSION, yjjh_py_county_summary)
YJJH_RECORD_OUT(yjjh_stage_summary, YJJH_STAGE_SUMMARY_VERSION, yjjh_py_stage_summary)
YJJH_RECORD_OUT(yjjh_indicator_result, YJJH_INDICATOR_RESULT_VERSION, yjjh_py_indicator_result)
YJJH_RECORD_OUT(yjjh_part_result, YJJH_PART_RESULT_VERSION, yjjh_py_part_result)
YJJH_RECORD_OUT(yjjh_reason, YJJH_REASON_VERSION, yjjh_py_reason)
YJJH_RECORD_OUT(yjjh_item_result, YJJH_ITEM_RESULT_VERSION, yjjh_py_item_result)
YJJH_RECORD_OUT(yjjh_item_info, YJJH_ITEM_INFO_VERSION, yjjh_py_item_info)

/* ---- the school rule of one school part, with its indicators, as one dict ---- */

%inline %{
static PyObject *yjjh_school_rule_apply_dict(const yjjh_profile *profile, yjjh_stage stage, double students,
                                             const double *amounts, size_t n_amounts) {
    yjjh_rule_result r = YJJH_RULE_RESULT_INIT;
    yjjh_rule_indicator *ind;
    yjjh_status st;
    PyObject *d;
    size_t k;
    ind = (yjjh_rule_indicator *)malloc((n_amounts ? n_amounts : 1) * sizeof *ind);
    if (!ind) return PyErr_NoMemory();
    for (k = 0; k < n_amounts; k++) {
        memset(&ind[k], 0, sizeof ind[k]);
        ind[k].version = YJJH_RULE_INDICATOR_VERSION;
    }
    st = yjjh_school_rule_apply(&r, ind, n_amounts, profile, stage, students, amounts, n_amounts);
    if (st != YJJH_OK) {
        free(ind);
        yjjh_py_raise(st, NULL);
        return NULL;
    }
    d = yjjh_py_rule_with_indicators(&r, ind, n_amounts);
    free(ind);
    return d;
}
%}

/* ---- one field of every school part as bytes of native doubles (numpy.frombuffer makes it a column) ---- */

%ignore yjjh_result_part_column;
%inline %{
/** Field `field` (a yjjh_part_field) of every school part of `result`, as bytes holding
 *  yjjh_result_part_count() native doubles; `k` is the indicator index for per-indicator fields. */
static PyObject *yjjh_result_part_column_bytes(const yjjh_result *result, int field, size_t k) {
    size_t n;
    yjjh_status st;
    PyObject *bytes;
    if (!result) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    n = yjjh_result_part_count(result);
    if (n > (size_t)PY_SSIZE_T_MAX / sizeof(double)) return PyErr_NoMemory();
    bytes = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(n * sizeof(double)));
    if (!bytes) return NULL;
    if (n == 0) return bytes;
    st = yjjh_result_part_column((double *)(void *)PyBytes_AS_STRING(bytes), n, result, (yjjh_part_field)field, k);
    if (st != YJJH_OK) {
        Py_DECREF(bytes);
        yjjh_py_raise(st, NULL);
        return NULL;
    }
    return bytes;
}
%}

/* ---- column-wise helpers for the yjjh package: every per-row loop runs here, in C ----
 *
 * The package never loops over schools (or school parts, reasons, indicator rows) in Python: each helper below
 * builds or consumes a whole column in one call. Numbers travel as bytes of native doubles (numpy.frombuffer
 * makes them a column without copying element by element), text as one Python list. */

%{
/* str of a library string; NULL (and "" when empty_none) -> None. */
static PyObject *yjjh_py_text_or_none(const char *s, int empty_none) {
    if (!s || (empty_none && !*s)) Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* New bytes object for n native doubles (data pointer in *data); NULL with an exception on failure. */
static PyObject *yjjh_py_new_doubles(size_t n, double **data) {
    PyObject *bytes;
    if (n > (size_t)PY_SSIZE_T_MAX / sizeof(double)) return PyErr_NoMemory();
    bytes = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(n * sizeof(double)));
    if (bytes) *data = (double *)(void *)PyBytes_AS_STRING(bytes);
    return bytes;
}

/* A tuple built from `count` new references (stolen, NULLs allowed: then the tuple is not built). */
static PyObject *yjjh_py_tuple_steal(PyObject **items, size_t count) {
    size_t i;
    PyObject *t = NULL;
    for (i = 0; i < count; i++)
        if (!items[i]) goto done;
    t = PyTuple_New((Py_ssize_t)count);
    if (!t) goto done;
    for (i = 0; i < count; i++) {
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, items[i]);
        items[i] = NULL;
    }
done:
    for (i = 0; i < count; i++) Py_XDECREF(items[i]);
    return t;
}

/* The text for a text-column cell: str -> itself; None and float NaN -> None; int (and bool) -> str(int(v));
 * an integer-valued float -> str(int(v)), another float -> repr(v); anything else -> fallback(v) (Python).
 * Returns a new reference (None included), NULL with an exception. */
static PyObject *yjjh_py_text_cell(PyObject *v, PyObject *fallback) {
    if (PyUnicode_Check(v) || v == Py_None) {
        Py_INCREF(v);
        return v;
    }
    if (PyLong_Check(v)) {
        PyObject *i = PyNumber_Long(v), *s;
        if (!i) return NULL;
        s = PyObject_Str(i);
        Py_DECREF(i);
        return s;
    }
    if (PyFloat_Check(v)) {
        double f = PyFloat_AS_DOUBLE(v);
        if (isnan(f)) Py_RETURN_NONE;
        if (isfinite(f) && floor(f) == f) {
            PyObject *i = PyLong_FromDouble(f), *s;
            if (!i) return NULL;
            s = PyObject_Str(i);
            Py_DECREF(i);
            return s;
        }
        return PyObject_Repr(v);
    }
    return PyObject_CallFunctionObjArgs(fallback, v, NULL);
}
%}

%inline %{
/** Field selector of yjjh_result_part_texts(). */
#define YJJH_PY_PART_SCHOOL_ID 0
/** Field selector of yjjh_result_part_texts(). */
#define YJJH_PY_PART_SCHOOL_NAME 1

/** school_id (field 0) or school_name (field 1; "" -> None) of every school part, as one list of str. */
static PyObject *yjjh_result_part_texts(const yjjh_result *result, int field) {
    size_t i, n;
    PyObject *list;
    if (!result) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    if (field != YJJH_PY_PART_SCHOOL_ID && field != YJJH_PY_PART_SCHOOL_NAME) {
        yjjh_py_raise(YJJH_E_OUT_OF_RANGE, NULL);
        return NULL;
    }
    n = yjjh_result_part_count(result);
    list = PyList_New((Py_ssize_t)n);
    if (!list) return NULL;
    for (i = 0; i < n; i++) {
        yjjh_part_result p;
        yjjh_status st;
        PyObject *s;
        memset(&p, 0, sizeof p);
        p.version = YJJH_PART_RESULT_VERSION;
        st = yjjh_result_part_get(&p, result, i);
        if (st != YJJH_OK) {
            Py_DECREF(list);
            yjjh_py_raise(st, NULL);
            return NULL;
        }
        s = field == YJJH_PY_PART_SCHOOL_ID ? yjjh_py_text_or_none(p.school_id, 0)
                                            : yjjh_py_text_or_none(p.school_name, 1);
        if (!s) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, s);
    }
    return list;
}

/** A whole number column of a school table as bytes of yjjh_schools_row_count() native doubles (NaN = missing). */
static PyObject *yjjh_schools_get_numbers_bytes(const yjjh_schools *schools, yjjh_column col) {
    size_t n;
    double *data = NULL;
    yjjh_status st;
    PyObject *bytes;
    if (!schools) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    n = yjjh_schools_row_count(schools);
    bytes = yjjh_py_new_doubles(n, &data);
    if (!bytes) return NULL;
    if (n == 0) {
        /* still report a wrong column like a non-empty table would */
        double dummy;
        st = yjjh_schools_get_numbers(&dummy, 0, schools, col);
    } else {
        st = yjjh_schools_get_numbers(data, n, schools, col);
    }
    if (st != YJJH_OK) {
        Py_DECREF(bytes);
        yjjh_py_raise(st, NULL);
        return NULL;
    }
    return bytes;
}

/** A whole text column of a school table as one list of str (None = missing). */
static PyObject *yjjh_schools_get_texts_list(const yjjh_schools *schools, yjjh_column col) {
    size_t i, n;
    PyObject *list;
    if (!schools) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    n = yjjh_schools_row_count(schools);
    list = PyList_New((Py_ssize_t)n);
    if (!list) return NULL;
    for (i = 0; i < n; i++) {
        const char *s = NULL;
        yjjh_status st = yjjh_schools_get_text(&s, schools, i, col);
        PyObject *o;
        if (st != YJJH_OK) {
            Py_DECREF(list);
            yjjh_py_raise(st, NULL);
            return NULL;
        }
        o = yjjh_py_text_or_none(s, 0);
        if (!o) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    if (n == 0) {
        const char *s = NULL;
        yjjh_status st = yjjh_schools_get_text(&s, schools, 0, col);
        if (st != YJJH_OK && st != YJJH_E_OUT_OF_RANGE) {
            Py_DECREF(list);
            yjjh_py_raise(st, NULL);
            return NULL;
        }
    }
    return list;
}

/** Set a whole text column from a sequence in one call. Cells: str; None or NaN (missing); int -> "12";
 *  integer-valued float -> "12", other float -> repr; anything else is converted by fallback(cell), which
 *  returns str or None. A str with an embedded NUL is a ValueError naming the row. */
static PyObject *yjjh_schools_set_text_column(yjjh_schools *schools, yjjh_column col, PyObject *cells,
                                              PyObject *fallback) {
    PyObject *seq = NULL, *texts = NULL, *result = NULL;
    const char **ptrs = NULL;
    Py_ssize_t n, i;
    yjjh_status st;
    if (!schools) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    if (yjjh_py_is_text(cells)) {
        PyErr_SetString(PyExc_TypeError, "cells: expected a sequence, got a string");
        return NULL;
    }
    seq = PySequence_Fast(cells, "cells: expected a sequence");
    if (!seq) return NULL;
    n = PySequence_Fast_GET_SIZE(seq);
    texts = PyList_New(n); /* keeps the converted str objects alive while C reads their UTF-8 */
    ptrs = (const char **)calloc(n ? (size_t)n : 1, sizeof *ptrs);
    if (!texts || !ptrs) {
        if (!ptrs) PyErr_NoMemory();
        goto done;
    }
    for (i = 0; i < n; i++) {
        PyObject *t = yjjh_py_text_cell(PySequence_Fast_GET_ITEM(seq, i), fallback);
        if (!t) goto done;
        PyList_SET_ITEM(texts, i, t);
        if (t == Py_None) continue;
        if (!PyUnicode_Check(t)) {
            PyErr_Format(PyExc_TypeError, "cells[%zd]: expected str or None, got %.100s", i, Py_TYPE(t)->tp_name);
            goto done;
        } else {
            Py_ssize_t size = 0;
            const char *s = PyUnicode_AsUTF8AndSize(t, &size);
            if (!s) goto done;
            if ((size_t)size != strlen(s)) {
                PyErr_Format(PyExc_ValueError, "cells[%zd]: embedded NUL character", i);
                goto done;
            }
            ptrs[i] = s;
        }
    }
    Py_BEGIN_ALLOW_THREADS
    st = yjjh_schools_set_texts(schools, col, ptrs, (size_t)n);
    Py_END_ALLOW_THREADS
    if (st != YJJH_OK) {
        yjjh_py_raise(st, NULL);
        goto done;
    }
    result = SWIG_Py_Void();
done:
    free((void *)ptrs);
    Py_XDECREF(texts);
    Py_XDECREF(seq);
    return result;
}

/** Every county's facts as {county_code: {key: value}}, "" being the default of every county. A value of a
 *  county equal to the "" default of the same key is listed under "" only (the two are the same fact set). */
static const char *yjjh_py_fact_key(size_t k) {
    const char *key = NULL;
    return yjjh_fact_key_get(&key, k) == YJJH_OK ? key : "";
}

static PyObject *yjjh_facts_to_dict(const yjjh_facts *facts) {
    size_t c, k, nc, nk = yjjh_fact_key_count();
    PyObject *out;
    double *deflt;
    unsigned char *has_deflt;
    if (!facts) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    deflt = (double *)calloc(nk ? nk : 1, sizeof *deflt);
    has_deflt = (unsigned char *)calloc(nk ? nk : 1, 1);
    out = PyDict_New();
    if (!deflt || !has_deflt || !out) {
        if (out) PyErr_NoMemory();
        goto fail;
    }
    for (k = 0; k < nk; k++) /* the "" defaults (a lookup of "" does not fall back further) */
        has_deflt[k] = yjjh_facts_get(&deflt[k], facts, "", yjjh_py_fact_key(k)) == YJJH_OK;
    nc = yjjh_facts_county_count(facts);
    for (c = 0; c < nc; c++) {
        const char *code = NULL;
        PyObject *d, *key;
        int rc;
        if (yjjh_facts_county_get(&code, facts, c) != YJJH_OK) continue;
        if (!(d = PyDict_New())) goto fail;
        for (k = 0; k < nk; k++) {
            double v;
            if (yjjh_facts_get(&v, facts, code, yjjh_py_fact_key(k)) != YJJH_OK) continue;
            if (*code && has_deflt[k] && (v == deflt[k])) continue; /* the default itself (or equal to it) */
            if (yjjh_py_put(d, yjjh_py_fact_key(k), PyFloat_FromDouble(v)) < 0) {
                Py_DECREF(d);
                goto fail;
            }
        }
        key = yjjh_py_str(code);
        rc = key ? PyDict_SetItem(out, key, d) : -1;
        Py_XDECREF(key);
        Py_DECREF(d);
        if (rc < 0) goto fail;
    }
    free(deflt);
    free(has_deflt);
    return out;
fail:
    free(deflt);
    free(has_deflt);
    Py_XDECREF(out);
    return NULL;
}

/** Set the facts of one county from a dict {name: value} in one call. Names that are str and known fact keys
 *  (English or Chinese) with int/float/bool/None values are handled here (None and NaN = not given); any other
 *  entry goes to slow(name, value), which returns (canonical key, float or None) or raises. */
static PyObject *yjjh_facts_set_values(yjjh_facts *facts, const char *county_code, PyObject *values,
                                       PyObject *slow) {
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    if (!facts || !county_code) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    if (!PyDict_Check(values)) {
        PyErr_Format(PyExc_TypeError, "values: expected a dict, got %.100s", Py_TYPE(values)->tp_name);
        return NULL;
    }
    while (PyDict_Next(values, &pos, &key, &value)) {
        const char *canon = NULL;
        double v = NAN;
        int fast = 0;
        yjjh_status st;
        if (PyUnicode_Check(key) && (value == Py_None || PyLong_Check(value) || PyFloat_Check(value))) {
            const char *name = PyUnicode_AsUTF8(key);
            if (!name) return NULL;
            if (yjjh_fact_key_from_name(&canon, name) == YJJH_OK) {
                if (value != Py_None) {
                    v = PyFloat_AsDouble(value); /* int: exact or OverflowError */
                    if (v == -1.0 && PyErr_Occurred()) return NULL;
                }
                fast = 1;
            }
        }
        if (!fast) {
            PyObject *r = PyObject_CallFunctionObjArgs(slow, key, value, NULL);
            PyObject *k2, *v2;
            if (!r) return NULL;
            if (!PyTuple_Check(r) || PyTuple_GET_SIZE(r) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(r, 0))) {
                Py_DECREF(r);
                PyErr_SetString(PyExc_TypeError, "slow(): expected a (key, value) tuple");
                return NULL;
            }
            k2 = PyTuple_GET_ITEM(r, 0);
            v2 = PyTuple_GET_ITEM(r, 1);
            if (yjjh_fact_key_from_name(&canon, PyUnicode_AsUTF8(k2)) != YJJH_OK) {
                Py_DECREF(r);
                yjjh_py_raise(YJJH_E_UNKNOWN_CODE, NULL);
                return NULL;
            }
            if (v2 != Py_None) {
                v = PyFloat_AsDouble(v2);
                if (v == -1.0 && PyErr_Occurred()) {
                    Py_DECREF(r);
                    return NULL;
                }
            }
            Py_DECREF(r);
        }
        if (isnan(v)) continue; /* not given */
        st = yjjh_facts_set(facts, county_code, canon, v);
        if (st != YJJH_OK) {
            yjjh_py_raise(st, NULL);
            return NULL;
        }
    }
    return SWIG_Py_Void();
}

/** The reasons of every county as columns: (county index [bytes of doubles], code, stage [bytes], school_id
 *  ("" -> None), value [bytes], required [bytes], message); lists unless marked bytes. */
static PyObject *yjjh_result_reason_columns(const yjjh_result *result) {
    size_t ci, j, row = 0, total = 0, nc;
    PyObject *cols[7] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    double *county = NULL, *stage = NULL, *value = NULL, *required = NULL;
    yjjh_status st;
    if (!result) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    nc = yjjh_result_county_count(result);
    for (ci = 0; ci < nc; ci++) {
        yjjh_county_summary s;
        memset(&s, 0, sizeof s);
        s.version = YJJH_COUNTY_SUMMARY_VERSION;
        if ((st = yjjh_result_county_get(&s, result, ci)) != YJJH_OK) goto status_fail;
        total += s.n_reasons;
    }
    cols[0] = yjjh_py_new_doubles(total, &county);
    cols[1] = PyList_New((Py_ssize_t)total);
    cols[2] = yjjh_py_new_doubles(total, &stage);
    cols[3] = PyList_New((Py_ssize_t)total);
    cols[4] = yjjh_py_new_doubles(total, &value);
    cols[5] = yjjh_py_new_doubles(total, &required);
    cols[6] = PyList_New((Py_ssize_t)total);
    for (j = 0; j < 7; j++)
        if (!cols[j]) goto fail;
    for (ci = 0; ci < nc; ci++) {
        yjjh_county_summary s;
        memset(&s, 0, sizeof s);
        s.version = YJJH_COUNTY_SUMMARY_VERSION;
        if ((st = yjjh_result_county_get(&s, result, ci)) != YJJH_OK) goto status_fail;
        for (j = 0; j < s.n_reasons && row < total; j++, row++) {
            yjjh_reason r;
            PyObject *a, *b, *c;
            memset(&r, 0, sizeof r);
            r.version = YJJH_REASON_VERSION;
            if ((st = yjjh_result_reason_get(&r, result, ci, j)) != YJJH_OK) goto status_fail;
            county[row] = (double)ci;
            stage[row] = (double)r.stage;
            value[row] = r.value;
            required[row] = r.required;
            a = yjjh_py_text_or_none(r.code, 0);
            b = yjjh_py_text_or_none(r.school_id, 1);
            c = yjjh_py_text_or_none(r.message, 0);
            if (!a || !b || !c) {
                Py_XDECREF(a);
                Py_XDECREF(b);
                Py_XDECREF(c);
                goto fail;
            }
            PyList_SET_ITEM(cols[1], (Py_ssize_t)row, a);
            PyList_SET_ITEM(cols[3], (Py_ssize_t)row, b);
            PyList_SET_ITEM(cols[6], (Py_ssize_t)row, c);
        }
    }
    if (row != total) { /* the result changed between the passes: cannot happen (results are immutable) */
        st = YJJH_E_INTERNAL;
        goto status_fail;
    }
    return yjjh_py_tuple_steal(cols, 7);
status_fail:
    yjjh_py_raise(st, NULL);
fail:
    for (j = 0; j < 7; j++) Py_XDECREF(cols[j]);
    return NULL;
}

/** The items of every county as columns: (county index [bytes], code, status [bytes], value [bytes],
 *  required [bytes], message). */
static PyObject *yjjh_result_item_columns(const yjjh_result *result) {
    size_t ci, j, row = 0, total = 0, nc;
    PyObject *cols[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    double *county = NULL, *status = NULL, *value = NULL, *required = NULL;
    yjjh_status st;
    if (!result) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    nc = yjjh_result_county_count(result);
    for (ci = 0; ci < nc; ci++) {
        yjjh_county_summary s;
        memset(&s, 0, sizeof s);
        s.version = YJJH_COUNTY_SUMMARY_VERSION;
        if ((st = yjjh_result_county_get(&s, result, ci)) != YJJH_OK) goto status_fail;
        total += s.n_items;
    }
    cols[0] = yjjh_py_new_doubles(total, &county);
    cols[1] = PyList_New((Py_ssize_t)total);
    cols[2] = yjjh_py_new_doubles(total, &status);
    cols[3] = yjjh_py_new_doubles(total, &value);
    cols[4] = yjjh_py_new_doubles(total, &required);
    cols[5] = PyList_New((Py_ssize_t)total);
    for (j = 0; j < 6; j++)
        if (!cols[j]) goto fail;
    for (ci = 0; ci < nc; ci++) {
        yjjh_county_summary s;
        memset(&s, 0, sizeof s);
        s.version = YJJH_COUNTY_SUMMARY_VERSION;
        if ((st = yjjh_result_county_get(&s, result, ci)) != YJJH_OK) goto status_fail;
        for (j = 0; j < s.n_items && row < total; j++, row++) {
            yjjh_item_result r;
            PyObject *a, *c;
            memset(&r, 0, sizeof r);
            r.version = YJJH_ITEM_RESULT_VERSION;
            if ((st = yjjh_result_item_get(&r, result, ci, j)) != YJJH_OK) goto status_fail;
            county[row] = (double)ci;
            status[row] = (double)r.status;
            value[row] = r.value;
            required[row] = r.required;
            a = yjjh_py_text_or_none(r.code, 0);
            c = yjjh_py_text_or_none(r.message, 0);
            if (!a || !c) {
                Py_XDECREF(a);
                Py_XDECREF(c);
                goto fail;
            }
            PyList_SET_ITEM(cols[1], (Py_ssize_t)row, a);
            PyList_SET_ITEM(cols[5], (Py_ssize_t)row, c);
        }
    }
    if (row != total) {
        st = YJJH_E_INTERNAL;
        goto status_fail;
    }
    return yjjh_py_tuple_steal(cols, 6);
status_fail:
    yjjh_py_raise(st, NULL);
fail:
    for (j = 0; j < 6; j++) Py_XDECREF(cols[j]);
    return NULL;
}

/** Indicators 0..n_indicators-1 of every county and stage (primary, junior) with in-scope students, as
 *  columns: (county index [bytes], stage [bytes], code, standard, county_value, cv, cv_max, cv_met,
 *  schools_meeting) — all bytes of doubles except code (list). */
static PyObject *yjjh_result_indicator_columns(const yjjh_result *result, size_t n_indicators) {
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    size_t ci, k, row = 0, total = 0, nc, j;
    int si;
    PyObject *cols[9] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    double *d[9] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    yjjh_status st;
    if (!result) {
        yjjh_py_raise(YJJH_E_NULL_ARG, NULL);
        return NULL;
    }
    nc = yjjh_result_county_count(result);
    for (ci = 0; ci < nc; ci++) {
        for (si = 0; si < 2; si++) {
            yjjh_stage_summary s;
            memset(&s, 0, sizeof s);
            s.version = YJJH_STAGE_SUMMARY_VERSION;
            st = yjjh_result_stage_get(&s, result, ci, stages[si]);
            if (st == YJJH_E_NOT_FOUND) continue;
            if (st != YJJH_OK) goto status_fail;
            total += n_indicators;
        }
    }
    for (j = 0; j < 9; j++) {
        cols[j] = j == 2 ? PyList_New((Py_ssize_t)total) : yjjh_py_new_doubles(total, &d[j]);
        if (!cols[j]) goto fail;
    }
    for (ci = 0; ci < nc; ci++) {
        for (si = 0; si < 2; si++) {
            yjjh_stage_summary s;
            memset(&s, 0, sizeof s);
            s.version = YJJH_STAGE_SUMMARY_VERSION;
            st = yjjh_result_stage_get(&s, result, ci, stages[si]);
            if (st == YJJH_E_NOT_FOUND) continue;
            if (st != YJJH_OK) goto status_fail;
            for (k = 0; k < n_indicators && row < total; k++, row++) {
                yjjh_indicator_result r;
                PyObject *code;
                memset(&r, 0, sizeof r);
                r.version = YJJH_INDICATOR_RESULT_VERSION;
                if ((st = yjjh_result_indicator_get(&r, result, ci, stages[si], k)) != YJJH_OK) goto status_fail;
                d[0][row] = (double)ci;
                d[1][row] = (double)stages[si];
                d[3][row] = r.standard;
                d[4][row] = r.county_value;
                d[5][row] = r.cv;
                d[6][row] = r.cv_max;
                d[7][row] = r.cv_met ? 1.0 : 0.0;
                d[8][row] = (double)r.schools_meeting;
                code = yjjh_py_text_or_none(r.code, 0);
                if (!code) goto fail;
                PyList_SET_ITEM(cols[2], (Py_ssize_t)row, code);
            }
        }
    }
    if (row != total) {
        st = YJJH_E_INTERNAL;
        goto status_fail;
    }
    return yjjh_py_tuple_steal(cols, 9);
status_fail:
    yjjh_py_raise(st, NULL);
fail:
    for (j = 0; j < 9; j++) Py_XDECREF(cols[j]);
    return NULL;
}
%}
