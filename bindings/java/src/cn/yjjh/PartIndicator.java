// SPDX-License-Identifier: MIT
package cn.yjjh;

/**
 * One indicator of one school part. JSON: {@code counties[].schools[].values/met/ratios/shortfalls.CODE}.
 *
 * @param code      the indicator code
 * @param value     the school's value
 * @param standard  the standard (minimum) for the stage (NaN when the profile has none)
 * @param ratio     value / standard (NaN when the standard is 0 or NaN)
 * @param met       true when the value meets its standard
 * @param shortfall the shortfall in natural units when not met (whole teachers or rooms, m², 元), else 0
 * @since 0.3
 */
public record PartIndicator(String code, double value, double standard, double ratio, boolean met, double shortfall) {}
