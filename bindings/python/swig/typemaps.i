/* SPDX-License-Identifier: MIT */
/*
 * typemaps.i — arrays and texts in and out.
 *
 * The typemaps are defined on placeholder names that no C declaration uses (IN_DOUBLES, OUT_COLUMN, …) and
 * reach a function only through an explicit %apply in yjjh.i, next to the %include of its header; so a new
 * function that happens to reuse a parameter name gets no typemap silently. The exceptions are the calling
 * conventions every function follows (outputs first and named `out`; handles out as `TYPE **out`), which are
 * keyed on type and name on purpose.
 *
 * Input arrays are copied into C memory (or into a private list of str) before the call, so the GIL may then be
 * released safely; numpy arrays are read through the buffer protocol, no numpy headers are used.
 */

%{
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

static PyObject *yjjh_py_str(const char *s) {
    if (!s) Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* The text of one cell handed to C: str -> itself; None and float NaN -> None; int (and bool) -> str(int(v));
 * a float: str(int(v)) when it is a whole number below 1e16 in magnitude (exact), else repr(v), the shortest
 * text that reads back as exactly v ("1e+20", "inf": the C cell reader then judges it like a CSV cell); anything
 * else -> yjjh._frame._text_cell(v) (Python), which returns str or None. A new reference, NULL with an exception. */
static PyObject *yjjh_py_text_cell(PyObject *v) {
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
        if (isfinite(f) && floor(f) == f && fabs(f) < 1e16) {
            PyObject *i = PyLong_FromDouble(f), *s;
            if (!i) return NULL;
            s = PyObject_Str(i);
            Py_DECREF(i);
            return s;
        }
        return PyObject_Repr(v);
    }
    {
        PyObject *mod = PyImport_ImportModule("yjjh._frame"), *fn, *r;
        if (!mod) return NULL;
        fn = PyObject_GetAttrString(mod, "_text_cell");
        Py_DECREF(mod);
        if (!fn) return NULL;
        r = PyObject_CallFunctionObjArgs(fn, v, NULL);
        Py_DECREF(fn);
        return r;
    }
}

/* The object slots of a writable, 1-D, C-contiguous numpy object array (numpy.ndarray, dtype object), through
 * its __array_interface__ (no numpy headers): *slots the PyObject* elements (owned by the array), *n their count.
 * Returns 1 when obj is such an array, 0 when it is not (no exception), -1 with an exception. */
static int yjjh_py_object_slots(PyObject *obj, PyObject ***slots, size_t *n) {
    PyObject *ai, *typestr, *shape, *strides, *data, *p;
    int ok = 0;
    *slots = NULL;
    *n = 0;
    /* numpy.ndarray itself only: its __array_interface__ describes its own memory */
    if (strcmp(Py_TYPE(obj)->tp_name, "numpy.ndarray") != 0) return 0;
    ai = PyObject_GetAttrString(obj, "__array_interface__");
    if (!ai) {
        PyErr_Clear();
        return 0;
    }
    if (!PyDict_Check(ai)) goto done;
    typestr = PyDict_GetItemString(ai, "typestr");
    shape = PyDict_GetItemString(ai, "shape");
    strides = PyDict_GetItemString(ai, "strides");
    data = PyDict_GetItemString(ai, "data");
    if (!typestr || !PyUnicode_Check(typestr) || PyUnicode_CompareWithASCIIString(typestr, "|O") != 0) goto done;
    if (!shape || !PyTuple_Check(shape) || PyTuple_GET_SIZE(shape) != 1) goto done;
    if (strides && strides != Py_None) goto done;
    if (!data || !PyTuple_Check(data) || PyTuple_GET_SIZE(data) != 2) goto done;
    if (PyObject_IsTrue(PyTuple_GET_ITEM(data, 1))) goto done; /* read-only */
    p = PyTuple_GET_ITEM(data, 0);
    *n = PyLong_AsSize_t(PyTuple_GET_ITEM(shape, 0));
    *slots = (PyObject **)PyLong_AsVoidPtr(p);
    if (PyErr_Occurred()) {
        Py_DECREF(ai);
        return -1;
    }
    if (!*slots && *n) goto done;
    ok = 1;
done:
    Py_DECREF(ai);
    if (!ok) {
        *slots = NULL;
        *n = 0;
    }
    return ok;
}

/* Bytes of text in one growing buffer (cells of a column packed one after the other, each NUL-terminated). */
typedef struct yjjh_py_pack {
    char *buf;
    size_t len, cap;
} yjjh_py_pack;

static char *yjjh_py_pack_room(yjjh_py_pack *p, size_t extra) {
    if (p->cap - p->len < extra) {
        size_t cap = p->cap ? p->cap : 4096;
        char *b;
        while (cap - p->len < extra) {
            if (cap > SIZE_MAX / 2) return NULL;
            cap *= 2;
        }
        if (!(b = (char *)realloc(p->buf, cap))) return NULL;
        p->buf = b;
        p->cap = cap;
    }
    return p->buf + p->len;
}

/* Append the UTF-8 form of str s and a NUL to p, encoding the str's own code units (no UTF-8 copy is cached in
 * s). 0; -1 with ValueError for an embedded NUL or a lone surrogate ("cells[i]: …", as before), MemoryError. */
static int yjjh_py_pack_str(yjjh_py_pack *p, PyObject *s, Py_ssize_t i) {
    Py_ssize_t len, k;
    int kind;
    const void *data;
    unsigned char *d;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0) return -1;
#endif
    len = PyUnicode_GET_LENGTH(s);
    kind = PyUnicode_KIND(s);
    data = PyUnicode_DATA(s);
    if (PyUnicode_IS_ASCII(s)) {
        if (!(d = (unsigned char *)yjjh_py_pack_room(p, (size_t)len + 1))) goto nomem;
        if (len) memcpy(d, data, (size_t)len);
        if (len && memchr(d, 0, (size_t)len)) goto nul;
        d[len] = 0;
        p->len += (size_t)len + 1;
        return 0;
    }
    if ((size_t)len > (SIZE_MAX - 1) / 4 || !(d = (unsigned char *)yjjh_py_pack_room(p, (size_t)len * 4 + 1)))
        goto nomem;
    {
        unsigned char *o = d;
        if (kind == PyUnicode_1BYTE_KIND) { /* Latin-1: one or two bytes each */
            const Py_UCS1 *u = (const Py_UCS1 *)data;
            for (k = 0; k < len; k++) {
                Py_UCS1 c = u[k];
                if (c < 0x80) {
                    if (!c) goto nul;
                    *o++ = c;
                } else {
                    *o++ = (unsigned char)(0xC0 | (c >> 6));
                    *o++ = (unsigned char)(0x80 | (c & 0x3F));
                }
            }
        } else if (kind == PyUnicode_2BYTE_KIND) { /* the BMP (Chinese text): up to three bytes each */
            const Py_UCS2 *u = (const Py_UCS2 *)data;
            for (k = 0; k < len; k++) {
                Py_UCS2 c = u[k];
                if (c < 0x80) {
                    if (!c) goto nul;
                    *o++ = (unsigned char)c;
                } else if (c < 0x800) {
                    *o++ = (unsigned char)(0xC0 | (c >> 6));
                    *o++ = (unsigned char)(0x80 | (c & 0x3F));
                } else {
                    if (c >= 0xD800 && c <= 0xDFFF) goto surrogate;
                    *o++ = (unsigned char)(0xE0 | (c >> 12));
                    *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                    *o++ = (unsigned char)(0x80 | (c & 0x3F));
                }
            }
        } else {
            for (k = 0; k < len; k++) {
                Py_UCS4 c = PyUnicode_READ(kind, data, k);
                if (c < 0x80) {
                    if (!c) goto nul;
                    *o++ = (unsigned char)c;
                } else if (c < 0x800) {
                    *o++ = (unsigned char)(0xC0 | (c >> 6));
                    *o++ = (unsigned char)(0x80 | (c & 0x3F));
                } else if (c < 0x10000) {
                    if (c >= 0xD800 && c <= 0xDFFF) goto surrogate;
                    *o++ = (unsigned char)(0xE0 | (c >> 12));
                    *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                    *o++ = (unsigned char)(0x80 | (c & 0x3F));
                } else {
                    *o++ = (unsigned char)(0xF0 | (c >> 18));
                    *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
                    *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                    *o++ = (unsigned char)(0x80 | (c & 0x3F));
                }
            }
        }
        *o++ = 0;
        p->len += (size_t)(o - d);
    }
    return 0;
nul:
    PyErr_Format(PyExc_ValueError, "cells[%zd]: embedded NUL character", i);
    return -1;
surrogate:
    PyErr_Format(PyExc_ValueError, "cells[%zd]: not valid Unicode text (a lone surrogate)", i);
    return -1;
nomem:
    PyErr_NoMemory();
    return -1;
}

/* Cells of a list, a tuple or a numpy object array whose cells are all str, None, int or float (converted by
 * yjjh_py_text_cell without calling Python code), packed into pk: *offs (malloc'ed) the offset of each cell's
 * text, SIZE_MAX (YJJH_CELL_MISSING) when missing. No reference to any cell outlives the call, so other threads
 * may change the sequence meanwhile. The same str object in several cells is packed once (offsets repeat).
 * Returns 1 done, 0 when the sequence is of another kind or holds other
 * objects (the caller takes the general path), -1 with an exception. */
#define YJJH_PY_SEEN 256
static int yjjh_py_pack_cells(PyObject *obj, yjjh_py_pack *pk, size_t **offs, size_t *n) {
    PyObject *seen[YJJH_PY_SEEN]; /* str objects packed lately (no code runs meanwhile: none is freed) */
    size_t seen_off[YJJH_PY_SEEN];
    PyObject **items;
    size_t len, i;
    size_t *off = NULL, start;
    int kind;
    *offs = NULL;
    *n = 0;
    if (PyList_Check(obj)) {
        items = ((PyListObject *)obj)->ob_item;
        len = (size_t)PyList_GET_SIZE(obj);
    } else if (PyTuple_Check(obj)) {
        items = ((PyTupleObject *)obj)->ob_item;
        len = (size_t)PyTuple_GET_SIZE(obj);
    } else if ((kind = yjjh_py_object_slots(obj, &items, &len)) <= 0) {
        return kind;
    }
    if (!(off = (size_t *)malloc((len ? len : 1) * sizeof *off))) {
        PyErr_NoMemory();
        return -1;
    }
    start = pk->len;
    memset(seen, 0, sizeof seen);
    /* one pass; only cell types converted without Python code (no code may run while items is read): at any
     * other object the work so far is dropped and the caller takes the general path */
    for (i = 0; i < len; i++) {
        PyObject *v = items[i];
        off[i] = SIZE_MAX;
        if (!v || v == Py_None) continue;
        if (!PyUnicode_CheckExact(v) && !PyFloat_CheckExact(v) && !PyLong_CheckExact(v)) {
            free(off);
            pk->len = start;
            return 0;
        }
        if (PyUnicode_CheckExact(v)) {
            /* a str seen just before (frames share equal strs) is packed once: its cells share the text */
            size_t h = ((size_t)(uintptr_t)v >> 4) & (YJJH_PY_SEEN - 1);
            if (seen[h] == v) {
                off[i] = seen_off[h];
                continue;
            }
            off[i] = pk->len;
            if (yjjh_py_pack_str(pk, v, (Py_ssize_t)i) < 0) goto fail;
            seen[h] = v;
            seen_off[h] = off[i];
        } else { /* int or float: its text (None for NaN) */
            PyObject *t = yjjh_py_text_cell(v);
            int r;
            if (!t) goto fail;
            if (t == Py_None) {
                Py_DECREF(t);
                continue;
            }
            off[i] = pk->len;
            r = yjjh_py_pack_str(pk, t, (Py_ssize_t)i);
            Py_DECREF(t);
            if (r < 0) goto fail;
        }
    }
    *offs = off;
    *n = len;
    return 1;
fail:
    free(off);
    return -1;
}

/* yjjh_py_pack_cells as pointers: *out the n pointers into the buffer *keep (free() both). */
static int yjjh_py_cells_packed(PyObject *obj, const char ***out, size_t *n, char **keep) {
    yjjh_py_pack pk = {NULL, 0, 0};
    size_t *offs = NULL, len = 0, i;
    const char **ptrs;
    int r = yjjh_py_pack_cells(obj, &pk, &offs, &len);
    if (r <= 0) {
        free(pk.buf);
        return r;
    }
    if (!(ptrs = (const char **)calloc(len ? len : 1, sizeof *ptrs))) {
        free(offs);
        free(pk.buf);
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < len; i++)
        if (offs[i] != SIZE_MAX) ptrs[i] = pk.buf + offs[i];
    free(offs);
    *out = ptrs;
    *n = len;
    *keep = pk.buf ? pk.buf : (char *)malloc(1);
    return 1;
}

/* Cells of a text sequence as UTF-8 pointers (NULL = missing). A list, tuple or numpy object array of str /
 * None / int / float is packed by yjjh_py_cells_packed (*keep_bytes receives its buffer); any other sequence
 * goes through a new list: *keep receives that list, referenced only here, which owns every str the pointers
 * point into (the input's own cells and the converted ones), so other threads can neither change nor free them
 * while the GIL is released. */
static int yjjh_py_cells(PyObject *obj, const char ***out, size_t *n, PyObject **keep, char **keep_bytes) {
    PyObject *cells = NULL;
    const char **ptrs = NULL;
    Py_ssize_t len, i;
    int packed;
    *out = NULL;
    *n = 0;
    *keep = NULL;
    *keep_bytes = NULL;
    if (yjjh_py_is_text(obj)) {
        PyErr_SetString(PyExc_TypeError, "cells: expected a sequence of str or None, got a string");
        return -1;
    }
    if ((packed = yjjh_py_cells_packed(obj, out, n, keep_bytes)) != 0) return packed < 0 ? -1 : 0;
    cells = PySequence_List(obj); /* always a new list: the caller's sequence may change meanwhile */
    if (!cells) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "cells: expected a sequence of str or None, got %.100s", Py_TYPE(obj)->tp_name);
        return -1;
    }
    len = PyList_GET_SIZE(cells);
    ptrs = (const char **)calloc(len ? (size_t)len : 1, sizeof *ptrs);
    if (!ptrs) {
        Py_DECREF(cells);
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < len; i++) {
        PyObject *item = PyList_GET_ITEM(cells, i), *t;
        Py_ssize_t size = 0;
        const char *s;
        if (item == Py_None) continue;
        if (!PyUnicode_Check(item)) { /* convert, and keep the text in the list in place of the cell */
            if (!(t = yjjh_py_text_cell(item))) goto fail;
            if (t != Py_None && !PyUnicode_Check(t)) {
                PyErr_Format(PyExc_TypeError, "cells[%zd]: expected str or None, got %.100s", i, Py_TYPE(t)->tp_name);
                Py_DECREF(t);
                goto fail;
            }
            PyList_SET_ITEM(cells, i, t); /* the list is ours alone: replacing its item is safe */
            Py_DECREF(item);
            item = t;
            if (item == Py_None) continue;
        }
        s = PyUnicode_AsUTF8AndSize(item, &size);
        if (!s) {
            if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) { /* a lone surrogate has no UTF-8 form */
                PyErr_Clear();
                PyErr_Format(PyExc_ValueError, "cells[%zd]: not valid Unicode text (a lone surrogate)", i);
            }
            goto fail;
        }
        if ((size_t)size != strlen(s)) {
            PyErr_Format(PyExc_ValueError, "cells[%zd]: embedded NUL character", i);
            goto fail;
        }
        ptrs[i] = s;
    }
    *out = ptrs;
    *n = (size_t)len;
    *keep = cells;
    return 0;
fail:
    free((void *)ptrs);
    Py_DECREF(cells);
    return -1;
}

/* Any sequence of cells packed (yjjh_schools_set_cells_packed): the fast path of yjjh_py_pack_cells, else the
 * cells converted by yjjh_py_cells and copied into the buffer. pk->buf, *offs malloc'ed (free() both). */
static int yjjh_py_pack_any(PyObject *obj, yjjh_py_pack *pk, size_t **offs, size_t *n) {
    const char **ptrs = NULL;
    PyObject *keep = NULL;
    char *keep_bytes = NULL;
    size_t len = 0, i;
    int r;
    if (yjjh_py_is_text(obj)) {
        PyErr_SetString(PyExc_TypeError, "cells: expected a sequence of str or None, got a string");
        return -1;
    }
    if ((r = yjjh_py_pack_cells(obj, pk, offs, n)) != 0) return r < 0 ? -1 : 0;
    if (yjjh_py_cells(obj, &ptrs, &len, &keep, &keep_bytes) < 0) return -1;
    r = 0;
    if (!(*offs = (size_t *)malloc((len ? len : 1) * sizeof **offs))) {
        PyErr_NoMemory();
        r = -1;
    }
    for (i = 0; r == 0 && i < len; i++) {
        size_t sz;
        char *d;
        (*offs)[i] = SIZE_MAX;
        if (!ptrs[i]) continue;
        sz = strlen(ptrs[i]) + 1;
        if (!(d = yjjh_py_pack_room(pk, sz))) {
            PyErr_NoMemory();
            r = -1;
            break;
        }
        memcpy(d, ptrs[i], sz);
        (*offs)[i] = pk->len;
        pk->len += sz;
    }
    free((void *)ptrs);
    free(keep_bytes);
    Py_XDECREF(keep);
    if (r < 0) {
        free(*offs);
        *offs = NULL;
        return -1;
    }
    *n = len;
    return 0;
}

/* A bytes object for n native doubles (data pointer in *data); NULL with an exception on failure. */
static PyObject *yjjh_py_new_doubles(PyObject *len_obj, size_t *n, double **data) {
    PyObject *bytes;
    size_t len = PyLong_AsSize_t(len_obj);
    if (len == (size_t)-1 && PyErr_Occurred()) return NULL;
    if (len > (size_t)PY_SSIZE_T_MAX / sizeof(double)) return PyErr_NoMemory();
    bytes = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(len * sizeof(double)));
    if (!bytes) return NULL;
    *n = len;
    *data = (double *)(void *)PyBytes_AS_STRING(bytes);
    return bytes;
}

/* Text cells decoded into str, each distinct text once per run of a column: a cell equal to the previous one,
 * or to one in a small direct-mapped cache (hash of its bytes), gets the same str object (as pandas' CSV reader
 * shares equal strings), so columns of few distinct values (types, locations, county codes) cost one compare
 * per cell (the cache is turned off in a column where fewer than 1 in 8 of the first 4,096 texts repeat: ids,
 * names). The cache borrows: the texts live in the library for the call, the str objects in the output. */
/* The str of n bytes of UTF-8 text: valid UTF-8 (the library's texts) decoded in two passes straight into a
 * str of the right kind (counting, then writing: no resizing); anything else by PyUnicode_DecodeUTF8 with
 * "replace", as before. */
static PyObject *yjjh_py_decode(const char *s, size_t len) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n = 0;
    Py_UCS4 maxc = 0;
    PyObject *o;
    while (i < len) {
        unsigned char c = u[i];
        Py_UCS4 cp;
        if (c < 0x80) {
            i++;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
            cp = ((Py_UCS4)(c & 0x1F) << 6) | (u[i + 1] & 0x3F);
            if (cp < 0x80) goto slow;
            if (cp > maxc) maxc = cp;
            i += 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < len && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
            cp = ((Py_UCS4)(c & 0x0F) << 12) | ((Py_UCS4)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) goto slow;
            if (cp > maxc) maxc = cp;
            i += 3;
        } else if ((c & 0xF8) == 0xF0 && i + 3 < len && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 &&
                   (u[i + 3] & 0xC0) == 0x80) {
            cp = ((Py_UCS4)(c & 0x07) << 18) | ((Py_UCS4)(u[i + 1] & 0x3F) << 12) |
                 ((Py_UCS4)(u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF) goto slow;
            if (cp > maxc) maxc = cp;
            i += 4;
        } else {
            goto slow;
        }
        n++;
    }
    if (maxc < 0x80) return PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, "replace"); /* ASCII: its fast path */
    if (!(o = PyUnicode_New((Py_ssize_t)n, maxc))) return NULL;
    {
        int kind = PyUnicode_KIND(o);
        void *data = PyUnicode_DATA(o);
        size_t k = 0;
        for (i = 0; i < len; k++) {
            unsigned char c = u[i];
            Py_UCS4 cp;
            if (c < 0x80) {
                cp = c;
                i++;
            } else if (c < 0xE0) {
                cp = ((Py_UCS4)(c & 0x1F) << 6) | (u[i + 1] & 0x3F);
                i += 2;
            } else if (c < 0xF0) {
                cp = ((Py_UCS4)(c & 0x0F) << 12) | ((Py_UCS4)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
                i += 3;
            } else {
                cp = ((Py_UCS4)(c & 0x07) << 18) | ((Py_UCS4)(u[i + 1] & 0x3F) << 12) |
                     ((Py_UCS4)(u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
                i += 4;
            }
            PyUnicode_WRITE(kind, data, (Py_ssize_t)k, cp);
        }
    }
    return o;
slow:
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, "replace");
}

#define YJJH_PY_STR_CACHE 512
typedef struct yjjh_py_str_cache {
    const char *text[YJJH_PY_STR_CACHE];
    size_t len[YJJH_PY_STR_CACHE];
    PyObject *str[YJJH_PY_STR_CACHE];
    const char *prev;
    size_t prev_len;
    PyObject *prev_str;
    size_t lookups, hits; /* of the cache, to turn it off (off = 1) in a column of distinct texts */
    int off;
} yjjh_py_str_cache;

/* A new reference to the str of text s (NULL -> None). */
static PyObject *yjjh_py_cached_str(yjjh_py_str_cache *c, const char *s) {
    size_t len, h;
    PyObject *o;
    if (!s) Py_RETURN_NONE;
    len = strlen(s);
    if (c->prev_str && len == c->prev_len && (s == c->prev || memcmp(s, c->prev, len) == 0)) {
        Py_INCREF(c->prev_str);
        return c->prev_str;
    }
    if (c->off) /* the cache found too few equal texts in this column: decode each */
        goto decode;
    if (++c->lookups == 4096 && c->hits < 512) c->off = 1;
    {
        uint64_t a = 0, b = 0, x;
        if (len >= 8) {
            memcpy(&a, s, 8);
            memcpy(&b, s + len - 8, 8);
        } else {
            memcpy(&a, s, len);
        }
        x = (a * UINT64_C(0x9E3779B97F4A7C15)) ^ (b * UINT64_C(0xC2B2AE3D27D4EB4F)) ^ ((uint64_t)len << 1);
        h = (size_t)(x >> 40) & (YJJH_PY_STR_CACHE - 1);
    }
    if (c->str[h] && c->len[h] == len && memcmp(c->text[h], s, len) == 0) {
        o = c->str[h];
        c->hits++;
    } else {
        if (!(o = yjjh_py_decode(s, len))) return NULL;
        c->text[h] = s;
        c->len[h] = len;
        c->str[h] = o; /* borrowed: the output holds it */
        c->prev = s;
        c->prev_len = len;
        c->prev_str = o;
        return o; /* the new reference goes to the output */
    }
    c->prev = s;
    c->prev_len = len;
    c->prev_str = o;
    Py_INCREF(o);
    return o;
decode:
    if (!(o = yjjh_py_decode(s, len))) return NULL;
    c->prev = s;
    c->prev_len = len;
    c->prev_str = o; /* borrowed, held by the output */
    return o;
}

/* The str (NULL -> None) of n library strings: into target when it is a writable 1-D numpy object array of n
 * elements (filled in place; a new reference to it returned), else (target NULL) as a new list. */
static PyObject *yjjh_py_texts_out(PyObject *target, const char *const *v, size_t n) {
    size_t i;
    yjjh_py_str_cache *c = (yjjh_py_str_cache *)calloc(1, sizeof *c);
    PyObject *l = NULL, **slots = NULL;
    if (!c) return PyErr_NoMemory();
    if (target) {
        size_t len = 0;
        int r = yjjh_py_object_slots(target, &slots, &len);
        if (r == 0)
            PyErr_SetString(PyExc_TypeError, "out: expected a writable 1-dimensional numpy array of dtype object");
        else if (len != n)
            PyErr_Format(PyExc_ValueError, "out: expected %zu elements, got %zu", n, len);
        if (r <= 0 || len != n) goto fail;
        for (i = 0; i < n; i++) /* so that replacing an element can run no code (no __del__) */
            if (slots[i] && slots[i] != Py_None) {
                PyErr_SetString(PyExc_ValueError, "out: expected an array of None (numpy.empty(n, dtype=object))");
                goto fail;
            }
        /* Only C runs below (no code can change target), and every cell becomes a str or None. */
        for (i = 0; i < n; i++) {
            PyObject *s = yjjh_py_cached_str(c, v[i]), *old;
            if (!s) goto fail;
            old = slots[i];
            slots[i] = s;
            Py_XDECREF(old);
        }
        free(c);
        Py_INCREF(target);
        return target;
    }
    if (!(l = PyList_New((Py_ssize_t)n))) goto fail;
    for (i = 0; i < n; i++) {
        PyObject *s = yjjh_py_cached_str(c, v[i]);
        if (!s) goto fail;
        PyList_SET_ITEM(l, (Py_ssize_t)i, s);
    }
    free(c);
    return l;
fail:
    free(c);
    Py_XDECREF(l);
    return NULL;
}

%}

/* ---- number arrays in: IN_DOUBLES (copied), IN_WEIGHTS (None = equal weights: NULL, 0) ---- */

/* A C-contiguous 1-D buffer of native doubles (numpy float64, array('d')) is read in place, held for the call
 * (its memory cannot be freed or resized meanwhile); anything else is copied by yjjh_py_doubles. */
%{
static int yjjh_py_doubles_view(PyObject *obj, Py_buffer *view) {
    if (yjjh_py_is_text(obj) || !PyObject_CheckBuffer(obj)) return 0;
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        PyErr_Clear();
        return 0;
    }
    if (view->ndim == 1 && view->itemsize == (Py_ssize_t)sizeof(double) && yjjh_py_is_native_double(view->format))
        return 1;
    PyBuffer_Release(view);
    return 0;
}
%}
%typemap(in) (const double *IN_DOUBLES, size_t IN_LEN) (double *tmparr = NULL, Py_buffer tmpview, int tmphasview = 0) {
    if ((tmphasview = yjjh_py_doubles_view($input, &tmpview)) != 0 && tmpview.len > 0) {
        $1 = (double *)tmpview.buf;
        $2 = (size_t)tmpview.len / sizeof(double);
    } else {
        if (yjjh_py_doubles($input, "$1_name", &tmparr, &$2) < 0) SWIG_fail;
        $1 = tmparr;
    }
}
%typemap(freearg) (const double *IN_DOUBLES, size_t IN_LEN) {
    if (tmphasview$argnum) PyBuffer_Release(&tmpview$argnum);
    free(tmparr$argnum);
}

%typemap(in) (const double *IN_WEIGHTS, size_t IN_LEN) (double *tmparr = NULL) {
    if ($input == Py_None) {
        $1 = NULL;
        $2 = 0;
    } else {
        if (yjjh_py_doubles($input, "weights", &tmparr, &$2) < 0) SWIG_fail;
        $1 = tmparr;
    }
}
%typemap(freearg) (const double *IN_WEIGHTS, size_t IN_LEN) {
    free(tmparr$argnum);
}

/* ---- three numbers (primary, junior, senior) in, or None; two 3-tuples out ---- */

%typemap(in) const double *IN_THREE (double tmp3[3]) {
    if (yjjh_py_three($input, "$1_name", tmp3) < 0) SWIG_fail;
    $1 = tmp3;
}
%typemap(in) const double *IN_THREE_OR_NONE (double tmp3[3]) {
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (yjjh_py_three($input, "$1_name", tmp3) < 0) SWIG_fail;
        $1 = tmp3;
    }
}
%typemap(in, numinputs=0) double *OUT_THREE (double tmp3[3]) {
    tmp3[0] = tmp3[1] = tmp3[2] = 0.0;
    $1 = tmp3;
}
%typemap(argout) double *OUT_THREE {
    PyObject *t_ = Py_BuildValue("(ddd)", $1[0], $1[1], $1[2]);
    if (!t_) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, t_);
}

/* ---- physical line numbers (a sequence of ints, or None) ---- */

%typemap(in) (const size_t *IN_LINES, size_t IN_LEN) (size_t *tmplines = NULL) {
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
%typemap(freearg) (const size_t *IN_LINES, size_t IN_LEN) {
    free(tmplines$argnum);
}

/* ---- cells in: a sequence of str / None / numbers (converted by yjjh_py_text_cell), owned for the call ---- */

%typemap(in) (const char *const *IN_CELLS, size_t IN_LEN) (PyObject *tmpkeep = NULL, char *tmpbytes = NULL,
                                                            const char **tmpstrs = NULL) {
    if (yjjh_py_cells($input, &tmpstrs, &$2, &tmpkeep, &tmpbytes) < 0) SWIG_fail;
    $1 = ($1_ltype)tmpstrs;
}
%typemap(freearg) (const char *const *IN_CELLS, size_t IN_LEN) {
    free((void *)tmpstrs$argnum);
    free(tmpbytes$argnum);
    Py_XDECREF(tmpkeep$argnum);
}

/* ---- cells in, packed: the same sequences as IN_CELLS, as one buffer of texts and their offsets ---- */

%typemap(in) (const char *IN_PACKED_BYTES, size_t IN_PACKED_LEN, const size_t *IN_PACKED_OFFSETS, size_t IN_LEN)
    (yjjh_py_pack tmppack = {NULL, 0, 0}, size_t *tmpoffs = NULL) {
    if (yjjh_py_pack_any($input, &tmppack, &tmpoffs, &$4) < 0) SWIG_fail;
    $1 = tmppack.buf;
    $2 = tmppack.len;
    $3 = tmpoffs;
}
%typemap(freearg) (const char *IN_PACKED_BYTES, size_t IN_PACKED_LEN, const size_t *IN_PACKED_OFFSETS, size_t IN_LEN) {
    free(tmppack$argnum.buf);
    free(tmpoffs$argnum);
}

/* ---- plain text arguments (paths, county codes, keys, names) ----
 * A str (or None -> NULL) as UTF-8; a NUL character inside is a ValueError, as for open(), instead of the C side
 * seeing the text cut at the NUL ("350502\0evil" -> "350502"). The UTF-8 buffer belongs to the str, which the
 * call's argument tuple keeps alive (also while a %thread call runs without the GIL). */
%typemap(in) const char * {
    if ($input == Py_None) {
        $1 = NULL;
    } else if (PyUnicode_Check($input)) {
        Py_ssize_t size_ = 0;
        const char *u_ = PyUnicode_AsUTF8AndSize($input, &size_);
        if (!u_) SWIG_fail;
        if ((size_t)size_ != strlen(u_)) {
            PyErr_SetString(PyExc_ValueError, "embedded null character in a text argument");
            SWIG_fail;
        }
        $1 = (char *)u_;
    } else {
        PyErr_Format(PyExc_TypeError, "expected str or None, got %.100s", Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
}
%typemap(freearg) const char * "";
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char * {
    $1 = ($input == Py_None || PyUnicode_Check($input)) ? 1 : 0;
}

/* ---- bytes/str in memory (CSV, JSON) ---- */

%typemap(in) (const char *IN_BYTES, size_t IN_LEN) {
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

/* ---- columns out (caller-provided arrays of the C API; Python passes the length, or the array to fill) ----
 * OUT_COLUMN: n -> bytes of n native doubles (numpy.frombuffer makes them a column without a copy); or a
 *             writable C-contiguous buffer of native doubles (a numpy float64 array, a row of a 2-D block),
 *             filled in place and returned (held for the call).
 * OUT_TEXTS:  n -> list of n str (NULL -> None), converted while the handle is still held; or a numpy object
 *             array of n None (numpy.empty(n, dtype=object)), filled in place and returned. Equal texts share
 *             one str (yjjh_py_cached_str). */

%typemap(in) (double *OUT_COLUMN, size_t OUT_LEN) (PyObject *tmpbytes = NULL, double *tmpdata = NULL,
                                                   Py_buffer tmpview, int tmphasview = 0) {
    if (PyLong_Check($input)) {
        tmpbytes = yjjh_py_new_doubles($input, &$2, &tmpdata);
        if (!tmpbytes) SWIG_fail;
    } else {
        static double empty_;
        if (PyObject_GetBuffer($input, &tmpview, PyBUF_WRITABLE | PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "out: expected a length or a writable contiguous float64 array, got %.100s",
                         Py_TYPE($input)->tp_name);
            SWIG_fail;
        }
        tmphasview = 1;
        if (tmpview.itemsize != (Py_ssize_t)sizeof(double) || !yjjh_py_is_native_double(tmpview.format)) {
            PyErr_SetString(PyExc_TypeError, "out: expected an array of native float64");
            SWIG_fail;
        }
        $2 = (size_t)tmpview.len / sizeof(double);
        tmpdata = $2 ? (double *)tmpview.buf : &empty_;
        Py_INCREF($input);
        tmpbytes = $input;
    }
    $1 = tmpdata;
}
%typemap(argout) (double *OUT_COLUMN, size_t OUT_LEN) {
    $result = SWIG_Python_AppendOutput($result, tmpbytes$argnum);
    tmpbytes$argnum = NULL;
}
%typemap(freearg) (double *OUT_COLUMN, size_t OUT_LEN) {
    if (tmphasview$argnum) PyBuffer_Release(&tmpview$argnum);
    Py_XDECREF(tmpbytes$argnum);
}

%typemap(in) (const char **OUT_TEXTS, size_t OUT_LEN) (const char **tmpptrs = NULL, PyObject *tmptarget = NULL) {
    size_t len_;
    if (PyLong_Check($input)) {
        len_ = PyLong_AsSize_t($input);
        if (len_ == (size_t)-1 && PyErr_Occurred()) SWIG_fail;
    } else {
        PyObject **slots_;
        int r_ = yjjh_py_object_slots($input, &slots_, &len_);
        if (r_ < 0) SWIG_fail;
        if (r_ == 0) {
            PyErr_Format(PyExc_TypeError, "out: expected a length or a numpy object array, got %.100s",
                         Py_TYPE($input)->tp_name);
            SWIG_fail;
        }
        tmptarget = $input;
    }
    if (len_ > (size_t)PY_SSIZE_T_MAX / sizeof(char *)) { PyErr_NoMemory(); SWIG_fail; }
    tmpptrs = (const char **)calloc(len_ ? len_ : 1, sizeof *tmpptrs);
    if (!tmpptrs) { PyErr_NoMemory(); SWIG_fail; }
    $1 = ($1_ltype)tmpptrs;
    $2 = len_;
}
%typemap(argout) (const char **OUT_TEXTS, size_t OUT_LEN) {
    PyObject *l_ = yjjh_py_texts_out(tmptarget$argnum, (const char *const *)$1, $2);
    if (!l_) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, l_);
}
%typemap(freearg) (const char **OUT_TEXTS, size_t OUT_LEN) {
    free((void *)tmpptrs$argnum);
}

/* ---- conventional outputs (outputs first and named `out`) ---- */

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

/* Handles out: proxy objects that own the handle (freed by the class destructor). */
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

/* ---- reader options in ----
 * IN_READ_OPTIONS: None, or a dict with any of "encoding", "sheet" (str or None), "header_row" (int ≥ 0),
 * "columns" (the mapping's JSON text, str or bytes) and "columns_name" (str). The texts are copied for the call
 * (it may release the GIL) and freed after it. */
%{
typedef struct yjjh_py_read_options {
    yjjh_read_options o;
    char *owned[4];
} yjjh_py_read_options;

/* Copy of the str / bytes value of d[key] into *out (NULL for a missing key or None); *len its size. */
static int yjjh_py_opt_text(PyObject *d, const char *key, char **out, size_t *len) {
    PyObject *v = PyDict_GetItemString(d, key); /* borrowed */
    char *p = NULL;
    Py_ssize_t n = 0;
    *out = NULL;
    if (!v || v == Py_None) return 0;
    if (PyBytes_Check(v)) {
        if (PyBytes_AsStringAndSize(v, &p, &n) < 0) return -1;
    } else if (PyUnicode_Check(v)) {
        const char *u = PyUnicode_AsUTF8AndSize(v, &n);
        if (!u) return -1;
        p = (char *)u;
    } else {
        PyErr_Format(PyExc_TypeError, "read option %s: expected str, got %.100s", key, Py_TYPE(v)->tp_name);
        return -1;
    }
    *out = (char *)malloc((size_t)n + 1);
    if (!*out) { PyErr_NoMemory(); return -1; }
    memcpy(*out, p, (size_t)n);
    (*out)[n] = '\0';
    if (len) *len = (size_t)n;
    return 0;
}

static int yjjh_py_read_options_in(yjjh_py_read_options *r, PyObject *obj) {
    static const yjjh_read_options init = YJJH_READ_OPTIONS_INIT;
    PyObject *hr;
    r->o = init;
    if (obj == Py_None) return 0;
    if (!PyDict_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "read options: expected a dict, got %.100s", Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (yjjh_py_opt_text(obj, "encoding", &r->owned[0], NULL) < 0 ||
        yjjh_py_opt_text(obj, "sheet", &r->owned[1], NULL) < 0 ||
        yjjh_py_opt_text(obj, "columns", &r->owned[2], &r->o.columns_len) < 0 ||
        yjjh_py_opt_text(obj, "columns_name", &r->owned[3], NULL) < 0)
        return -1;
    r->o.encoding = r->owned[0];
    r->o.sheet = r->owned[1];
    r->o.columns = r->owned[2];
    r->o.columns_name = r->owned[3];
    hr = PyDict_GetItemString(obj, "header_row");
    if (hr && hr != Py_None) {
        long v = PyLong_AsLong(hr);
        if (v == -1 && PyErr_Occurred()) return -1;
        if (v < 0) {
            PyErr_SetString(PyExc_ValueError, "read option header_row must be ≥ 1 (or 0/None to find the header)");
            return -1;
        }
        r->o.header_row = (size_t)v;
    }
    return 0;
}
%}
%typemap(in) const yjjh_read_options *IN_READ_OPTIONS (yjjh_py_read_options tmpopts = {YJJH_READ_OPTIONS_INIT, {NULL, NULL, NULL, NULL}}) {
    if (yjjh_py_read_options_in(&tmpopts, $input) < 0) SWIG_fail;
    $1 = &tmpopts.o;
}
%typemap(freearg) const yjjh_read_options *IN_READ_OPTIONS {
    for (int i_ = 0; i_ < 4; i_++) free(tmpopts$argnum.owned[i_]);
}
