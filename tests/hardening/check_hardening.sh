#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Hardening of built or installed ELF files (issue 11 item 13): full RELRO (a GNU_RELRO segment and BIND_NOW),
# the stack protector (__stack_chk_fail imported), _FORTIFY_SOURCE (some __*_chk function imported), and a
# RUNPATH/RPATH without an empty entry (an empty entry searches the current directory) and without relative
# entries other than $ORIGIN.
# usage: check_hardening.sh ELF...      check_hardening.sh --self-test
set -euo pipefail

check() {
    local f="$1" ok=1 dyn syms path
    dyn="$(readelf -dW "$f")"
    syms="$(readelf --dyn-syms -W "$f")"
    if ! readelf -lW "$f" | grep -q 'GNU_RELRO'; then echo "$f: no GNU_RELRO segment (-Wl,-z,relro)"; ok=0; fi
    if ! grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW|\(BIND_NOW\)' <<<"$dyn"; then
        echo "$f: not linked with -Wl,-z,now (no BIND_NOW)"; ok=0
    fi
    if ! grep -q ' UND __stack_chk_fail' <<<"$syms"; then echo "$f: no __stack_chk_fail (-fstack-protector-strong)"; ok=0; fi
    if ! grep -Eq ' UND __[a-z0-9_]+_chk(@|$)' <<<"$syms"; then echo "$f: no __*_chk function (-D_FORTIFY_SOURCE=2)"; ok=0; fi
    path="$(sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p' <<<"$dyn")"
    if [[ -n "$path" || "$dyn" == *PATH*"[]"* ]]; then
        local IFS=':' e
        # a trailing ':' gives an empty last field, which read -a drops: test the string itself too
        if [[ "$path" == *: || "$path" == :* || "$path" == *::* || -z "$path" ]]; then
            echo "$f: RUNPATH '$path' has an empty entry (searches the current directory)"; ok=0
        fi
        for e in $path; do
            if [[ "$e" != /* && "$e" != '$ORIGIN'* ]]; then echo "$f: RUNPATH entry '$e' is relative"; ok=0; fi
        done
    fi
    [[ $ok == 1 ]] && echo "$f: hardened (RELRO, BIND_NOW, stack protector, fortify${path:+, RUNPATH $path})"
    [[ $ok == 1 ]]
}

if [[ "${1:-}" == "--self-test" ]]; then
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    printf '#include <string.h>\n#include <stdio.h>\nint main(int c, char **v) { char b[16]; strcpy(b, v[c - 1]); puts(b); return 0; }\n' >"$tmp/t.c"
    cc -O2 -fstack-protector-strong -D_FORTIFY_SOURCE=2 -Wl,-z,relro,-z,now -Wl,-rpath,/opt/x "$tmp/t.c" -o "$tmp/good"
    cc -O2 -fno-stack-protector -U_FORTIFY_SOURCE -Wl,-z,norelro -Wl,-z,lazy -Wl,-rpath,/opt/x: "$tmp/t.c" -o "$tmp/bad"
    check "$tmp/good" >/dev/null || { echo "self-test: a hardened binary fails the check"; exit 1; }
    if check "$tmp/bad" >/dev/null; then echo "self-test: an unhardened binary passes the check"; exit 1; fi
    echo "self-test passed"
    exit 0
fi

status=0
for f in "$@"; do check "$f" || status=1; done
exit $status
