// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;

/**
 * The library ran out of memory (status 4xx). Python: {@code YjjhMemoryError}.
 *
 * @since 0.3
 */
public class YjjhOutOfMemoryException extends YjjhException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public YjjhOutOfMemoryException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
    }
}
