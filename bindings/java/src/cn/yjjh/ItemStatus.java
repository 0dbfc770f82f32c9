// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * The status of a county item (C {@code yjjh_item_status}).
 *
 * @since 0.3
 */
public enum ItemStatus {
    /** Met. */
    MET("met"),
    /** Not met. */
    NOT_MET("not_met"),
    /** Not assessed: its input (a county fact) is missing. */
    NOT_ASSESSED("not_assessed");

    private final String jsonName;

    ItemStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON output.
     *
     * @return "met", "not_met" or "not_assessed"
     */
    public String jsonName() {
        return jsonName;
    }

    static ItemStatus of(int c) {
        if (c < 0 || c >= values().length) throw new IllegalStateException("unknown item status " + c);
        return values()[c];
    }
}
