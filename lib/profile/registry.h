/* SPDX-License-Identifier: MIT */
/* Private: the registry of built-in profiles — the C built-ins "national-2017" and "national-2012-basic", then
 * the data profiles profiles/NAME.json compiled into the library. The registry only owns and finds them; the
 * loader (profile_load.c) turns an embedded file into a profile and resolves "extends" through the registry,
 * and the registry never calls the loader. Never installed. */
#ifndef YJJH_LIB_REGISTRY_H
#define YJJH_LIB_REGISTRY_H

#include <stddef.h>
#include "profile/profile.h"

/* Whether name is one of the C built-ins. */
int yjjh__registry_is_c_builtin(const char *name);

/* Fill *p (caller's memory) with the C built-in profile `name`. Returns YJJH_OK or YJJH_E_UNKNOWN_PROFILE (not
 * a C built-in; p untouched). No NULL checks. */
yjjh_status yjjh__registry_init_c_builtin(yjjh_profile *p, const char *name);

/* The JSON text of the embedded profile `name` into *json and *len; 0 when there is none of that name. */
int yjjh__registry_embedded(const char *name, const char **json, size_t *len);

#endif
