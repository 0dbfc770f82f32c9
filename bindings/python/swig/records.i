/* SPDX-License-Identifier: MIT */
/*
 * records.i — versioned result structs out, as dicts (copies: nothing borrows from a handle).
 *
 * Keyed on the record type as the `out` argument, one converter per struct. The structs
 * themselves get no proxy classes (%ignore in yjjh.i).
 */

%{
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

/* yjjh_school_rule_apply_dict (its amounts: the IN_DOUBLES typemap) */
%apply (const double *IN_DOUBLES, size_t IN_LEN) { (const double *amounts, size_t n_amounts) };
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
%clear (const double *amounts, size_t n_amounts);
