/* SPDX-License-Identifier: MIT */
/* Private: parsing a JSON input document (facts, profiles) with jansson, one set of rules for both. */
#ifndef YJJH_LIB_JSON_DOC_H
#define YJJH_LIB_JSON_DOC_H

#include <stddef.h>
#include <jansson.h>

/* Size of the message buffer of yjjh__json_parse(). */
#define YJJH__JSON_MSG_SIZE 240

/* Parse text[0..len) as one JSON value (any type; nothing but white space after it). jansson keeps no global
 * state and reports errors per call, so this is thread-safe. Rejected, with a message and the 1-based line in
 * *line: syntax errors, text after the value, duplicate object keys, "\u0000" or a NUL byte in a string, invalid
 * UTF-8, nesting deeper than 2048, and numbers that overflow to infinity or whose non-zero value underflows to
 * zero ("5e-400"; data-format.md "Missing values and number cells"). Returns the value (json_decref() it) or
 * NULL with msg filled. *dup_depth is 0, or for a duplicate key the nesting depth of the object that has it (1:
 * the top-level object), so that a caller can name the problem (a county or a fact given twice). */
json_t *yjjh__json_parse(const char *text, size_t len, char msg[YJJH__JSON_MSG_SIZE], size_t *line, size_t *dup_depth);

#endif
