/* SPDX-License-Identifier: MIT */
/* A file that lives in memory only (Linux memfd): libxlsxwriter writes a workbook to a path, and `yjjh serve`
 * (and `yjjh template`) want the bytes without a file on disk. The path given to the writer is
 * /proc/self/fd/N of an anonymous memory file, which is read back and closed. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

yjjh_status cli_memfile_write(char **out, size_t *len, yjjh_status (*writer)(const char *path, void *arg), void *arg)
{
    char path[64];
    struct stat sb;
    yjjh_status st;
    char *bytes = NULL;
    size_t got = 0;
    int fd;

    *out = NULL;
    *len = 0;
    fd = memfd_create("yjjh-workbook", MFD_CLOEXEC);
    if (fd < 0)
        return YJJH_E_IO_WRITE;
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    st = writer(path, arg);
    if (st != YJJH_OK)
        goto done;
    if (fstat(fd, &sb) != 0 || sb.st_size < 0) {
        st = YJJH_E_IO_WRITE;
        goto done;
    }
    if (!(bytes = malloc((size_t)sb.st_size + 1))) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    while (got < (size_t)sb.st_size) {
        ssize_t r = pread(fd, bytes + got, (size_t)sb.st_size - got, (off_t)got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            st = YJJH_E_IO_WRITE;
            goto done;
        }
        got += (size_t)r;
    }
    bytes[got] = '\0';
    *out = bytes;
    *len = got;
    bytes = NULL;
done:
    free(bytes);
    close(fd);
    return st;
}
