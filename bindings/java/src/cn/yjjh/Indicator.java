// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * One resource indicator of one stage of one county: the county value, its coefficient of variation (差异系数)
 * over the in-scope schools and whether the CV is within its maximum. JSON:
 * {@code counties[].stages.STAGE.indicators.CODE}.
 *
 * @param code           the indicator code ({@code "R1"}…{@code "R7"}, {@code "B1"}…{@code "B8"})
 * @param standard       the per-school minimum (NaN when the profile has none)
 * @param countyValue    the county level: Σ amount / Σ students (× 100 for per-100 indicators)
 * @param cvDefined      false when the county total is zero (the CV is undefined)
 * @param cv             the students-weighted CV (NaN when undefined)
 * @param cvMax          the maximum CV (NaN when the rule is on the composite CV, 2012 scheme)
 * @param cvMet          true when {@code cv <= cvMax}
 * @param schoolsMeeting the number of in-scope school parts meeting the standard
 * @since 0.3
 */
public record Indicator(String code, double standard, double countyValue, boolean cvDefined, double cv, double cvMax,
        boolean cvMet, long schoolsMeeting) {}
