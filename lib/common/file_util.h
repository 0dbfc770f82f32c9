/* Private: whole-file reading shared by the readers and the profile loader. */
#ifndef YJJH_LIB_FILE_UTIL_H
#define YJJH_LIB_FILE_UTIL_H

#include <stddef.h>
#include "yjjh/yjjh_status.h"

/* Read a whole file into a NUL-terminated malloc'ed buffer (*out, *len without the NUL).
 * Returns YJJH_OK, YJJH_E_IO_OPEN, YJJH_E_IO_READ or YJJH_E_NOMEM; *out is NULL on error. */
yjjh_status yjjh__read_file(char **out, size_t *len, const char *path);

#endif
