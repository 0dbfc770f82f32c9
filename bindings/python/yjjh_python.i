/* SPDX-License-Identifier: MIT */
/*
 * yjjh_python.i — the Python part of the libyjjh SWIG interface, split by concern (GDAL swig/include/python):
 *
 *   swig/exceptions.i  status codes -> exceptions, diagnostics lists (typemap YJJH_DIAG)
 *   swig/typemaps.i    arrays and texts in and out (IN_DOUBLES, IN_CELLS, OUT_COLUMN, OUT_TEXTS, ...)
 *   swig/records.i     versioned result structs out as dicts
 *   swig/guards.i      every handle argument held for the call (GIL safety)
 *   swig/facts.i       county facts as dicts
 *
 * Included by yjjh.i before the headers; yjjh.i applies the placeholder typemaps to named functions.
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
%}

%include "swig/exceptions.i"
%include "swig/typemaps.i"
%include "swig/records.i"
%include "swig/guards.i"
%include "swig/facts.i"
