/* SPDX-License-Identifier: MIT */
/*
 * exceptions.i — status codes to Python exceptions.
 *
 * Every yjjh_status return becomes None on YJJH_OK (so OUTPUT arguments become the return value) and raises the
 * exception of its category otherwise; yjjh._errors._from_status builds it. Functions that take a diagnostics
 * list get a private one per call (typemap YJJH_DIAG, applied in yjjh.i); its messages and lines travel in the
 * DataError.
 */

%{
/* Set the Python exception for a non-OK status. The exception class is chosen by yjjh._errors from the code's
 * category; the diag entries (message, line, column, problem code name) are attached, and become DataError.problems. Never fails
 * to set *some* exception. */
static void yjjh_py_raise(yjjh_status status, const yjjh_diag *diag) {
    PyObject *mod = NULL, *factory = NULL, *messages = NULL, *lines = NULL, *columns = NULL, *codes = NULL;
    PyObject *exc = NULL;
    size_t i, count = diag ? yjjh_diag_count(diag) : 0;

    messages = PyList_New(0);
    lines = PyList_New(0);
    columns = PyList_New(0);
    codes = PyList_New(0);
    if (!messages || !lines || !columns || !codes) goto fallback;
    for (i = 0; i < count; i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        const char *name;
        PyObject *s, *l, *c, *k;
        if (yjjh_diag_get(&e, diag, i) != YJJH_OK) goto fallback;
        name = yjjh_problem_code_name(e.code);
        s = PyUnicode_DecodeUTF8(e.message, (Py_ssize_t)strlen(e.message), "replace");
        l = PyLong_FromSize_t(e.line);
        c = PyUnicode_DecodeUTF8(e.column, (Py_ssize_t)strlen(e.column), "replace");
        k = name ? PyUnicode_FromString(name) : (Py_INCREF(Py_None), Py_None);
        if (!s || !l || !c || !k || PyList_Append(messages, s) < 0 || PyList_Append(lines, l) < 0 ||
            PyList_Append(columns, c) < 0 || PyList_Append(codes, k) < 0) {
            Py_XDECREF(s);
            Py_XDECREF(l);
            Py_XDECREF(c);
            Py_XDECREF(k);
            goto fallback;
        }
        Py_DECREF(s);
        Py_DECREF(l);
        Py_DECREF(c);
        Py_DECREF(k);
    }
    mod = PyImport_ImportModule("yjjh._errors");
    if (!mod) goto fallback;
    factory = PyObject_GetAttrString(mod, "_from_status");
    if (!factory) goto fallback;
    exc = PyObject_CallFunction(factory, "isOOOO", (int)status, yjjh_strerror(status), messages, lines, columns,
                                codes);
    if (!exc) goto fallback;
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
    Py_DECREF(factory);
    Py_DECREF(mod);
    Py_DECREF(messages);
    Py_DECREF(lines);
    Py_DECREF(columns);
    Py_DECREF(codes);
    return;
fallback:
    /* yjjh._errors unavailable (core used on its own): still raise something meaningful. */
    PyErr_Clear();
    PyErr_Format(PyExc_RuntimeError, "libyjjh error %d: %s", (int)status, yjjh_strerror(status));
    Py_XDECREF(factory);
    Py_XDECREF(mod);
    Py_XDECREF(messages);
    Py_XDECREF(lines);
    Py_XDECREF(columns);
    Py_XDECREF(codes);
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

/* Functions with a diagnostics list: the status is checked after the call by the YJJH_DIAG argout, which has the
 * messages (typemaps for return values are matched by function name, so this list names each of them). */
%typemap(out) yjjh_status yjjh_profile_load_file, yjjh_status yjjh_profile_load_json,
              yjjh_status yjjh_schools_validate, yjjh_status yjjh_schools_evaluate,
              yjjh_status yjjh_schools_evaluate_ex,
              yjjh_status yjjh_schools_read_file, yjjh_status yjjh_schools_read_buffer,
              yjjh_status yjjh_schools_read_file_ex, yjjh_status yjjh_schools_read_buffer_ex,
              yjjh_status yjjh_schools_set_cells, yjjh_status yjjh_schools_set_cells_packed,
              yjjh_status yjjh_facts_read_file, yjjh_status yjjh_facts_read_buffer {
    $result = SWIG_Py_Void();
}

/* YJJH_DIAG: a private diag for the call; on failure its messages go into the exception. Needs the function's
 * status out typemap above (else the generic one raises first, without the messages). */
%typemap(in, numinputs=0) yjjh_diag *YJJH_DIAG (yjjh_diag *tmpdiag = NULL) {
    if (yjjh_diag_new(&tmpdiag) != YJJH_OK) {
        PyErr_NoMemory();
        SWIG_fail;
    }
    $1 = tmpdiag;
}
%typemap(argout) yjjh_diag *YJJH_DIAG {
    if (result != YJJH_OK) {
        Py_XDECREF($result);
        $result = NULL;
        yjjh_py_raise(result, $1);
        SWIG_fail;
    }
}
%typemap(freearg) yjjh_diag *YJJH_DIAG {
    yjjh_diag_free(tmpdiag$argnum);
}
