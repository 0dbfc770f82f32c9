/* SPDX-License-Identifier: MIT */
/* Whole-file reading shared by the readers, the profile loader and the CLI (standard input). */
#include <errno.h>
#include <stdio.h>

#include "common/buf.h"
#include "common/file_util.h"

yjjh_status yjjh__read_stream(char **out, size_t *len, FILE *f)
{
    yjjh__buf b = YJJH__BUF_INIT;
    *out = NULL;
    *len = 0;
    for (;;) {
        size_t got;
        if (!yjjh__buf_reserve(&b, 65536)) {
            yjjh__buf_free(&b);
            return YJJH_E_NOMEM;
        }
        got = fread(b.ptr + b.len, 1, b.cap - b.len - 1, f); /* room for the NUL stays */
        b.len += got;
        if (got == 0) {
            if (ferror(f)) {
                int err = errno;
                yjjh__buf_free(&b);
                errno = err;
                return YJJH_E_IO_READ;
            }
            break;
        }
    }
    *len = b.len;
    *out = yjjh__buf_detach(&b); /* NUL-terminated, never NULL: the buffer was reserved */
    return YJJH_OK;
}

yjjh_status yjjh__read_file(char **out, size_t *len, const char *path)
{
    FILE *f;
    yjjh_status st;
    *out = NULL;
    *len = 0;
    f = fopen(path, "rb");
    if (!f)
        return YJJH_E_IO_OPEN;
    st = yjjh__read_stream(out, len, f);
    fclose(f);
    return st;
}
