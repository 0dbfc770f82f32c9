// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;
import java.util.Optional;

/**
 * One stage (primary or junior) of one county. JSON: {@code counties[].stages.STAGE}.
 *
 * @param stage            {@link Stage#PRIMARY} or {@link Stage#JUNIOR}
 * @param students         the in-scope students of the stage
 * @param schoolsInScope   the in-scope school parts
 * @param schoolsPassing   the parts passing the school rule (0 without a school rule)
 * @param indicators       the indicators, in profile order
 * @param compositeDefined 2012 scheme: true when every CV is defined
 * @param compositeCv      2012 scheme: the mean of the indicator CVs (NaN when undefined, and for 2017)
 * @param compositeCvMax   2012 scheme: its maximum (NaN for 2017)
 * @param compositeCvMet   2012 scheme: true when within its maximum
 * @since 0.3
 */
public record StageResult(Stage stage, double students, long schoolsInScope, long schoolsPassing,
        List<Indicator> indicators, boolean compositeDefined, double compositeCv, double compositeCvMax,
        boolean compositeCvMet) {
    /**
     * Creates a stage result (the list is copied).
     *
     * @param stage            the stage
     * @param students         the students
     * @param schoolsInScope   the parts in scope
     * @param schoolsPassing   the parts passing
     * @param indicators       the indicators
     * @param compositeDefined whether the composite CV is defined
     * @param compositeCv      the composite CV
     * @param compositeCvMax   its maximum
     * @param compositeCvMet   whether it is met
     */
    public StageResult {
        indicators = List.copyOf(indicators);
    }

    /**
     * The indicator with a code.
     *
     * @param code e.g. {@code "R4"}
     * @return the indicator, or empty when the profile has none with that code
     */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
