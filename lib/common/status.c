/* SPDX-License-Identifier: MIT */
/* Status texts and yjjh_free(). */
#include <stdlib.h>
#include "yjjh/yjjh_status.h"

const char *yjjh_strerror(yjjh_status status)
{
    switch (status) {
    case YJJH_OK: return "success";
    case YJJH_E_NULL_ARG: return "a required pointer argument is NULL";
    case YJJH_E_EMPTY: return "no elements where at least one is required";
    case YJJH_E_NOT_FINITE: return "a value is NaN or infinite";
    case YJJH_E_NEGATIVE: return "a count, area, amount or value is negative";
    case YJJH_E_BAD_WEIGHT: return "a weight is zero or negative";
    case YJJH_E_ZERO_STUDENTS: return "the number of students is zero";
    case YJJH_E_OUT_OF_RANGE: return "an index or parameter is out of range";
    case YJJH_E_LENGTH_MISMATCH: return "arrays that must have the same length do not";
    case YJJH_E_STRUCT_VERSION: return "unsupported struct version (initialise the struct with its _VERSION)";
    case YJJH_E_BAD_STAGE: return "the stage is not valid for this call";
    case YJJH_E_COLUMN_KIND: return "text column used as a number column, or vice versa";
    case YJJH_E_NOT_POSITIVE: return "a value is zero where it must be positive";
    case YJJH_E_INVALID_DATA: return "input data has errors (see diagnostics)";
    case YJJH_E_INVALID_PROFILE: return "the profile is invalid (see diagnostics)";
    case YJJH_E_INVALID_FACTS: return "the county facts are invalid (see diagnostics)";
    case YJJH_E_ENCODING: return "text is not valid in the expected character encoding";
    case YJJH_E_ZERO_MEAN: return "the mean is zero, so the coefficient of variation is undefined";
    case YJJH_E_OVERFLOW: return "a result is too large to represent";
    case YJJH_E_NOT_APPLICABLE: return "the operation does not apply to this profile or input";
    case YJJH_E_UNKNOWN_CODE: return "unknown indicator, standard or fact code";
    case YJJH_E_UNKNOWN_PROFILE: return "unknown profile name";
    case YJJH_E_UNKNOWN_COLUMN: return "unknown column";
    case YJJH_E_NOT_FOUND: return "no such entry";
    case YJJH_E_NOMEM: return "out of memory";
    case YJJH_E_IO_OPEN: return "cannot open file";
    case YJJH_E_IO_READ: return "cannot read file";
    case YJJH_E_IO_WRITE: return "cannot write file";
    case YJJH_E_INTERNAL: return "internal error in libyjjh";
    }
    return "unknown status";
}

void yjjh_free(void *ptr) { free(ptr); }
