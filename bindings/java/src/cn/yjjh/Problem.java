// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * One problem found in input data (a schools table, a facts file or a profile), as the library reports it: the
 * line and column it concerns, a stable problem code and the whole message.
 *
 * @param line    physical line number in the input (the header is line 1); 0 when the problem is not tied to a
 *                line
 * @param column  the column name as written in the input header; "" when the problem is not tied to a column
 * @param code    the stable problem code ({@code missing_column}, {@code not_a_number}, …, see docs/java.md);
 *                "" when the library does not give one
 * @param message the whole message, formatted {@code file:line: column NAME: problem} (UTF-8 text)
 * @since 0.3
 */
public record Problem(long line, String column, String code, String message) {
    /**
     * Creates a problem; null texts become "".
     *
     * @param line    the line, 0 when none
     * @param column  the column, "" when none
     * @param code    the problem code, "" when none
     * @param message the message
     */
    public Problem {
        column = column == null ? "" : column;
        code = code == null ? "" : code;
        message = message == null ? "" : message;
    }

    /**
     * The message.
     *
     * @return {@link #message()}
     */
    @Override
    public String toString() {
        return message;
    }
}
