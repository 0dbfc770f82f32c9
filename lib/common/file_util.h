/* SPDX-License-Identifier: MIT */
/* Private: whole-file reading shared by the readers, the profile loader and the CLI. */
#ifndef YJJH_LIB_FILE_UTIL_H
#define YJJH_LIB_FILE_UTIL_H

#include <stddef.h>
#include <stdio.h>

#include "yjjh/yjjh_status.h"

/* Read a whole file into a NUL-terminated malloc'ed buffer (*out, *len without the NUL).
 * Returns YJJH_OK, YJJH_E_IO_OPEN, YJJH_E_IO_READ or YJJH_E_NOMEM; *out is NULL on error. */
yjjh_status yjjh__read_file(char **out, size_t *len, const char *path);

/* The same for what is left of an open stream (the CLI's standard input); f stays open. Returns YJJH_OK,
 * YJJH_E_IO_READ (errno as fread() left it) or YJJH_E_NOMEM; *out is NULL on error. */
yjjh_status yjjh__read_stream(char **out, size_t *len, FILE *f);

#endif
