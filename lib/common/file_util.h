/* SPDX-License-Identifier: MIT */
/* Private: whole-file reading shared by the readers, the profile loader and the CLI. */
#ifndef YJJH_LIB_FILE_UTIL_H
#define YJJH_LIB_FILE_UTIL_H

#include <stddef.h>
#include <stdio.h>

#include "yjjh/yjjh_status.h"

/* The default size limit of every input file (docs/data-format.md "Files"): 2 GiB, far above a national schools
 * file (≈ 60 MB). */
#define YJJH__MAX_INPUT_BYTES ((size_t)2 << 30)

/* Read a whole file into a NUL-terminated malloc'ed buffer (*out, *len without the NUL). The file must be a
 * regular file (a FIFO or device is not read: YJJH_E_IO_OPEN with errno ENODEV, so /dev/zero or a FIFO never
 * hangs; a directory: YJJH_E_IO_READ with errno EISDIR) of at most max bytes (else YJJH_E_IO_READ with errno EFBIG).
 * Returns YJJH_OK, YJJH_E_IO_OPEN, YJJH_E_IO_READ or YJJH_E_NOMEM; *out is NULL on error. */
yjjh_status yjjh__read_file_max(char **out, size_t *len, const char *path, size_t max);

/* yjjh__read_file_max() with the default limit YJJH__MAX_INPUT_BYTES. */
yjjh_status yjjh__read_file(char **out, size_t *len, const char *path);

/* The same for what is left of an open stream (the CLI's standard input); f stays open. At most max bytes (else
 * YJJH_E_IO_READ with errno EFBIG, after reading max + 1 bytes). Returns YJJH_OK, YJJH_E_IO_READ (errno as
 * fread() left it) or YJJH_E_NOMEM; *out is NULL on error. */
yjjh_status yjjh__read_stream_max(char **out, size_t *len, FILE *f, size_t max);

/* yjjh__read_stream_max() with the default limit YJJH__MAX_INPUT_BYTES. */
yjjh_status yjjh__read_stream(char **out, size_t *len, FILE *f);

#endif
