// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * Why a school part is out of scope (C {@code yjjh_exclusion}).
 *
 * @since 0.3
 */
public enum Exclusion {
    /** In scope. */
    NONE(""),
    /** 特殊教育学校. */
    SPECIAL("special"),
    /** 民办 school while the profile leaves private schools out. */
    PRIVATE("private"),
    /** 教学点 left out or merged into its 中心校. */
    TEACHING_POINT("teaching_point"),
    /** The school type serves the stage but it has no students. */
    NO_STUDENTS("no_students");

    private final String jsonName;

    Exclusion(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON output ({@code excluded_reason}).
     *
     * @return the name, "" for {@link #NONE}
     */
    public String jsonName() {
        return jsonName;
    }

    static Exclusion of(int c) {
        if (c < 0 || c >= values().length) throw new IllegalStateException("unknown exclusion " + c);
        return values()[c];
    }
}
