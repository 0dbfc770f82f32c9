// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * A school stage (C {@code yjjh_stage}).
 *
 * @since 0.3
 */
public enum Stage {
    /** No stage (county-level reasons, special-education schools). */
    NONE(0, ""),
    /** 小学, grades 1–6. */
    PRIMARY(1, "primary"),
    /** 初中, grades 7–9. */
    JUNIOR(2, "junior"),
    /** 高中: only used to apportion shared facilities. */
    SENIOR(3, "senior");

    private final int value;
    private final String jsonName;

    Stage(int value, String jsonName) {
        this.value = value;
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON output.
     *
     * @return "primary", "junior", "senior", or "" for {@link #NONE}
     */
    public String jsonName() {
        return jsonName;
    }

    int value() {
        return value;
    }

    static Stage of(int c) {
        for (Stage s : values()) {
            if (s.value == c) return s;
        }
        throw new IllegalStateException("unknown stage " + c);
    }
}
