// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;

/**
 * A file cannot be opened, read or written (status 5xx). Its {@linkplain #getCause() cause} is a
 * {@link java.io.IOException} with the same message — a {@link FileNotFoundException} when the file cannot be
 * opened — so code that handles I/O errors can treat it as one. Python: {@code YjjhIOError} (an {@code OSError}).
 *
 * @since 0.3
 */
public class YjjhIOException extends YjjhException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message
     * @param code     the numeric {@code yjjh_status}
     * @param problems the problems found in the input (may be null or empty)
     */
    public YjjhIOException(String message, int code, List<Problem> problems) {
        super(message, code, problems);
        initCause(code == 500 ? new FileNotFoundException(message) : new IOException(message));
    }

    /**
     * The I/O exception this error corresponds to.
     *
     * @return the cause, never null
     */
    public IOException ioException() {
        return (IOException) getCause();
    }
}
