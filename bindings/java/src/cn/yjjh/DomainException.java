// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;

/**
 * Numerical or domain problem (status 2xx): zero mean (CV undefined), overflow, not applicable. Python: {@code
 * DomainError}.
 *
 * @since 0.3
 */
public class DomainException extends YjjhException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public DomainException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
    }
}
