// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;

/**
 * Input data with errors (status 150–153: a schools table, a facts file or a profile that is invalid, or text not valid
 * in its encoding); {@link #problems()} lists every problem with its line, column, code and message. Nothing was
 * evaluated. Python: {@code DataError}.
 *
 * @since 0.3
 */
public class DataException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public DataException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
    }
}
