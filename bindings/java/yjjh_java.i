/* SPDX-License-Identifier: MIT */
/*
 * yjjh_java.i — the Java part of the libyjjh SWIG interface (included by bindings/swig/yjjh.i before the headers).
 *
 * Generates the internal package cn.yjjh.internal (class `core` with the functions and constants, proxy classes
 * for the handles and the versioned records) and the JNI library libyjjh_jni.so. The public, idiomatic API is the
 * hand-written package cn.yjjh (bindings/java/src/cn/yjjh); nothing outside it should call cn.yjjh.internal.
 *
 * Conventions, mirroring the Python part (bindings/python/swig):
 *  - yjjh_status: a Java method returns it as an int that is always 0; a non-OK status throws the
 *    cn.yjjh.YjjhException subclass of its category (built by cn.yjjh.YjjhException.fromNative; functions with
 *    a diagnostics list attach every problem);
 *  - outputs (first, named `out`) are holder arrays of length >= 1: `Schools[] out`, `String[] out`,
 *    `byte[][] out` (text the library allocated: JSON, CSV), `double[] out`, `int[] out` (enums);
 *  - strings cross as real UTF-8 (byte[] at the JNI boundary, encoded and decoded in Java by Utf8), never as
 *    JNI "modified UTF-8", so characters outside the BMP (rare CJK school names) survive; a string with a NUL
 *    character is refused (IllegalArgumentException);
 *  - input arrays are copied into C memory before the call, output arrays are caller-sized Java arrays;
 *  - enums are int constants (enumtypeunsafe), records are proxy classes whose constructor sets the version.
 * Placeholder typemaps (IN_DOUBLES, OUT_COLUMN, YJJH_DIAG, …) reach a function only through the %apply lines
 * of bindings/swig/yjjh.i, exactly as in Python.
 */

%include "enumtypeunsafe.swg"
%javaconst(1);

%{
#include <stdlib.h>
#include <string.h>

/* A new byte[] with the n bytes of s (NULL with a pending OutOfMemoryError on failure). */
static jbyteArray yjjh_java_bytes(JNIEnv *jenv, const char *s, size_t n) {
    jbyteArray b;
    if (n > 0x7fffffff) {
        jclass c = (*jenv)->FindClass(jenv, "java/lang/OutOfMemoryError");
        if (c) (*jenv)->ThrowNew(jenv, c, "libyjjh: text larger than 2 GiB");
        return NULL;
    }
    b = (*jenv)->NewByteArray(jenv, (jsize)n);
    if (b && n) (*jenv)->SetByteArrayRegion(jenv, b, 0, (jsize)n, (const jbyte *)s);
    return b;
}

/* A malloc'ed NUL-terminated copy of a byte[] (the Java side appended the NUL); NULL for a null array. Sets
 * *fail (with a pending exception) when memory runs out. */
static char *yjjh_java_cstr(JNIEnv *jenv, jbyteArray a, int *fail) {
    jsize n;
    char *s;
    *fail = 0;
    if (!a) return NULL;
    n = (*jenv)->GetArrayLength(jenv, a);
    s = (char *)malloc((size_t)n + 1);
    if (!s) {
        SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
        *fail = 1;
        return NULL;
    }
    if (n) (*jenv)->GetByteArrayRegion(jenv, a, 0, n, (jbyte *)s);
    s[n] = '\0';
    return s;
}

/* Throw the Java exception of a non-OK status: cn.yjjh.YjjhException.fromNative(code, text, messages, lines,
 * columns, codes, files, texts) builds the subclass of the status category with every diagnostic of diag (may be
 * NULL). Never fails to leave *some* exception pending. */
static void yjjh_java_throw(JNIEnv *jenv, yjjh_status status, const yjjh_diag *diag) {
    enum { N_TEXTS = 5 }; /* message, column, code name, file, text */
    size_t i, count = diag ? yjjh_diag_count(diag) : 0;
    jclass bytes_class = NULL, exc_class = NULL;
    jobjectArray arrays[N_TEXTS] = {NULL, NULL, NULL, NULL, NULL};
    jlongArray lines = NULL;
    jbyteArray text = NULL;
    jmethodID factory;
    jobject exc;
    int k;
    const char *s = yjjh_strerror(status);

    if ((*jenv)->ExceptionCheck(jenv)) return; /* an earlier typemap already threw */
    if (count > 0x7fffffff) count = 0x7fffffff;
    bytes_class = (*jenv)->FindClass(jenv, "[B");
    if (!bytes_class) goto fallback;
    for (k = 0; k < N_TEXTS; k++) {
        arrays[k] = (*jenv)->NewObjectArray(jenv, (jsize)count, bytes_class, NULL);
        if (!arrays[k]) goto fallback;
    }
    lines = (*jenv)->NewLongArray(jenv, (jsize)count);
    text = yjjh_java_bytes(jenv, s, strlen(s));
    if (!lines || !text) goto fallback;
    for (i = 0; i < count; i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        const char *parts[N_TEXTS];
        jlong line;
        if (yjjh_diag_get(&e, diag, i) != YJJH_OK) continue;
        parts[0] = e.message;
        parts[1] = e.column;
        parts[2] = yjjh_problem_code_name(e.code);
        parts[3] = e.file;
        parts[4] = e.text;
        for (k = 0; k < N_TEXTS; k++) {
            const char *p = parts[k] ? parts[k] : "";
            jbyteArray b = yjjh_java_bytes(jenv, p, strlen(p));
            if (!b) goto fallback;
            (*jenv)->SetObjectArrayElement(jenv, arrays[k], (jsize)i, b);
            (*jenv)->DeleteLocalRef(jenv, b);
        }
        line = (jlong)e.line;
        (*jenv)->SetLongArrayRegion(jenv, lines, (jsize)i, 1, &line);
    }
    exc_class = (*jenv)->FindClass(jenv, "cn/yjjh/YjjhException");
    if (!exc_class) goto fallback;
    factory = (*jenv)->GetStaticMethodID(jenv, exc_class, "fromNative",
                                         "(I[B[[B[J[[B[[B[[B[[B)Lcn/yjjh/YjjhException;");
    if (!factory) goto fallback;
    exc = (*jenv)->CallStaticObjectMethod(jenv, exc_class, factory, (jint)status, text, arrays[0], lines, arrays[1],
                                          arrays[2], arrays[3], arrays[4]);
    if (!exc || (*jenv)->ExceptionCheck(jenv)) goto fallback;
    (*jenv)->Throw(jenv, (jthrowable)exc);
    return;
fallback:
    /* cn.yjjh missing (internal package used alone) or out of memory: still throw something meaningful. */
    if (!(*jenv)->ExceptionCheck(jenv)) SWIG_JavaThrowException(jenv, SWIG_JavaRuntimeException, s);
}

/* Whether a holder array argument can take one element; throws IllegalArgumentException otherwise. */
static int yjjh_java_holder_ok(JNIEnv *jenv, jarray a) {
    if (!a || (*jenv)->GetArrayLength(jenv, a) < 1) {
        SWIG_JavaThrowException(jenv, SWIG_JavaIllegalArgumentException, "out: an array of length >= 1 is required");
        return 0;
    }
    return 1;
}
%}

/* ---- loading the JNI library: the system property yjjh.jni.library (an absolute path) if set, else
 * System.loadLibrary("yjjh_jni") from java.library.path ---- */
%pragma(java) jniclasscode=%{
  static {
    String path = System.getProperty("yjjh.jni.library");
    if (path != null && !path.isEmpty()) {
      System.load(path);
    } else {
      System.loadLibrary("yjjh_jni");
    }
  }
%}
%pragma(java) jniclassclassmodifiers="public final class"
%pragma(java) moduleclassmodifiers="public final class"

/* ---- proxies: public constructor/getCPtr (the cn.yjjh package wraps them), no finalizer (cn.yjjh frees
 * handles by close() and a java.lang.ref.Cleaner; records are freed by delete() or the GC-independent
 * try/finally of their user) ---- */
SWIG_JAVABODY_PROXY(public, public, SWIGTYPE)
SWIG_JAVABODY_TYPEWRAPPER(public, public, public, SWIGTYPE)
%typemap(javafinalize) SWIGTYPE ""

/* Records are read-only in Java (their constructors below set the version); no global is writable either. */
%immutable;

/* ---- status → exception ---- */

/* The Java method returns the status as an int, which is always 0 (OK): any other status has thrown. */
%typemap(out) yjjh_status {
    $result = (jint)$1;
    if ($1 != YJJH_OK) yjjh_java_throw(jenv, $1, NULL);
}
/* Functions with a diagnostics list: the YJJH_DIAG argout throws, with the problems (the same list as the
 * Python part's exceptions.i). */
%typemap(out) yjjh_status yjjh_profile_load_file, yjjh_status yjjh_profile_load_json,
              yjjh_status yjjh_schools_validate, yjjh_status yjjh_schools_evaluate,
              yjjh_status yjjh_schools_evaluate_ex,
              yjjh_status yjjh_schools_read_file, yjjh_status yjjh_schools_read_buffer,
              yjjh_status yjjh_schools_set_cells, yjjh_status yjjh_schools_set_cells_packed,
              yjjh_status yjjh_facts_read_file, yjjh_status yjjh_facts_read_buffer {
    $result = (jint)$1;
}

%typemap(in, numinputs=0) yjjh_diag *YJJH_DIAG (yjjh_diag *tmpdiag = NULL) {
    if (yjjh_diag_new(&tmpdiag) != YJJH_OK) {
        SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
        return $null;
    }
    $1 = tmpdiag;
}
%typemap(argout) yjjh_diag *YJJH_DIAG {
    if (result != YJJH_OK) yjjh_java_throw(jenv, result, $1);
}
%typemap(freearg) yjjh_diag *YJJH_DIAG {
    yjjh_diag_free(tmpdiag$argnum);
}

/* ---- strings: UTF-8 byte[] at the JNI boundary ---- */

%typemap(jni) const char * "jbyteArray"
%typemap(jtype) const char * "byte[]"
%typemap(jstype) const char * "String"
%typemap(javain) const char * "cn.yjjh.internal.Utf8.encode($javainput)"
%typemap(javaout) const char * {
    return cn.yjjh.internal.Utf8.decode($jnicall);
  }
%typemap(in) const char * (int tmpfail = 0) {
    $1 = ($1_ltype)yjjh_java_cstr(jenv, $input, &tmpfail);
    if (tmpfail) return $null;
}
%typemap(freearg) const char * {
    free((void *)$1);
}
%typemap(out) const char * {
    $result = $1 ? yjjh_java_bytes(jenv, $1, strlen($1)) : NULL;
}

/* ---- conventional outputs ---- */

/* double *out: a double[] holder, written on success. */
%typemap(jni) double *out, double *out_scale "jdoubleArray"
%typemap(jtype) double *out, double *out_scale "double[]"
%typemap(jstype) double *out, double *out_scale "double[]"
%typemap(javain) double *out, double *out_scale "$javainput"
%typemap(in) double *out (double tmpnum = 0.0), double *out_scale (double tmpnum = 0.0) {
    if (!yjjh_java_holder_ok(jenv, $input)) return $null;
    $1 = &tmpnum;
}
%typemap(argout) double *out, double *out_scale {
    if (result == YJJH_OK) {
        jdouble v_ = (jdouble)*$1;
        (*jenv)->SetDoubleArrayRegion(jenv, $input, 0, 1, &v_);
    }
}

%typemap(jni) yjjh_column *out, yjjh_column *out_col "jintArray"
%typemap(jtype) yjjh_column *out, yjjh_column *out_col "int[]"
%typemap(jstype) yjjh_column *out, yjjh_column *out_col "int[]"
%typemap(javain) yjjh_column *out, yjjh_column *out_col "$javainput"
%typemap(in) yjjh_column *out (yjjh_column tmpcol = (yjjh_column)0),
             yjjh_column *out_col (yjjh_column tmpcol = (yjjh_column)0) {
    if (!yjjh_java_holder_ok(jenv, $input)) return $null;
    $1 = &tmpcol;
}
%typemap(argout) yjjh_column *out, yjjh_column *out_col {
    if (result == YJJH_OK) {
        jint v_ = (jint)*$1;
        (*jenv)->SetIntArrayRegion(jenv, $input, 0, 1, &v_);
    }
}

/* A static or owned string: String[] holder. */
%typemap(jni) const char **out "jobjectArray"
%typemap(jtype) const char **out "byte[][]"
%typemap(jstype) const char **out "String[]"
%typemap(javain, pre="    byte[][] tmp$javainput = cn.yjjh.internal.Utf8.holder($javainput);",
         post="      cn.yjjh.internal.Utf8.decodeInto(tmp$javainput, $javainput);") const char **out "tmp$javainput"
%typemap(in) const char **out (const char *tmpstr = NULL) {
    $1 = ($1_ltype)&tmpstr;
}
%typemap(argout) const char **out {
    if (result == YJJH_OK && tmpstr$argnum) {
        jbyteArray b_ = yjjh_java_bytes(jenv, tmpstr$argnum, strlen(tmpstr$argnum));
        if (b_) (*jenv)->SetObjectArrayElement(jenv, $input, 0, b_);
    }
}
%typemap(freearg) const char **out ""

/* Text the library allocated (JSON, CSV): the exact bytes, freed with yjjh_free(). */
%typemap(jni) char **out "jobjectArray"
%typemap(jtype) char **out "byte[][]"
%typemap(jstype) char **out "byte[][]"
%typemap(javain) char **out "$javainput"
%typemap(in) char **out (char *tmptext = NULL) {
    if (!yjjh_java_holder_ok(jenv, $input)) return $null;
    $1 = &tmptext;
}
%typemap(argout) char **out {
    if (result == YJJH_OK && tmptext$argnum) {
        jbyteArray b_ = yjjh_java_bytes(jenv, tmptext$argnum, strlen(tmptext$argnum));
        if (b_) (*jenv)->SetObjectArrayElement(jenv, $input, 0, b_);
    }
}
%typemap(freearg) char **out {
    yjjh_free(tmptext$argnum);
}

/* Handles out: `Schools[] out` receives a proxy that owns the handle. */
%define YJJH_JAVA_HANDLE_OUT(TYPE, JCLASS)
%typemap(jni) TYPE **out "jlongArray"
%typemap(jtype) TYPE **out "long[]"
%typemap(jstype) TYPE **out "JCLASS[]"
%typemap(javain, pre="    if ($javainput == null || $javainput.length < 1) throw new IllegalArgumentException(\"out: an array of length >= 1 is required\");\n    long[] tmp$javainput = new long[1];",
         post="      $javainput[0] = tmp$javainput[0] == 0 ? null : new JCLASS(tmp$javainput[0], true);") TYPE **out "tmp$javainput"
%typemap(in) TYPE **out (TYPE *tmphandle = NULL) {
    $1 = &tmphandle;
}
%typemap(argout) TYPE **out {
    if (result == YJJH_OK && tmphandle$argnum) {
        jlong v_ = 0;
        *(TYPE **)(void *)&v_ = tmphandle$argnum;
        (*jenv)->SetLongArrayRegion(jenv, $input, 0, 1, &v_);
        tmphandle$argnum = NULL;
    }
}
%typemap(freearg) TYPE **out {
    TYPE##_free(tmphandle$argnum); /* only when the handle could not be handed over */
}
%enddef
YJJH_JAVA_HANDLE_OUT(yjjh_profile, Profile)
YJJH_JAVA_HANDLE_OUT(yjjh_schools, Schools)
YJJH_JAVA_HANDLE_OUT(yjjh_facts, Facts)
YJJH_JAVA_HANDLE_OUT(yjjh_result, Result)

/* ---- placeholder typemaps (applied by name in bindings/swig/yjjh.i) ---- */

/* (const double *IN_DOUBLES, size_t IN_LEN): double[] copied; null passes NULL (the library reports it). */
%define YJJH_JAVA_DOUBLES_IN(NAME)
%typemap(jni) (const double *NAME, size_t IN_LEN) "jdoubleArray"
%typemap(jtype) (const double *NAME, size_t IN_LEN) "double[]"
%typemap(jstype) (const double *NAME, size_t IN_LEN) "double[]"
%typemap(javain) (const double *NAME, size_t IN_LEN) "$javainput"
%typemap(in) (const double *NAME, size_t IN_LEN) (double *tmparr = NULL) {
    $1 = NULL;
    $2 = 0;
    if ($input) {
        jsize n_ = (*jenv)->GetArrayLength(jenv, $input);
        tmparr = (double *)malloc(((size_t)n_ ? (size_t)n_ : 1) * sizeof(double));
        if (!tmparr) {
            SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
            return $null;
        }
        if (n_) (*jenv)->GetDoubleArrayRegion(jenv, $input, 0, n_, (jdouble *)tmparr);
        $1 = tmparr;
        $2 = (size_t)n_;
    }
}
%typemap(freearg) (const double *NAME, size_t IN_LEN) {
    free(tmparr$argnum);
}
%enddef
YJJH_JAVA_DOUBLES_IN(IN_DOUBLES)
YJJH_JAVA_DOUBLES_IN(IN_WEIGHTS)

/* const double *IN_THREE: a double[3] (primary, junior, senior); IN_THREE_OR_NONE may be null. */
%define YJJH_JAVA_THREE_IN(NAME, NULL_OK)
%typemap(jni) const double *NAME "jdoubleArray"
%typemap(jtype) const double *NAME "double[]"
%typemap(jstype) const double *NAME "double[]"
%typemap(javain) const double *NAME "$javainput"
%typemap(in) const double *NAME (double tmp3[3]) {
    $1 = NULL;
    if ($input || !NULL_OK) {
        if (!$input || (*jenv)->GetArrayLength(jenv, $input) != 3) {
            SWIG_JavaThrowException(jenv, SWIG_JavaIllegalArgumentException, "$1_name: expected 3 numbers");
            return $null;
        }
        (*jenv)->GetDoubleArrayRegion(jenv, $input, 0, 3, (jdouble *)tmp3);
        $1 = tmp3;
    }
}
%enddef
YJJH_JAVA_THREE_IN(IN_THREE, 0)
YJJH_JAVA_THREE_IN(IN_THREE_OR_NONE, 1)

%typemap(jni) double *OUT_THREE "jdoubleArray"
%typemap(jtype) double *OUT_THREE "double[]"
%typemap(jstype) double *OUT_THREE "double[]"
%typemap(javain) double *OUT_THREE "$javainput"
%typemap(in) double *OUT_THREE (double tmp3[3]) {
    if (!$input || (*jenv)->GetArrayLength(jenv, $input) < 3) {
        SWIG_JavaThrowException(jenv, SWIG_JavaIllegalArgumentException, "$1_name: expected an array of 3");
        return $null;
    }
    tmp3[0] = tmp3[1] = tmp3[2] = 0.0;
    $1 = tmp3;
}
%typemap(argout) double *OUT_THREE {
    if (result == YJJH_OK) (*jenv)->SetDoubleArrayRegion(jenv, $input, 0, 3, (const jdouble *)$1);
}

/* (const size_t *IN_LINES, size_t IN_LEN): long[] of line numbers (negative values are refused). */
%typemap(jni) (const size_t *IN_LINES, size_t IN_LEN) "jlongArray"
%typemap(jtype) (const size_t *IN_LINES, size_t IN_LEN) "long[]"
%typemap(jstype) (const size_t *IN_LINES, size_t IN_LEN) "long[]"
%typemap(javain) (const size_t *IN_LINES, size_t IN_LEN) "$javainput"
%typemap(in) (const size_t *IN_LINES, size_t IN_LEN) (size_t *tmplines = NULL) {
    $1 = NULL;
    $2 = 0;
    if ($input) {
        jsize n_ = (*jenv)->GetArrayLength(jenv, $input), i_;
        jlong *v_ = (jlong *)malloc(((size_t)n_ ? (size_t)n_ : 1) * sizeof(jlong));
        tmplines = (size_t *)malloc(((size_t)n_ ? (size_t)n_ : 1) * sizeof(size_t));
        if (!v_ || !tmplines) {
            free(v_);
            SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
            return $null;
        }
        if (n_) (*jenv)->GetLongArrayRegion(jenv, $input, 0, n_, v_);
        for (i_ = 0; i_ < n_; i_++) {
            if (v_[i_] < 0) {
                free(v_);
                SWIG_JavaThrowException(jenv, SWIG_JavaIllegalArgumentException, "lines: negative line number");
                return $null;
            }
            tmplines[i_] = (size_t)v_[i_];
        }
        free(v_);
        $1 = tmplines;
        $2 = (size_t)n_;
    }
}
%typemap(freearg) (const size_t *IN_LINES, size_t IN_LEN) {
    free(tmplines$argnum);
}

/* (const char *const *IN_CELLS, size_t IN_LEN): String[] (null elements are missing cells), UTF-8 encoded in
 * Java; the C array of strings is built here and freed after the call. */
%typemap(jni) (const char *const *IN_CELLS, size_t IN_LEN) "jobjectArray"
%typemap(jtype) (const char *const *IN_CELLS, size_t IN_LEN) "byte[][]"
%typemap(jstype) (const char *const *IN_CELLS, size_t IN_LEN) "String[]"
%typemap(javain) (const char *const *IN_CELLS, size_t IN_LEN) "cn.yjjh.internal.Utf8.encodeAll($javainput)"
%typemap(in) (const char *const *IN_CELLS, size_t IN_LEN) (char **tmpstrs = NULL, jsize tmpn = 0) {
    $1 = NULL;
    $2 = 0;
    if ($input) {
        jsize i_;
        int fail_ = 0;
        tmpn = (*jenv)->GetArrayLength(jenv, $input);
        tmpstrs = (char **)calloc((size_t)tmpn ? (size_t)tmpn : 1, sizeof(char *));
        if (!tmpstrs) {
            SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
            return $null;
        }
        for (i_ = 0; i_ < tmpn && !fail_; i_++) {
            jbyteArray b_ = (jbyteArray)(*jenv)->GetObjectArrayElement(jenv, $input, i_);
            tmpstrs[i_] = yjjh_java_cstr(jenv, b_, &fail_);
            if (b_) (*jenv)->DeleteLocalRef(jenv, b_);
        }
        $1 = ($1_ltype)tmpstrs;
        $2 = (size_t)tmpn;
        if (fail_) {
            for (i_ = 0; i_ < tmpn; i_++) free(tmpstrs[i_]);
            free(tmpstrs);
            return $null;
        }
    }
}
%typemap(freearg) (const char *const *IN_CELLS, size_t IN_LEN) {
    if (tmpstrs$argnum) {
        jsize i_;
        for (i_ = 0; i_ < tmpn$argnum; i_++) free(tmpstrs$argnum[i_]);
        free(tmpstrs$argnum);
    }
}

/* (const char *IN_BYTES, size_t IN_LEN): byte[] (CSV, JSON), copied. */
%typemap(jni) (const char *IN_BYTES, size_t IN_LEN) "jbyteArray"
%typemap(jtype) (const char *IN_BYTES, size_t IN_LEN) "byte[]"
%typemap(jstype) (const char *IN_BYTES, size_t IN_LEN) "byte[]"
%typemap(javain) (const char *IN_BYTES, size_t IN_LEN) "$javainput"
%typemap(in) (const char *IN_BYTES, size_t IN_LEN) (char *tmpbytes = NULL) {
    $1 = NULL;
    $2 = 0;
    if ($input) {
        jsize n_ = (*jenv)->GetArrayLength(jenv, $input);
        tmpbytes = (char *)malloc((size_t)n_ ? (size_t)n_ : 1);
        if (!tmpbytes) {
            SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
            return $null;
        }
        if (n_) (*jenv)->GetByteArrayRegion(jenv, $input, 0, n_, (jbyte *)tmpbytes);
        $1 = tmpbytes;
        $2 = (size_t)n_;
    }
}
%typemap(freearg) (const char *IN_BYTES, size_t IN_LEN) {
    free(tmpbytes$argnum);
}

/* (double *OUT_COLUMN, size_t OUT_LEN): a caller-sized double[] filled by the call. */
%typemap(jni) (double *OUT_COLUMN, size_t OUT_LEN) "jdoubleArray"
%typemap(jtype) (double *OUT_COLUMN, size_t OUT_LEN) "double[]"
%typemap(jstype) (double *OUT_COLUMN, size_t OUT_LEN) "double[]"
%typemap(javain) (double *OUT_COLUMN, size_t OUT_LEN) "$javainput"
%typemap(in) (double *OUT_COLUMN, size_t OUT_LEN) (double *tmpdata = NULL) {
    jsize n_;
    if (!$input) {
        SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "out: null array");
        return $null;
    }
    n_ = (*jenv)->GetArrayLength(jenv, $input);
    tmpdata = (double *)malloc(((size_t)n_ ? (size_t)n_ : 1) * sizeof(double));
    if (!tmpdata) {
        SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
        return $null;
    }
    $1 = tmpdata;
    $2 = (size_t)n_;
}
%typemap(argout) (double *OUT_COLUMN, size_t OUT_LEN) {
    if (result == YJJH_OK && $2) (*jenv)->SetDoubleArrayRegion(jenv, $input, 0, (jsize)$2, (const jdouble *)$1);
}
%typemap(freearg) (double *OUT_COLUMN, size_t OUT_LEN) {
    free(tmpdata$argnum);
}

/* (const char **OUT_TEXTS, size_t OUT_LEN): a caller-sized String[] filled by the call (null where the library
 * gives NULL). */
%typemap(jni) (const char **OUT_TEXTS, size_t OUT_LEN) "jobjectArray"
%typemap(jtype) (const char **OUT_TEXTS, size_t OUT_LEN) "byte[][]"
%typemap(jstype) (const char **OUT_TEXTS, size_t OUT_LEN) "String[]"
%typemap(javain, pre="    byte[][] tmp$javainput = new byte[$javainput.length][];",
         post="      cn.yjjh.internal.Utf8.decodeInto(tmp$javainput, $javainput);")
    (const char **OUT_TEXTS, size_t OUT_LEN) "tmp$javainput"
%typemap(in) (const char **OUT_TEXTS, size_t OUT_LEN) (const char **tmpptrs = NULL) {
    jsize n_ = (*jenv)->GetArrayLength(jenv, $input);
    tmpptrs = (const char **)calloc((size_t)n_ ? (size_t)n_ : 1, sizeof(const char *));
    if (!tmpptrs) {
        SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "libyjjh: out of memory");
        return $null;
    }
    $1 = ($1_ltype)tmpptrs;
    $2 = (size_t)n_;
}
%typemap(argout) (const char **OUT_TEXTS, size_t OUT_LEN) {
    if (result == YJJH_OK) {
        size_t i_;
        for (i_ = 0; i_ < $2 && !(*jenv)->ExceptionCheck(jenv); i_++) {
            if ($1[i_]) {
                jbyteArray b_ = yjjh_java_bytes(jenv, $1[i_], strlen($1[i_]));
                if (b_) {
                    (*jenv)->SetObjectArrayElement(jenv, $input, (jsize)i_, b_);
                    (*jenv)->DeleteLocalRef(jenv, b_);
                }
            }
        }
    }
}
%typemap(freearg) (const char **OUT_TEXTS, size_t OUT_LEN) {
    free((void *)tmpptrs$argnum);
}

/* ---- records: proxy classes whose constructor sets the version (read-only fields, %immutable above) ---- */
%define YJJH_JAVA_RECORD(TYPE, INIT)
%extend TYPE {
    TYPE() {
        TYPE init_ = INIT;
        TYPE *r_ = (TYPE *)malloc(sizeof *r_);
        if (r_) *r_ = init_;
        return r_;
    }
}
%enddef
YJJH_JAVA_RECORD(yjjh_indicator_info, YJJH_INDICATOR_INFO_INIT)
YJJH_JAVA_RECORD(yjjh_item_info, YJJH_ITEM_INFO_INIT)
YJJH_JAVA_RECORD(yjjh_standard, YJJH_STANDARD_INIT)
YJJH_JAVA_RECORD(yjjh_staffing, YJJH_STAFFING_INIT)
YJJH_JAVA_RECORD(yjjh_rule_result, YJJH_RULE_RESULT_INIT)
YJJH_JAVA_RECORD(yjjh_rule_indicator, YJJH_RULE_INDICATOR_INIT)
YJJH_JAVA_RECORD(yjjh_county_summary, YJJH_COUNTY_SUMMARY_INIT)
YJJH_JAVA_RECORD(yjjh_stage_summary, YJJH_STAGE_SUMMARY_INIT)
YJJH_JAVA_RECORD(yjjh_indicator_result, YJJH_INDICATOR_RESULT_INIT)
YJJH_JAVA_RECORD(yjjh_part_result, YJJH_PART_RESULT_INIT)
YJJH_JAVA_RECORD(yjjh_reason, YJJH_REASON_INIT)
YJJH_JAVA_RECORD(yjjh_item_result, YJJH_ITEM_RESULT_INIT)

/* Arrays of records as arguments: not wrapped (the per-part indicators are read with
 * yjjh_result_part_indicator_get()). */
%ignore yjjh_school_rule_apply;
