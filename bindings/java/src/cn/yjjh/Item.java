// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * One county item (G1–G15, Q1–Q9, S1, vetoes, eligibility). JSON: {@code counties[].items.CODE}.
 *
 * @param code     the item code
 * @param status   met, not met or not assessed
 * @param value    the value found (NaN when none)
 * @param required the value required (NaN when none)
 * @param message  the explanation ("" when met)
 * @since 0.3
 */
public record Item(String code, ItemStatus status, double value, double required, String message) {}
