/* SPDX-License-Identifier: MIT */
/*
 * guards.i — handles held for the duration of every call (GIL safety).
 *
 * Functions marked %thread release the GIL while C works on a handle; without a guard another Python thread
 * could change that handle (set a column: its old array is freed) or free it (Schools.__swig_destroy__, or by
 * dropping its last reference) in the middle, and C would read freed memory. So every handle argument is held
 * for the call:
 *  - the proxy's SwigPyObject gets a strong reference (it cannot be deallocated during the call);
 *  - a per-handle use count, touched only with the GIL held: a `const` handle is taken for reading (any number
 *    of readers), a non-const one for writing (exclusive); a call that would conflict raises
 *    yjjh.HandleInUseError (a RuntimeError) at once instead of waiting, so no call can deadlock;
 *  - the destructor refuses a handle in use, and clears the proxy's pointer after freeing, so a later call on
 *    it gets NULL (YJJH_E_NULL_ARG) instead of freed memory.
 * Keyed on the handle types (every function taking a handle needs the guard, whatever the parameter is called).
 */

%{
/* pointer (int) -> use count: > 0 readers, -1 a writer. Only touched with the GIL held. */
static PyObject *yjjh_py_in_use = NULL;

typedef struct yjjh_py_guard {
    void *ptr;
    PyObject *ref;  /* the SwigPyObject, held for the call */
    int mode;       /* 0 nothing held, 1 read, 2 write */
} yjjh_py_guard;

static void yjjh_py_raise_in_use(const char *type_name) {
    PyObject *mod = PyImport_ImportModule("yjjh._errors"), *cls = NULL;
    if (mod) cls = PyObject_GetAttrString(mod, "HandleInUseError");
    if (!cls) {
        PyErr_Clear();
        cls = PyExc_RuntimeError;
        Py_INCREF(cls);
    }
    PyErr_Format(cls, "this yjjh %s is in use by another thread (a call that released the GIL works on it); "
                      "retry when that call has returned", type_name);
    Py_DECREF(cls);
    Py_XDECREF(mod);
}

/* Current use count of ptr (0 when unused); -2 with an exception on failure. */
static long yjjh_py_use_count(PyObject *key) {
    PyObject *v;
    if (!yjjh_py_in_use && !(yjjh_py_in_use = PyDict_New())) return -2;
    v = PyDict_GetItemWithError(yjjh_py_in_use, key);
    if (!v) return PyErr_Occurred() ? -2 : 0;
    return PyLong_AsLong(v);
}

static int yjjh_py_set_use_count(PyObject *key, long count) {
    PyObject *v;
    int rc;
    if (count == 0) return PyDict_DelItem(yjjh_py_in_use, key);
    if (!(v = PyLong_FromLong(count))) return -1;
    rc = PyDict_SetItem(yjjh_py_in_use, key, v);
    Py_DECREF(v);
    return rc;
}

/* Take ptr (the handle of proxy `input`) for reading or writing; -1 with an exception when it is in use in a
 * conflicting way. NULL handles are not held (the C function reports them). */
static int yjjh_py_guard_take(yjjh_py_guard *g, PyObject *input, void *ptr, int write, const char *type_name) {
    PyObject *key;
    long count;
    g->ptr = NULL;
    g->ref = NULL;
    g->mode = 0;
    if (!ptr) return 0;
    if (!(key = PyLong_FromVoidPtr(ptr))) return -1;
    count = yjjh_py_use_count(key);
    if (count == -2) { Py_DECREF(key); return -1; }
    if (write ? count != 0 : count < 0) {
        Py_DECREF(key);
        yjjh_py_raise_in_use(type_name);
        return -1;
    }
    if (yjjh_py_set_use_count(key, write ? -1 : count + 1) < 0) { Py_DECREF(key); return -1; }
    Py_DECREF(key);
    g->ptr = ptr;
    g->mode = write ? 2 : 1;
    g->ref = (PyObject *)SWIG_Python_GetSwigThis(input);
    Py_XINCREF(g->ref);
    return 0;
}

/* Give back what yjjh_py_guard_take() took (keeps a pending exception). */
static void yjjh_py_guard_give(yjjh_py_guard *g) {
    PyObject *type, *value, *tb, *key;
    if (!g->mode) return;
    PyErr_Fetch(&type, &value, &tb);
    key = PyLong_FromVoidPtr(g->ptr);
    if (key) {
        long count = yjjh_py_use_count(key);
        if (count != -2) (void)yjjh_py_set_use_count(key, g->mode == 2 || count <= 1 ? 0 : count - 1);
        Py_DECREF(key);
    }
    PyErr_Clear();
    PyErr_Restore(type, value, tb);
    Py_XDECREF(g->ref);
    g->ref = NULL;
    g->mode = 0;
}

/* Whether ptr is in use (for the destructor); -1 with an exception on failure. */
static int yjjh_py_in_use_now(void *ptr) {
    PyObject *key;
    long count;
    if (!ptr || !yjjh_py_in_use) return 0;
    if (!(key = PyLong_FromVoidPtr(ptr))) return -1;
    count = yjjh_py_use_count(key);
    Py_DECREF(key);
    return count == -2 ? -1 : count != 0;
}
%}

%define YJJH_HANDLE_GUARD(TYPE, NAME)
%typemap(in) const TYPE * (void *argp = 0, int res = 0, yjjh_py_guard guard = {NULL, NULL, 0}) {
    res = SWIG_ConvertPtr($input, &argp, $descriptor, 0);
    if (!SWIG_IsOK(res)) {
        SWIG_exception_fail(SWIG_ArgError(res), "in method '$symname', argument $argnum of type '$type'");
    }
    if (yjjh_py_guard_take(&guard, $input, argp, 0, NAME) < 0) SWIG_fail;
    $1 = ($ltype)argp;
}
%typemap(in) TYPE * (void *argp = 0, int res = 0, yjjh_py_guard guard = {NULL, NULL, 0}) {
    res = SWIG_ConvertPtr($input, &argp, $descriptor, 0);
    if (!SWIG_IsOK(res)) {
        SWIG_exception_fail(SWIG_ArgError(res), "in method '$symname', argument $argnum of type '$type'");
    }
    if (yjjh_py_guard_take(&guard, $input, argp, 1, NAME) < 0) SWIG_fail;
    $1 = ($ltype)argp;
}
%typemap(freearg) const TYPE *, TYPE * {
    yjjh_py_guard_give(&guard$argnum);
}
%enddef

/* The destructor (TYPE::~TYPE, SWIG's delete_X, also called when the proxy is garbage collected): refused while
 * the handle is in use (the conversion already disowned it: ownership goes back to the proxy), and afterwards
 * the proxy holds NULL, so a later call on it gets YJJH_E_NULL_ARG instead of freed memory (or a new handle
 * that malloc placed at the same address). */
%define YJJH_HANDLE_DESTRUCTOR_GUARD(TYPE, NAME)
%exception TYPE::~TYPE {
    SwigPyObject *sobj_ = SWIG_Python_GetSwigThis(swig_obj[0]);
    int busy_ = yjjh_py_in_use_now((void *)arg1);
    if (busy_ != 0) {
        if (sobj_) sobj_->own = SWIG_POINTER_OWN;
        if (busy_ > 0) yjjh_py_raise_in_use(NAME);
        SWIG_fail;
    }
    $action
    if (sobj_) sobj_->ptr = NULL;
}
%enddef

YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_profile, "Profile")
YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_schools, "Schools")
YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_facts, "Facts")
YJJH_HANDLE_DESTRUCTOR_GUARD(yjjh_result, "Result")

YJJH_HANDLE_GUARD(yjjh_profile, "Profile")
YJJH_HANDLE_GUARD(yjjh_schools, "Schools")
YJJH_HANDLE_GUARD(yjjh_facts, "Facts")
YJJH_HANDLE_GUARD(yjjh_result, "Result")
