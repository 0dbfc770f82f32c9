/* SPDX-License-Identifier: MIT */
/* Run-time version query. */
#include "yjjh/yjjh_version.h"

int yjjh_version_number(void) { return YJJH_VERSION_NUMBER; }

const char *yjjh_version_string(void) { return YJJH_VERSION_STRING; }
