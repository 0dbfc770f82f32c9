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
    YJJH_PY_PUT(d, "formula", PyLong_FromLong(s->formula));
    YJJH_PY_PUT(d, "is_facility", PyBool_FromLong(s->is_facility));
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
    YJJH_PY_PUT(d, "kind", yjjh_py_str(s->kind));
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
    size_t n = s->n_indicators > YJJH_MAX_INDICATORS ? YJJH_MAX_INDICATORS : s->n_indicators;
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "n_indicators", PyLong_FromSize_t(n));
    YJJH_PY_PUT(d, "value", yjjh_py_doubles_list(s->value, n));
    YJJH_PY_PUT(d, "standard", yjjh_py_doubles_list(s->standard, n));
    YJJH_PY_PUT(d, "ratio", yjjh_py_doubles_list(s->ratio, n));
    YJJH_PY_PUT(d, "met", yjjh_py_bools_list(s->met, n));
    YJJH_PY_PUT(d, "above_floor", yjjh_py_bools_list(s->above_floor, n));
    YJJH_PY_PUT(d, "shortfall", yjjh_py_doubles_list(s->shortfall, n));
    YJJH_PY_PUT(d, "met_count", PyLong_FromUnsignedLong(s->met_count));
    YJJH_PY_PUT(d, "passed", PyBool_FromLong(s->passed));
    YJJH_PY_DICT_END;
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
              yjjh_status yjjh_schools_validate, yjjh_status yjjh_evaluate,
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

/* yjjh_facility_split: three enrolments, three stage weights (or None), two 3-tuples out. */
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
