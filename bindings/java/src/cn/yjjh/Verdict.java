// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * The verdict of a county (C {@code yjjh_verdict}).
 *
 * @since 0.3
 */
public enum Verdict {
    /** Every condition is met (达标). */
    PASS("pass"),
    /** At least one condition is not met. */
    FAIL("fail"),
    /** Nothing failed, but some item lacks its input. */
    INCOMPLETE("incomplete");

    private final String jsonName;

    Verdict(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON output.
     *
     * @return "pass", "fail" or "incomplete"
     */
    public String jsonName() {
        return jsonName;
    }

    static Verdict of(int c) {
        switch (c) {
            case 0:
                return PASS;
            case 1:
                return FAIL;
            case 2:
                return INCOMPLETE;
            default:
                throw new IllegalStateException("unknown verdict " + c);
        }
    }
}
