// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * The evaluation scheme of a profile (C {@code yjjh_scheme}).
 *
 * @since 0.3
 */
public enum Scheme {
    /** No profile. */
    NONE("none"),
    /** 优质均衡 (2017): indicators R1–R7, the school rule, a CV maximum per indicator. */
    QUALITY_2017("quality_2017"),
    /** 基本均衡 (2012): indicators B1–B8, the composite CV, no school rule. */
    BASIC_2012("basic_2012");

    private final String jsonName;

    Scheme(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in profile JSON.
     *
     * @return "quality_2017", "basic_2012" or "none"
     */
    public String jsonName() {
        return jsonName;
    }

    static Scheme of(int c) {
        if (c < 0 || c >= values().length) throw new IllegalStateException("unknown scheme " + c);
        return values()[c];
    }
}
