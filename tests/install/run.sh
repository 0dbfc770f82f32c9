#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Post-install consumer test (PROJ style): install the build tree into a temporary prefix, then build a tiny
# program against it once with find_package(yjjh) (shared and static) and once with pkg-config, and run them.
# usage: run.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
BUILD="$1"; SRC="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
PREFIX="$TMP/prefix"
cmake --install "$BUILD" --prefix "$PREFIX" >/dev/null
LIBDIR="$(dirname "$(find "$PREFIX" -name 'libyjjh.so' | head -n1)")"
[[ -n "$LIBDIR" ]] || { echo "libyjjh.so not installed"; exit 1; }
# only yjjh_ symbols may be exported
bad="$(nm -D --defined-only "$LIBDIR/libyjjh.so" | awk '{print $3}' | grep -v '^yjjh_' || true)"
[[ -z "$bad" ]] || { echo "non-yjjh exported symbols:"; echo "$bad"; exit 1; }

# the JSON Schemas of every document (docs/cli.md), and the OpenAPI document of yjjh serve with them inlined
for s in evaluate errors validate standards fact-keys profiles facts profile; do
    [[ -f "$PREFIX/share/yjjh/schemas/$s.schema.json" ]] || { echo "schemas/$s.schema.json not installed"; exit 1; }
done
[[ -f "$PREFIX/share/yjjh/openapi.json" ]] || { echo "share/yjjh/openapi.json not installed"; exit 1; }

echo "-- find_package(yjjh)"
cmake -S "$SRC/tests/install/consumer" -B "$TMP/cm" -DCMAKE_PREFIX_PATH="$PREFIX" >/dev/null
cmake --build "$TMP/cm" >/dev/null
v1="$(LD_LIBRARY_PATH="$LIBDIR" "$TMP/cm/consumer_shared")"
v2="$("$TMP/cm/consumer_static")"

echo "-- pkg-config yjjh"
export PKG_CONFIG_PATH="$LIBDIR/pkgconfig"
# installed into a temporary prefix, not the configured one: let pkg-config derive the prefix from the .pc path
pc() { pkg-config --define-prefix "$@"; }
pcv="$(pc --modversion yjjh)"
# shellcheck disable=SC2046
cc -o "$TMP/pc_consumer" "$SRC/tests/install/consumer/main.c" $(pc --cflags --libs yjjh) -lm
v3="$(LD_LIBRARY_PATH="$LIBDIR" "$TMP/pc_consumer")"
# shellcheck disable=SC2046
cc -static-libgcc -o "$TMP/pc_consumer_static" "$SRC/tests/install/consumer/main.c" \
   $(pc --cflags yjjh) "$LIBDIR/libyjjh.a" $(pc --static --libs-only-l yjjh | sed 's/-lyjjh//') -lm
v4="$("$TMP/pc_consumer_static")"

# Java (when the bindings were built): compile the example against the installed jar and run it with only
# java.library.path pointing at the installed JNI library (it finds libyjjh next to it by its $ORIGIN rpath).
JAR="$(find "$PREFIX" -name 'yjjh.jar' | head -n1)"
vs=("$v1" "$v2" "$v3" "$v4")
if [[ -n "$JAR" ]] && command -v javac >/dev/null; then
    echo "-- Java: $JAR"
    JNIDIR="$(dirname "$(find "$PREFIX" -name 'libyjjh_jni.so' | head -n1)")"
    mkdir -p "$TMP/java"
    javac -d "$TMP/java" -cp "$JAR" "$SRC/examples/java/Evaluate.java"
    out="$(java -Djava.library.path="$JNIDIR" -cp "$JAR:$TMP/java" Evaluate "$SRC/examples/data/jinchuan.csv")"
    v5="$(sed -n 's/^libyjjh \([^,]*\),.*/\1/p' <<<"$out")"
    grep -q '^620302 ' <<<"$out" || { echo "the Java example printed no county:"; echo "$out"; exit 1; }
    vs+=("$v5")
fi

for v in "${vs[@]}"; do
    [[ "$v" == "$pcv" ]] || { echo "version mismatch: program says '$v', pkg-config says '$pcv'"; exit 1; }
done
echo "install consumer test passed: version $pcv (find_package shared+static, pkg-config shared+static${JAR:+, Java})"
