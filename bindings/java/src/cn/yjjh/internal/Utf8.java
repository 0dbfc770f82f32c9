// SPDX-License-Identifier: MIT
package cn.yjjh.internal;

import java.nio.charset.StandardCharsets;

/**
 * Strings across the JNI boundary as real UTF-8 (not JNI's "modified UTF-8"), used by the generated code of the
 * internal package. Not part of the public API.
 */
public final class Utf8 {
    private Utf8() {}

    /**
     * Encode a string as NUL-terminated UTF-8 for a C {@code const char *} argument.
     *
     * @param s the string, or {@code null}
     * @return the bytes followed by one NUL byte, or {@code null} for {@code null}
     * @throws IllegalArgumentException if the string contains a NUL character (C would cut it there)
     */
    public static byte[] encode(String s) {
        if (s == null) return null;
        if (s.indexOf('\0') >= 0) throw new IllegalArgumentException("string contains a NUL character");
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    /**
     * Encode every string of an array with {@link #encode(String)}.
     *
     * @param strings the strings (elements may be {@code null}), or {@code null}
     * @return the encoded strings, or {@code null} for {@code null}
     */
    public static byte[][] encodeAll(String[] strings) {
        if (strings == null) return null;
        byte[][] out = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) out[i] = encode(strings[i]);
        return out;
    }

    /**
     * Decode UTF-8 bytes returned by the library.
     *
     * @param b the bytes, or {@code null}
     * @return the string, or {@code null} for {@code null}
     */
    public static String decode(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /**
     * A one-element byte holder for a {@code String[]} output argument, checked for length.
     *
     * @param out the caller's holder
     * @return a new array of the same length
     * @throws IllegalArgumentException if {@code out} is {@code null} or empty
     */
    public static byte[][] holder(String[] out) {
        if (out == null || out.length < 1)
            throw new IllegalArgumentException("out: an array of length >= 1 is required");
        return new byte[out.length][];
    }

    /**
     * Decode each element of {@code from} into {@code to}.
     *
     * @param from UTF-8 byte strings (elements may be {@code null})
     * @param to   receives the decoded strings; same length as {@code from}
     */
    public static void decodeInto(byte[][] from, String[] to) {
        for (int i = 0; i < from.length && i < to.length; i++) to[i] = decode(from[i]);
    }
}
