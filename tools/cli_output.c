/* SPDX-License-Identifier: MIT */
/* Output of the CLI: stdout, or the -o file written atomically (cli.md: a failed run never leaves a partial file
 * and never touches an existing one). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"
#include "common/text.h"

static int write_all(int fd, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

static int fail(const char *path, const char *what, int err)
{
    cli_report(YJJH_PROBLEM_CANNOT_WRITE, path, "cannot write %s: %s%s%s", path, what, *what ? ": " : "",
               strerror(err));
    return CLI_EXIT_CANTCREAT;
}

int cli_write_output(const char *path, const char *text, size_t len)
{
    char *tmp;
    const char *slash;
    size_t dir_len;
    int fd, err;
    struct stat st;
    mode_t mode;

    if (!path) {
        if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0)
            return fail("standard output", "", errno);
        return CLI_EXIT_OK;
    }

    /* temporary file next to the target, so rename() stays within one file system */
    slash = strrchr(path, '/');
    dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    tmp = yjjh__strprintf("%.*s.%s.XXXXXX", (int)dir_len, path, path + dir_len);
    if (!tmp)
        return fail(path, "", ENOMEM);
    fd = mkstemp(tmp);
    if (fd < 0) {
        err = errno;
        free(tmp);
        return fail(path, "", err);
    }
    /* keep the mode of a file being replaced; a new file gets 0666 minus the umask */
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        mode = st.st_mode & 07777;
    } else {
        mode_t um = umask(0);
        umask(um);
        mode = 0666 & ~um;
    }
    if (fchmod(fd, mode) != 0 || write_all(fd, text, len) != 0 || fsync(fd) != 0) {
        err = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        return fail(path, "", err);
    }
    if (close(fd) != 0) {
        err = errno;
        unlink(tmp);
        free(tmp);
        return fail(path, "", err);
    }
    if (rename(tmp, path) != 0) {
        err = errno;
        unlink(tmp);
        free(tmp);
        return fail(path, "", err);
    }
    free(tmp);
    /* make the rename durable (best effort) */
    {
        char *dir = yjjh__strdup(path);
        if (dir) {
            int dfd;
            if (dir_len)
                dir[dir_len] = '\0';
            dfd = open(dir_len ? dir : ".", O_RDONLY);
            if (dfd >= 0) {
                (void)fsync(dfd);
                close(dfd);
            }
            free(dir);
        }
    }
    return CLI_EXIT_OK;
}

int cli_write_output_file(const char *path, yjjh_status (*writer)(const char *tmp_path, void *arg), void *arg)
{
    char *tmp;
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    int fd, err;
    struct stat st;
    mode_t mode;
    yjjh_status ws;

    tmp = yjjh__strprintf("%.*s.%s.XXXXXX", (int)dir_len, path, path + dir_len);
    if (!tmp)
        return fail(path, "", ENOMEM);
    fd = mkstemp(tmp);
    if (fd < 0) {
        err = errno;
        free(tmp);
        return fail(path, "", err);
    }
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        mode = st.st_mode & 07777;
    } else {
        mode_t um = umask(0);
        umask(um);
        mode = 0666 & ~um;
    }
    if (fchmod(fd, mode) != 0) {
        err = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        return fail(path, "", err);
    }
    close(fd);
    ws = writer(tmp, arg);
    if (ws != YJJH_OK) {
        unlink(tmp);
        free(tmp);
        if (ws == YJJH_E_IO_WRITE || ws == YJJH_E_IO_OPEN) {
            cli_report(YJJH_PROBLEM_CANNOT_WRITE, path, "cannot write %s: %s", path, yjjh_strerror(ws));
            return CLI_EXIT_CANTCREAT;
        }
        cli_report(YJJH_PROBLEM_INTERNAL, path, "cannot write %s: %s", path, yjjh_strerror(ws));
        return CLI_EXIT_INTERNAL;
    }
    if (chmod(tmp, mode) != 0 || rename(tmp, path) != 0) {
        err = errno;
        unlink(tmp);
        free(tmp);
        return fail(path, "", err);
    }
    free(tmp);
    return CLI_EXIT_OK;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        char c = s[n - m + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != suffix[i])
            return 0;
    }
    return 1;
}

/* cli.md: --format, else the -o suffix (.json, .csv, .txt, .html/.htm, .xlsx), else json when stdout is not a
 * terminal and text when it is. */
cli_format cli_output_format(const cli_options *o)
{
    if (o->format != CLI_FORMAT_DEFAULT)
        return o->format;
    if (o->output) {
        if (ends_with(o->output, ".json"))
            return CLI_FORMAT_JSON;
        if (ends_with(o->output, ".csv"))
            return CLI_FORMAT_CSV;
        if (ends_with(o->output, ".txt"))
            return CLI_FORMAT_TEXT;
        if (ends_with(o->output, ".html") || ends_with(o->output, ".htm"))
            return CLI_FORMAT_HTML;
        if (ends_with(o->output, ".xlsx"))
            return CLI_FORMAT_XLSX;
    }
    return isatty(STDOUT_FILENO) ? CLI_FORMAT_TEXT : CLI_FORMAT_JSON;
}

int cli_emit(const cli_options *o, const char *text)
{
    int code;
    if (!text) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "out of memory");
        return CLI_EXIT_INTERNAL;
    }
    code = cli_write_output(o->output, text, strlen(text));
    return code;
}
