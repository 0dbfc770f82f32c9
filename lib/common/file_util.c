/* SPDX-License-Identifier: MIT */
/* Whole-file reading shared by the readers, the profile loader and the CLI (standard input). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/file_util.h"

yjjh_status yjjh__read_stream_max(char **out, size_t *len, FILE *f, size_t max)
{
    yjjh__buf b = YJJH__BUF_INIT;
    *out = NULL;
    *len = 0;
    for (;;) {
        size_t got, room;
        if (!yjjh__buf_reserve(&b, 65536)) {
            yjjh__buf_free(&b);
            return YJJH_E_NOMEM;
        }
        room = b.cap - b.len - 1; /* room for the NUL stays */
        if (room > max - b.len + 1)
            room = max - b.len + 1; /* one byte more than the limit tells "too large" */
        got = fread(b.ptr + b.len, 1, room, f);
        b.len += got;
        if (b.len > max) {
            yjjh__buf_free(&b);
            errno = EFBIG;
            return YJJH_E_IO_READ;
        }
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

yjjh_status yjjh__read_stream(char **out, size_t *len, FILE *f)
{
    return yjjh__read_stream_max(out, len, f, YJJH__MAX_INPUT_BYTES);
}

yjjh_status yjjh__read_file_max(char **out, size_t *len, const char *path, size_t max)
{
    FILE *f;
    struct stat st;
    yjjh_status s;
    int fd, err;
    *out = NULL;
    *len = 0;
    /* O_NONBLOCK: opening a FIFO does not wait for a writer; the file must then be a regular file */
    fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return YJJH_E_IO_OPEN;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        int dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
        close(fd);
        errno = dir ? EISDIR : ENODEV;
        return dir ? YJJH_E_IO_READ : YJJH_E_IO_OPEN; /* a directory opens but cannot be read, as before */
    }
    if ((unsigned long long)st.st_size > (unsigned long long)max) {
        close(fd);
        errno = EFBIG;
        return YJJH_E_IO_READ;
    }
    (void)fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    f = fdopen(fd, "rb");
    if (!f) {
        err = errno;
        close(fd);
        errno = err;
        return YJJH_E_IO_OPEN;
    }
    s = yjjh__read_stream_max(out, len, f, max);
    err = errno;
    fclose(f);
    errno = err;
    return s;
}

yjjh_status yjjh__read_file(char **out, size_t *len, const char *path)
{
    return yjjh__read_file_max(out, len, path, YJJH__MAX_INPUT_BYTES);
}
