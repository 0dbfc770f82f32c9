/* SPDX-License-Identifier: MIT */
/*
 * facts.i — county facts as dicts in and out: the one place where the binding still walks a structure in C
 * (every county x every fact key), because the C API has no bulk form for a fact set.
 */

%{
/* The name of fact key k ("" when out of range); a helper of the wrapper, not part of the module. */
static const char *yjjh_py_fact_key(size_t k) {
    const char *key = NULL;
    return yjjh_fact_key_get(&key, k) == YJJH_OK ? key : "";
}
%}

%inline %{
/** Every county's facts as {county_code: {key: value}}, "" being the default of every county. A value of a
 *  county equal to the "" default of the same key is listed under "" only (the two are the same fact set). */
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
        if (st == YJJH_E_OUT_OF_RANGE) { /* name the fact and the county (data-format.md §3) */
            PyObject *mod = PyImport_ImportModule("yjjh._errors"), *exc = NULL;
            if (mod) {
                char msg[300];
                snprintf(msg, sizeof msg, "%.60s%s%s: %.17g is out of the range of this fact (data-format.md 3)",
                         county_code, county_code[0] ? "." : "", canon, v);
                exc = PyObject_CallMethod(mod, "_from_status", "is[s][i]", (int)st, yjjh_strerror(st), msg, 0);
                Py_DECREF(mod);
            }
            if (!exc) return NULL;
            PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
            Py_DECREF(exc);
            return NULL;
        }
        if (st != YJJH_OK) {
            yjjh_py_raise(st, NULL);
            return NULL;
        }
    }
    return SWIG_Py_Void();
}

%}
