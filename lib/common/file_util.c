/* Whole-file reading shared by the readers and the profile loader. */
#include <stdio.h>
#include <stdlib.h>
#include "common/file_util.h"

yjjh_status yjjh__read_file(char **out, size_t *len, const char *path)
{
    FILE *f;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    *out = NULL;
    *len = 0;
    f = fopen(path, "rb");
    if (!f)
        return YJJH_E_IO_OPEN;
    for (;;) {
        size_t got;
        if (cap - n < 65536) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb;
            if (ncap < cap) { /* overflow */
                free(buf);
                fclose(f);
                return YJJH_E_NOMEM;
            }
            nb = realloc(buf, ncap + 1);
            if (!nb) {
                free(buf);
                fclose(f);
                return YJJH_E_NOMEM;
            }
            buf = nb;
            cap = ncap;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                free(buf);
                fclose(f);
                return YJJH_E_IO_READ;
            }
            break;
        }
    }
    fclose(f);
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return YJJH_OK;
}
