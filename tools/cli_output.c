/* SPDX-License-Identifier: MIT */
/* Output of the CLI: stdout, or the -o file written atomically (cli.md: a failed run never leaves a partial file
 * and never touches an existing one). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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

/* The temporary file being written, removed by the SIGINT/SIGTERM/SIGHUP handler (cli.md: an interrupted run
 * leaves no file behind). Only this handler and cli_write_output() touch it. */
static char *volatile pending_tmp;

static void remove_pending(int sig)
{
    char *t = pending_tmp;
    if (t)
        (void)unlink(t);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void guard_signals(char *tmp)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    pending_tmp = tmp;
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = tmp ? remove_pending : SIG_DFL;
        sigemptyset(&sa.sa_mask);
        (void)sigaction(sigs[i], &sa, NULL);
    }
}

/* A target that exists and is not a regular file (a FIFO, a terminal, /dev/null): written directly, never
 * replaced by a regular file (cli.md). A directory is an error. */
static int write_direct(const char *path, const char *text, size_t len, const struct stat *st)
{
    int fd, err;
    if (S_ISDIR(st->st_mode))
        return fail(path, "", EISDIR);
    fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return fail(path, "", errno);
    if (write_all(fd, text, len) != 0) {
        err = errno;
        close(fd);
        return fail(path, "", err);
    }
    if (close(fd) != 0)
        return fail(path, "", errno);
    return CLI_EXIT_OK;
}

/* The temporary file's name: ".NAME.XXXXXX" next to the target, NAME cut (at a UTF-8 character boundary) so that
 * the whole name stays within NAME_MAX even for a 250-byte target name. */
/* The permission bits for the output path: those of a file being replaced, but never its setuid, setgid or sticky
 * bits; for a new file 0666 minus the umask. */
static mode_t output_mode(const char *path)
{
    struct stat st;
    mode_t um;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 0777;
    um = umask(0);
    umask(um);
    return 0666 & ~um;
}

static char *temp_name(const char *path, size_t dir_len)
{
    const char *base = path + dir_len;
    size_t n = strlen(base), max = 255 - 9; /* "." + NAME + ".XXXXXX" */
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)base[n] & 0xC0u) == 0x80u)
            n--;
    }
    return yjjh__strprintf("%.*s.%.*s.XXXXXX", (int)dir_len, path, (int)n, base);
}

int cli_write_output(const char *path, const char *text, size_t len)
{
    char *tmp;
    const char *slash;
    size_t dir_len;
    int fd, err;
    struct stat st;
    mode_t mode;

    if (!path || strcmp(path, "-") == 0) {
        if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0)
            return fail("standard output", "", errno);
        return CLI_EXIT_OK;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return write_direct(path, text, len, &st);

    /* temporary file next to the target, so rename() stays within one file system */
    slash = strrchr(path, '/');
    dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    tmp = temp_name(path, dir_len);
    if (!tmp)
        return fail(path, "", ENOMEM);
    guard_signals(tmp);
    fd = mkstemp(tmp);
    if (fd < 0) {
        err = errno;
        guard_signals(NULL);
        free(tmp);
        return fail(path, "", err);
    }
    mode = output_mode(path);
    if (fchmod(fd, mode) != 0 || write_all(fd, text, len) != 0 || fsync(fd) != 0) {
        err = errno;
        close(fd);
        unlink(tmp);
        guard_signals(NULL);
        free(tmp);
        return fail(path, "", err);
    }
    if (close(fd) != 0) {
        err = errno;
        unlink(tmp);
        guard_signals(NULL);
        free(tmp);
        return fail(path, "", err);
    }
    if (rename(tmp, path) != 0) {
        err = errno;
        unlink(tmp);
        guard_signals(NULL);
        free(tmp);
        return fail(path, "", err);
    }
    guard_signals(NULL);
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

/* cli.h: the output piece by piece, with the rules of cli_write_output(): standard output for NULL or "-", a
 * target that exists and is not a regular file written directly, else a temporary file next to it (removed on
 * a signal or a failure) renamed on success. */
int cli_sink_open(cli_sink *k, const char *path)
{
    const char *slash;
    int err;
    struct stat st;
    mode_t mode;

    memset(k, 0, sizeof *k);
    k->fd = -1;
    if (!path || strcmp(path, "-") == 0)
        return CLI_EXIT_OK;
    k->path = path;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            return fail(path, "", EISDIR);
        k->fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (k->fd < 0)
            return fail(path, "", errno);
        return CLI_EXIT_OK; /* direct: tmp stays NULL */
    }
    slash = strrchr(path, '/');
    k->dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    k->tmp = temp_name(path, k->dir_len);
    if (!k->tmp)
        return fail(path, "", ENOMEM);
    guard_signals(k->tmp);
    k->fd = mkstemp(k->tmp);
    if (k->fd < 0) {
        err = errno;
        guard_signals(NULL);
        free(k->tmp);
        k->tmp = NULL;
        return fail(path, "", err);
    }
    mode = output_mode(path);
    if (fchmod(k->fd, mode) != 0) {
        err = errno;
        (void)cli_sink_close(k, 0);
        return fail(path, "", err);
    }
    return CLI_EXIT_OK;
}

int cli_sink_write(void *ctx, const char *data, size_t len)
{
    cli_sink *k = ctx;
    if (k->err)
        return -1;
    if (!k->path) {
        if (fwrite(data, 1, len, stdout) != len) {
            k->err = errno ? errno : EIO;
            return -1;
        }
        return 0;
    }
    if (write_all(k->fd, data, len) != 0) {
        k->err = errno ? errno : EIO;
        return -1;
    }
    return 0;
}

int cli_sink_close(cli_sink *k, int ok)
{
    int err = k->err;
    if (!k->path) {
        if (fflush(stdout) != 0 && !err)
            err = errno;
        return ok && err ? fail("standard output", "", err) : CLI_EXIT_OK;
    }
    if (!k->tmp) { /* written directly */
        if (k->fd >= 0 && close(k->fd) != 0 && !err)
            err = errno;
        k->fd = -1;
        return ok && err ? fail(k->path, "", err) : CLI_EXIT_OK;
    }
    if (ok && !err && fsync(k->fd) != 0)
        err = errno;
    if (close(k->fd) != 0 && !err)
        err = errno;
    k->fd = -1;
    if (!ok || err || rename(k->tmp, k->path) != 0) {
        if (ok && !err)
            err = errno;
        unlink(k->tmp);
        guard_signals(NULL);
        free(k->tmp);
        k->tmp = NULL;
        return ok ? fail(k->path, "", err) : CLI_EXIT_OK;
    }
    guard_signals(NULL);
    free(k->tmp);
    k->tmp = NULL;
    { /* make the rename durable (best effort) */
        char *dir = yjjh__strdup(k->path);
        if (dir) {
            int dfd;
            if (k->dir_len)
                dir[k->dir_len] = '\0';
            dfd = open(k->dir_len ? dir : ".", O_RDONLY);
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
    mode = output_mode(path);
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
    if (o->output && strcmp(o->output, "-") != 0) {
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

/* Our copy of library text, ending with a newline; lib_text is freed. */
static char *own_text(char *lib_text)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_puts(&b, lib_text);
    if (b.len == 0 || b.ptr[b.len - 1] != '\n')
        yjjh__buf_putc(&b, '\n');
    yjjh_free(lib_text);
    return yjjh__buf_oom(&b) ? (yjjh__buf_free(&b), (char *)NULL) : yjjh__buf_detach(&b);
}

int cli_emit_formatted(const cli_options *o, yjjh_status st, char *lib_text, char *text, const char *what)
{
    int code;
    if (st == YJJH_OK && lib_text) {
        free(text);
        if (!(text = own_text(lib_text)))
            st = YJJH_E_NOMEM;
    } else {
        yjjh_free(lib_text);
        if (st == YJJH_OK && !text)
            st = YJJH_E_NOMEM;
    }
    if (st != YJJH_OK) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot format %s: %s", what, yjjh_strerror(st));
        code = CLI_EXIT_INTERNAL;
    } else {
        code = cli_emit(o, text);
    }
    free(text);
    return code;
}
