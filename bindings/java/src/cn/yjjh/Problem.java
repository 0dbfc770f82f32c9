// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * One problem found in input data (a schools table, a facts file or a profile), as the library reports it: where
 * it is (file, line, column), what kind of problem it is (a stable code) and the message.
 *
 * @param line    physical line number in the input (the header is line 1); 0 when the problem is not tied to a
 *                line
 * @param column  the column name as written in the input header; "" when the problem is not tied to a column
 * @param code    the stable problem code ({@code missing_column}, {@code not_a_number}, {@code duplicate_id}, …;
 *                the table is in docs/cli.md "Problem codes"), the {@code code} of the CLI's {@code --errors json}
 * @param message the whole message, formatted {@code file:line: column NAME: problem}
 * @param file    the source name given to the reader (the path, or the {@code sourceName} of a buffer); "" when
 *                none
 * @param text    the problem alone, without file, line and column, e.g. {@code "12a" is not a number}
 * @since 0.3
 */
public record Problem(long line, String column, String code, String message, String file, String text) {
    /**
     * Creates a problem; null texts become "".
     *
     * @param line    the line, 0 when none
     * @param column  the column, "" when none
     * @param code    the problem code
     * @param message the message
     * @param file    the source name, "" when none
     * @param text    the problem text
     */
    public Problem {
        column = column == null ? "" : column;
        code = code == null ? "" : code;
        message = message == null ? "" : message;
        file = file == null ? "" : file;
        text = text == null ? "" : text;
    }

    /**
     * Creates a problem with only its line, column, code and message (file and text empty).
     *
     * @param line    the line, 0 when none
     * @param column  the column, "" when none
     * @param code    the problem code
     * @param message the message
     */
    public Problem(long line, String column, String code, String message) {
        this(line, column, code, message, "", "");
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
