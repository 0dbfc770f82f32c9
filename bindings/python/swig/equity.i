/* SPDX-License-Identifier: MIT */
/*
 * equity.i — yjjh_equity.h for Python (included from bindings/swig/yjjh.i under SWIGPYTHON).
 *
 * The scalar measures are wrapped as they are (values and weights through IN_DOUBLES / IN_WEIGHTS, `out` becomes
 * the return value). The functions with arrays of results out (decompose, contributions, bootstrap) get small
 * helpers that return Python tuples and lists; yjjh/equity.py turns them into data frames.
 */

%thread yjjh_equity_gini;
%thread yjjh_equity_percentile;

%ignore yjjh_equity_decompose;
%ignore yjjh_equity_contributions;
%ignore yjjh_equity_bootstrap;
%ignore yjjh_equity_measure_from_name;
%ignore yjjh_equity_decomposition;
%ignore yjjh_equity_group;
%ignore yjjh_equity_interval;

%apply (const double *IN_DOUBLES, size_t IN_LEN) { (const double *values, size_t n) };
%apply (const double *IN_WEIGHTS, size_t IN_LEN) { (const double *weights, size_t n_weights) };
%include "yjjh/yjjh_equity.h"

%apply (const double *IN_DOUBLES, size_t IN_LEN) { (const double *codes, size_t n_codes) };

%inline %{
/* decompose: (total, between, within, n_groups_used, [(n, weight, weight_share, mean, index, within_term,
 * between_term) per group code]). codes are group numbers 0 … n_groups − 1 given as numbers. */
static PyObject *equity_decompose_py(const double *values, size_t n, const double *codes, size_t n_codes,
                                     const double *weights, size_t n_weights, size_t n_groups, int measure,
                                     double alpha) {
    yjjh_equity_decomposition d = YJJH_EQUITY_DECOMPOSITION_INIT;
    yjjh_equity_group *g = NULL;
    size_t *gc = NULL, i;
    yjjh_status st;
    PyObject *list = NULL, *res = NULL;

    if (n_groups > 0 && !(g = (yjjh_equity_group *)calloc(n_groups, sizeof *g))) return PyErr_NoMemory();
    if (!(gc = (size_t *)malloc((n_codes ? n_codes : 1) * sizeof *gc))) {
        free(g);
        return PyErr_NoMemory();
    }
    for (i = 0; i < n_codes; i++) {
        double c = codes[i];
        if (!(c >= 0.0 && c < 1e15 && c == floor(c))) {
            free(g);
            free(gc);
            PyErr_Format(PyExc_ValueError, "group code %zu is not a non-negative integer", i);
            return NULL;
        }
        gc[i] = (size_t)c;
    }
    Py_BEGIN_ALLOW_THREADS
    st = yjjh_equity_decompose(&d, g, n_groups, values, n, gc, n_codes, weights, n_weights,
                               (yjjh_equity_measure)measure, alpha);
    Py_END_ALLOW_THREADS
    free(gc);
    if (st != YJJH_OK) {
        free(g);
        yjjh_py_raise(st, NULL);
        return NULL;
    }
    list = PyList_New((Py_ssize_t)n_groups);
    for (i = 0; list && i < n_groups; i++) {
        PyObject *t = Py_BuildValue("(ndddddd)", (Py_ssize_t)g[i].n, g[i].weight, g[i].weight_share, g[i].mean,
                                    g[i].index, g[i].within_term, g[i].between_term);
        if (!t) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    free(g);
    if (!list) return NULL;
    res = Py_BuildValue("(dddnN)", d.total, d.between, d.within, (Py_ssize_t)d.n_groups, list);
    return res;
}

/* contributions: a list of n floats, wᵢ(xᵢ − μ)²/Σw. */
static PyObject *equity_contributions_py(const double *values, size_t n, const double *weights, size_t n_weights) {
    double *c = (double *)malloc((n ? n : 1) * sizeof *c);
    yjjh_status st;
    PyObject *list;
    size_t i;
    if (!c) return PyErr_NoMemory();
    st = yjjh_equity_contributions(c, values, n, weights, n_weights);
    if (st != YJJH_OK) {
        free(c);
        yjjh_py_raise(st, NULL);
        return NULL;
    }
    list = PyList_New((Py_ssize_t)n);
    for (i = 0; list && i < n; i++) {
        PyObject *f = PyFloat_FromDouble(c[i]);
        if (!f) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, f);
    }
    free(c);
    return list;
}

/* bootstrap: ((estimate, se, bias, pct_low, pct_high, bca_low, bca_high, z0, acceleration, n_valid),
 * [replicates]). seed: 0 … 2^32 − 1. */
static PyObject *equity_bootstrap_py(const double *values, size_t n, const double *weights, size_t n_weights,
                                     int measure, double param, size_t n_replicates, double level,
                                     unsigned long seed) {
    yjjh_equity_interval r = YJJH_EQUITY_INTERVAL_INIT;
    double *reps;
    yjjh_status st;
    PyObject *list;
    size_t i;
    if (n_replicates > 10000000u) {
        yjjh_py_raise(YJJH_E_OUT_OF_RANGE, NULL);
        return NULL;
    }
    reps = (double *)malloc((n_replicates ? n_replicates : 1) * sizeof *reps);
    if (!reps) return PyErr_NoMemory();
    Py_BEGIN_ALLOW_THREADS
    st = yjjh_equity_bootstrap(&r, reps, values, n, weights, n_weights, (yjjh_equity_measure)measure, param,
                               n_replicates, level, seed);
    Py_END_ALLOW_THREADS
    if (st != YJJH_OK) {
        free(reps);
        yjjh_py_raise(st, NULL);
        return NULL;
    }
    list = PyList_New((Py_ssize_t)n_replicates);
    for (i = 0; list && i < n_replicates; i++) {
        PyObject *f = PyFloat_FromDouble(reps[i]);
        if (!f) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, f);
    }
    free(reps);
    if (!list) return NULL;
    return Py_BuildValue("((dddddddddn)N)", r.estimate, r.se, r.bias, r.pct_low, r.pct_high, r.bca_low, r.bca_high,
                         r.z0, r.acceleration, (Py_ssize_t)r.n_valid, list);
}
%}

%clear (const double *values, size_t n), (const double *weights, size_t n_weights), (const double *codes, size_t n_codes);
