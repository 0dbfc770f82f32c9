// SPDX-License-Identifier: MIT
/**
 * The libyjjh Java API: county compulsory-education balance evaluation (县域义务教育优质均衡 / 基本均衡发展督导评估).
 *
 * <p>{@link cn.yjjh.Yjjh} evaluates a schools table (a CSV file or bytes) with a {@link cn.yjjh.Profile} and
 * optional {@link cn.yjjh.Facts}, and returns a {@link cn.yjjh.Result}: typed records for counties, stages,
 * indicators, reasons, items and school parts, and {@link cn.yjjh.Result#toJson()}, the JSON document of
 * {@code yjjh evaluate --format json}. Errors are unchecked {@link cn.yjjh.YjjhException}s; bad input data is a
 * {@link cn.yjjh.DataException} listing every {@link cn.yjjh.Problem}. See docs/java.md.
 *
 * @since 0.3
 */
package cn.yjjh;
