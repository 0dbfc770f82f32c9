// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * One reason of a county's verdict (a failed indicator, school, item or veto). JSON: {@code counties[].reasons[]}.
 *
 * @param code     the item or indicator code ({@code "R4"}, {@code "G5"}, {@code "school_rule"}, …)
 * @param stage    the stage, or {@link Stage#NONE}
 * @param schoolId the school concerned, or "" for a county-level reason
 * @param value    the value found (NaN when none)
 * @param required the value required (NaN when none)
 * @param message  the message (Chinese, with codes)
 * @since 0.3
 */
public record Reason(String code, Stage stage, String schoolId, double value, double required, String message) {}
