// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;

/**
 * Invalid argument or input value (status 1xx): a null or empty input, NaN, a negative value, zero students, an index
 * out of range… Python: {@code InvalidArgumentError}.
 *
 * @since 0.3
 */
public class InvalidArgumentException extends YjjhException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public InvalidArgumentException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
    }
}
