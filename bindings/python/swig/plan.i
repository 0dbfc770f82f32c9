/* SPDX-License-Identifier: MIT */
/*
 * plan.i — the remediation planner, whole-city summary and multi-year trend (yjjh_plan.h) for Python.
 *
 * Handles Costs, Plan and Trend (owned by their proxies, held for every call like the others); their records
 * out as dicts; yjjh_trend_compute() through yjjh_trend_compute_py(), which takes Python lists of tables,
 * facts and years. The borrowed results of a plan (yjjh_plan_result_before/after) are not wrapped: the Python
 * layer reads the plan's own accessors and texts.
 * Included by yjjh.i after the headers of the evaluation.
 */

%thread yjjh_schools_plan;

%rename(Costs) yjjh_costs;
%rename(Plan) yjjh_plan;
%rename(Trend) yjjh_trend;
%nodefaultctor yjjh_costs;
%nodefaultctor yjjh_plan;
%nodefaultctor yjjh_trend;
typedef struct yjjh_costs {} yjjh_costs;
typedef struct yjjh_plan {} yjjh_plan;
typedef struct yjjh_trend {} yjjh_trend;
%extend yjjh_costs { ~yjjh_costs() { yjjh_costs_free($self); } }
%extend yjjh_plan { ~yjjh_plan() { yjjh_plan_free($self); } }
%extend yjjh_trend { ~yjjh_trend() { yjjh_trend_free($self); } }
YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_costs, "Costs")
YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_plan, "Plan")
YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_trend, "Trend")
YJJH_HANDLE_GUARD(yjjh_costs, "Costs")
YJJH_HANDLE_GUARD(yjjh_plan, "Plan")
YJJH_HANDLE_GUARD(yjjh_trend, "Trend")
YJJH_HANDLE_OUT(yjjh_costs)
YJJH_HANDLE_OUT(yjjh_plan)
YJJH_HANDLE_OUT(yjjh_trend)

%ignore yjjh_costs_free;
%ignore yjjh_plan_free;
%ignore yjjh_trend_free;
%ignore yjjh_plan_result_before;
%ignore yjjh_plan_result_after;
%ignore yjjh_trend_compute;
%ignore yjjh_plan_action;
%ignore yjjh_plan_county;
%ignore yjjh_plan_target;
%ignore yjjh_summary_row;
%ignore yjjh_trend_row;
%ignore yjjh_trend_budget;

%{
static PyObject *yjjh_py_plan_action(const yjjh_plan_action *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "kind", PyLong_FromLong((long)s->kind));
    YJJH_PY_PUT(d, "county", PyLong_FromSize_t(s->county));
    YJJH_PY_PUT(d, "row", PyLong_FromSize_t(s->row));
    YJJH_PY_PUT(d, "school_id", yjjh_py_str(s->school_id));
    YJJH_PY_PUT(d, "school_name", yjjh_py_str(s->school_name));
    YJJH_PY_PUT(d, "stage", PyLong_FromLong((long)s->stage));
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "column", yjjh_py_str(s->column ? yjjh_column_name(s->column) : ""));
    YJJH_PY_PUT(d, "field", yjjh_py_str(s->field));
    YJJH_PY_PUT(d, "now", PyFloat_FromDouble(s->now));
    YJJH_PY_PUT(d, "target", PyFloat_FromDouble(s->target));
    YJJH_PY_PUT(d, "add", PyFloat_FromDouble(s->add));
    YJJH_PY_PUT(d, "unit", yjjh_py_str(s->unit));
    YJJH_PY_PUT(d, "cost", PyFloat_FromDouble(s->cost));
    YJJH_PY_PUT(d, "recurring", PyBool_FromLong(s->recurring));
    YJJH_PY_PUT(d, "message", yjjh_py_str(s->message));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_plan_county(const yjjh_plan_county *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "county_code", yjjh_py_str(s->county_code));
    YJJH_PY_PUT(d, "county_name", yjjh_py_str(s->county_name));
    YJJH_PY_PUT(d, "verdict_before", yjjh_py_str(yjjh_verdict_name(s->verdict_before)));
    YJJH_PY_PUT(d, "verdict_after", yjjh_py_str(yjjh_verdict_name(s->verdict_after)));
    YJJH_PY_PUT(d, "schools_in_scope", PyLong_FromSize_t(s->schools_in_scope));
    YJJH_PY_PUT(d, "schools_failing", PyLong_FromSize_t(s->schools_failing));
    YJJH_PY_PUT(d, "cvs_failing", PyLong_FromSize_t(s->cvs_failing));
    YJJH_PY_PUT(d, "targets", PyLong_FromSize_t(s->n_targets));
    YJJH_PY_PUT(d, "targets_met", PyLong_FromSize_t(s->targets_met));
    YJJH_PY_PUT(d, "school_actions", PyLong_FromSize_t(s->n_school_actions));
    YJJH_PY_PUT(d, "county_actions", PyLong_FromSize_t(s->n_county_actions));
    YJJH_PY_PUT(d, "cost_once", PyFloat_FromDouble(s->cost_once));
    YJJH_PY_PUT(d, "cost_per_year", PyFloat_FromDouble(s->cost_per_year));
    YJJH_PY_PUT(d, "cost_total", PyFloat_FromDouble(s->cost_total));
    YJJH_PY_PUT(d, "planned", PyBool_FromLong(s->planned));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_plan_target(const yjjh_plan_target *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "county", PyLong_FromSize_t(s->county));
    YJJH_PY_PUT(d, "stage", PyLong_FromLong((long)s->stage));
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "school_id", yjjh_py_str(s->school_id));
    YJJH_PY_PUT(d, "before", PyFloat_FromDouble(s->before));
    YJJH_PY_PUT(d, "required", PyFloat_FromDouble(s->required));
    YJJH_PY_PUT(d, "after", PyFloat_FromDouble(s->after));
    YJJH_PY_PUT(d, "met_after", PyBool_FromLong(s->met_after));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_summary_row(const yjjh_summary_row *s) {
    int k;
    static const char *const stage_keys[2][3] = {{"worst_primary_code", "worst_primary_cv", "worst_primary_cv_max"},
                                                 {"worst_junior_code", "worst_junior_cv", "worst_junior_cv_max"}};
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "county", PyLong_FromSize_t(s->county));
    YJJH_PY_PUT(d, "county_code", yjjh_py_str(s->county_code));
    YJJH_PY_PUT(d, "county_name", yjjh_py_str(s->county_name));
    YJJH_PY_PUT(d, "verdict", yjjh_py_str(yjjh_verdict_name(s->verdict)));
    YJJH_PY_PUT(d, "schools_in_scope", PyLong_FromSize_t(s->schools_in_scope));
    YJJH_PY_PUT(d, "schools_failing", PyLong_FromSize_t(s->schools_failing));
    YJJH_PY_PUT(d, "items_failed", PyLong_FromSize_t(s->items_failed));
    YJJH_PY_PUT(d, "cvs_failing", PyLong_FromSize_t(s->cvs_failing));
    for (k = 0; k < 2; k++) {
        if (s->worst_code[k]) {
            YJJH_PY_PUT(d, stage_keys[k][0], yjjh_py_str(s->worst_code[k]));
        } else {
            Py_INCREF(Py_None);
            YJJH_PY_PUT(d, stage_keys[k][0], Py_None);
        }
        YJJH_PY_PUT(d, stage_keys[k][1], PyFloat_FromDouble(s->worst_cv[k]));
        YJJH_PY_PUT(d, stage_keys[k][2], PyFloat_FromDouble(s->worst_cv_max[k]));
    }
    YJJH_PY_PUT(d, "cost_total", PyFloat_FromDouble(s->cost_total));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_trend_row(const yjjh_trend_row *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "county_code", yjjh_py_str(s->county_code));
    YJJH_PY_PUT(d, "county_name", yjjh_py_str(s->county_name));
    YJJH_PY_PUT(d, "stage", PyLong_FromLong((long)s->stage));
    YJJH_PY_PUT(d, "code", yjjh_py_str(s->code));
    YJJH_PY_PUT(d, "year", PyLong_FromLong((long)s->year));
    YJJH_PY_PUT(d, "county_value", PyFloat_FromDouble(s->county_value));
    YJJH_PY_PUT(d, "cv", PyFloat_FromDouble(s->cv));
    YJJH_PY_PUT(d, "cv_max", PyFloat_FromDouble(s->cv_max));
    YJJH_PY_PUT(d, "cv_change", PyFloat_FromDouble(s->cv_change));
    YJJH_PY_PUT(d, "slope", PyFloat_FromDouble(s->slope));
    YJJH_PY_PUT(d, "target_year", PyLong_FromLong((long)s->target_year));
    YJJH_PY_PUT(d, "projected_cv", PyFloat_FromDouble(s->projected_cv));
    YJJH_PY_PUT(d, "on_track", PyBool_FromLong(s->on_track));
    YJJH_PY_DICT_END;
}

static PyObject *yjjh_py_trend_budget(const yjjh_trend_budget *s) {
    YJJH_PY_DICT_BEGIN;
    YJJH_PY_PUT(d, "county_code", yjjh_py_str(s->county_code));
    YJJH_PY_PUT(d, "key", yjjh_py_str(s->key));
    YJJH_PY_PUT(d, "year", PyLong_FromLong((long)s->year));
    YJJH_PY_PUT(d, "value", PyFloat_FromDouble(s->value));
    YJJH_PY_PUT(d, "previous", PyFloat_FromDouble(s->previous));
    YJJH_PY_PUT(d, "fell", PyBool_FromLong(s->fell));
    YJJH_PY_DICT_END;
}
%}

YJJH_RECORD_OUT(yjjh_plan_action, YJJH_PLAN_ACTION_VERSION, yjjh_py_plan_action)
YJJH_RECORD_OUT(yjjh_plan_county, YJJH_PLAN_COUNTY_VERSION, yjjh_py_plan_county)
YJJH_RECORD_OUT(yjjh_plan_target, YJJH_PLAN_TARGET_VERSION, yjjh_py_plan_target)
YJJH_RECORD_OUT(yjjh_summary_row, YJJH_SUMMARY_ROW_VERSION, yjjh_py_summary_row)
YJJH_RECORD_OUT(yjjh_trend_row, YJJH_TREND_ROW_VERSION, yjjh_py_trend_row)
YJJH_RECORD_OUT(yjjh_trend_budget, YJJH_TREND_BUDGET_VERSION, yjjh_py_trend_budget)

/* The functions with a diagnostics list check their status in the YJJH_DIAG argout (exceptions.i). */
%typemap(out) yjjh_status yjjh_schools_plan, yjjh_status yjjh_costs_load_json, yjjh_status yjjh_costs_load_file {
    $result = SWIG_Py_Void();
}

/* yjjh_schools_plan, yjjh_costs_load_json, yjjh_costs_load_file */
%apply yjjh_diag *YJJH_DIAG { yjjh_diag *diag };
%apply (const char *IN_BYTES, size_t IN_LEN) { (const char *json, size_t len) };
%include "yjjh/yjjh_plan.h"
%clear yjjh_diag *diag, (const char *json, size_t len);

/* yjjh_trend_compute with Python lists: tables (Schools), facts (Facts or None, or None for all) and years. The
 * GIL is held throughout, so no other thread changes a table meanwhile. */
%inline %{
static PyObject *yjjh_trend_compute_py(PyObject *schools, PyObject *facts, PyObject *years,
                                       const yjjh_profile *profile, int target_year) {
    Py_ssize_t n, i;
    const yjjh_schools **t = NULL;
    const yjjh_facts **f = NULL;
    int *y = NULL;
    yjjh_trend *tr = NULL;
    yjjh_diag *diag = NULL;
    yjjh_status st;
    PyObject *ret = NULL;
    if (!PyList_Check(schools) || !PyList_Check(years) || (facts != Py_None && !PyList_Check(facts))) {
        PyErr_SetString(PyExc_TypeError, "trend: schools, facts and years must be lists");
        return NULL;
    }
    n = PyList_Size(schools);
    if (PyList_Size(years) != n || (facts != Py_None && PyList_Size(facts) != n)) {
        PyErr_SetString(PyExc_ValueError, "trend: schools, facts and years must have the same length");
        return NULL;
    }
    t = (const yjjh_schools **)calloc((size_t)(n ? n : 1), sizeof *t);
    f = (const yjjh_facts **)calloc((size_t)(n ? n : 1), sizeof *f);
    y = (int *)calloc((size_t)(n ? n : 1), sizeof *y);
    if (!t || !f || !y) {
        PyErr_NoMemory();
        goto done;
    }
    for (i = 0; i < n; i++) {
        void *p = NULL;
        long yr;
        if (!SWIG_IsOK(SWIG_ConvertPtr(PyList_GET_ITEM(schools, i), &p, SWIGTYPE_p_yjjh_schools, 0)) || !p) {
            PyErr_SetString(PyExc_TypeError, "trend: every table must be a yjjh.core.Schools");
            goto done;
        }
        t[i] = (const yjjh_schools *)p;
        if (facts != Py_None && PyList_GET_ITEM(facts, i) != Py_None) {
            p = NULL;
            if (!SWIG_IsOK(SWIG_ConvertPtr(PyList_GET_ITEM(facts, i), &p, SWIGTYPE_p_yjjh_facts, 0))) {
                PyErr_SetString(PyExc_TypeError, "trend: facts must be yjjh.core.Facts or None");
                goto done;
            }
            f[i] = (const yjjh_facts *)p;
        }
        yr = PyLong_AsLong(PyList_GET_ITEM(years, i));
        if (yr == -1 && PyErr_Occurred())
            goto done;
        if (yr < INT_MIN || yr > INT_MAX) {
            PyErr_SetString(PyExc_ValueError, "trend: year out of range");
            goto done;
        }
        y[i] = (int)yr;
    }
    if (yjjh_diag_new(&diag) != YJJH_OK) {
        PyErr_NoMemory();
        goto done;
    }
    st = yjjh_trend_compute(&tr, t, f, y, (size_t)n, profile, target_year, diag);
    if (st != YJJH_OK) {
        yjjh_py_raise(st, diag);
        goto done;
    }
    ret = SWIG_NewPointerObj(SWIG_as_voidptr(tr), SWIGTYPE_p_yjjh_trend, SWIG_POINTER_OWN);
done:
    yjjh_diag_free(diag);
    free(t);
    free(f);
    free(y);
    return ret;
}
%}
