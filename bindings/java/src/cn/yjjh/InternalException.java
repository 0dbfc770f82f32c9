// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;

/**
 * Internal error of the library (status 9xx): a bug, please report it. Python: {@code InternalError}.
 *
 * @since 0.3
 */
public class InternalException extends YjjhException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public InternalException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
    }
}
