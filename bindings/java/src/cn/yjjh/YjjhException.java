// SPDX-License-Identifier: MIT
package cn.yjjh;

import cn.yjjh.internal.status;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base class of every error the library reports (a non-zero {@code yjjh_status}). The subclass is chosen by the
 * category of the status code, as the Python package's {@code YjjhError} hierarchy:
 *
 * <table>
 * <caption>Status codes and exception classes</caption>
 * <tr><th>codes</th><th>class</th><th>Python</th></tr>
 * <tr><td>1xx</td><td>{@link InvalidArgumentException}</td><td>InvalidArgumentError</td></tr>
 * <tr><td>150–153</td><td>{@link DataException} (with the {@link Problem}s)</td><td>DataError</td></tr>
 * <tr><td>2xx</td><td>{@link DomainException}</td><td>DomainError</td></tr>
 * <tr><td>3xx</td><td>{@link UnknownCodeException}</td><td>UnknownCodeError</td></tr>
 * <tr><td>4xx</td><td>{@link YjjhOutOfMemoryException}</td><td>YjjhMemoryError</td></tr>
 * <tr><td>5xx</td><td>{@link YjjhIOException} (cause: a {@link java.io.IOException})</td><td>YjjhIOError</td></tr>
 * <tr><td>9xx</td><td>{@link InternalException}</td><td>InternalError</td></tr>
 * </table>
 *
 * <p>The exceptions are unchecked (like Spring's {@code DataAccessException}): a service usually maps them to one
 * HTTP error at one place rather than declaring them on every method.
 *
 * @since 0.3
 */
public class YjjhException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static volatile Map<Integer, String> names;

    /** The numeric status. */
    private final int code;
    /** The problems of the input (possibly empty). */
    private final transient List<Problem> problems;

    /**
     * Creates an exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public YjjhException(String message, int code, List<Problem> problems) {
        super(message);
        this.code = code;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * The numeric {@code yjjh_status} (e.g. 150).
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The C name of the status (e.g. {@code "YJJH_E_INVALID_DATA"}).
     *
     * @return the name, or {@code "YJJH_E_<code>"} for an unknown code
     */
    public String statusName() {
        return statusName(code);
    }

    /**
     * Every problem found in the input, in the order the library found them (at most 100 and a final "too
     * many errors" entry); empty for errors not about input data.
     *
     * @return an unmodifiable list
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * The C name of a status code: {@code 101} gives {@code "YJJH_E_EMPTY"}.
     *
     * @param code a status code
     * @return its name, or {@code "YJJH_E_<code>"} when unknown
     */
    public static String statusName(int code) {
        Map<Integer, String> table = names;
        if (table == null) {
            Map<Integer, String> t = new HashMap<>();
            for (Field f : status.class.getFields()) {
                if (f.getType() == int.class&& Modifier.isStatic(f.getModifiers())) {
                    try {
                        t.put(f.getInt(null), "YJJH_" + f.getName());
                    } catch (IllegalAccessException e) {
                        // public constants: cannot happen
                    }
                }
            }
            names = table = Collections.unmodifiableMap(t);
        }
        String n = table.get(code);
        return n != null ? n : "YJJH_E_" + code;
    }

    /**
     * Builds the exception of a status (used by the JNI code when a call fails).
     *
     * @param code     the status
     * @param text     its {@code yjjh_strerror()} text (UTF-8)
     * @param messages the message of each problem (UTF-8)
     * @param lines    the line of each problem
     * @param columns  the column of each problem (UTF-8)
     * @param codes    the problem code name of each problem (UTF-8)
     * @param files    the source name of each problem (UTF-8)
     * @param texts    the bare problem text of each problem (UTF-8)
     * @return the exception (not thrown)
     */
    static YjjhException fromNative(int code, byte[] text, byte[][] messages, long[] lines, byte[][] columns,
            byte[][] codes, byte[][] files, byte[][] texts) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; messages != null && i < messages.length; i++) {
            problems.add(new Problem(
                    lines[i], utf8(columns[i]), utf8(codes[i]), utf8(messages[i]), utf8(files[i]), utf8(texts[i])));
        }
        return of(code, utf8(text), problems);
    }

    /**
     * Builds the exception that a call failing with a status throws: the subclass of the status category, with
     * the message {@code "TEXT (YJJH_E_NAME)"} followed by one line per problem. Useful to test code that
     * handles these exceptions.
     *
     * @param code     the status (e.g. 150)
     * @param text     its description (e.g. the C {@code yjjh_strerror()} text)
     * @param problems the problems (may be empty)
     * @return the exception (not thrown)
     */
    public static YjjhException of(int code, String text, List<Problem> problems) {
        problems = problems == null ? List.of() : problems;
        StringBuilder m = new StringBuilder(text).append(" (").append(statusName(code)).append(')');
        if (!problems.isEmpty()) {
            m.append(':');
            for (Problem p : problems) m.append('\n').append(p.message());
        }
        String message = m.toString();
        if (code >= 150 && code <= 153) return new DataException(message, code, problems);
        switch (code / 100) {
            case 1:
                return new InvalidArgumentException(message, code, problems);
            case 2:
                return new DomainException(message, code, problems);
            case 3:
                return new UnknownCodeException(message, code, problems);
            case 4:
                return new YjjhOutOfMemoryException(message, code, problems);
            case 5:
                return new YjjhIOException(message, code, problems);
            case 9:
                return new InternalException(message, code, problems);
            default:
                return new YjjhException(message, code, problems);
        }
    }

    private static String utf8(byte[] b) {
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }
}
