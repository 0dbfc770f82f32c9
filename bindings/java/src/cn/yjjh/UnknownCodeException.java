// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;

/**
 * Lookup failure (status 3xx): unknown indicator, profile, column or fact key, or an entry that does not exist. Python:
 * {@code UnknownCodeError}.
 *
 * @since 0.3
 */
public class UnknownCodeException extends YjjhException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public UnknownCodeException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
    }
}
