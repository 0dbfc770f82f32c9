// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;
import java.util.Optional;

/**
 * One school part: one stage of one school (a nine-year school has two; a special school one with stage
 * {@link Stage#NONE}). JSON: {@code counties[].schools[]}.
 *
 * @param row        the row of the school in the input table (0-based)
 * @param countyCode the code of its county
 * @param schoolId   the school id
 * @param schoolName the school name ("" when not given)
 * @param stage      the stage of the part
 * @param inScope    true when the part is evaluated
 * @param exclusion  why it is out of scope ({@link Exclusion#NONE} when in scope)
 * @param students   the enrolment of the stage (after merging teaching points)
 * @param metCount   the number of indicators met (0 when none was computed)
 * @param passed     true when the part passes the school rule (2017 scheme)
 * @param indicators the part's indicators in profile order (empty when out of scope)
 * @since 0.3
 */
public record SchoolPart(long row, String countyCode, String schoolId, String schoolName, Stage stage, boolean inScope,
        Exclusion exclusion, double students, int metCount, boolean passed, List<PartIndicator> indicators) {
    /**
     * Creates a school part (the list is copied).
     *
     * @param row        the row
     * @param countyCode the county code
     * @param schoolId   the school id
     * @param schoolName the school name
     * @param stage      the stage
     * @param inScope    whether in scope
     * @param exclusion  the exclusion
     * @param students   the students
     * @param metCount   the indicators met
     * @param passed     whether the school rule passes
     * @param indicators the indicators
     */
    public SchoolPart {
        indicators = List.copyOf(indicators);
    }

    /**
     * The indicator with a code.
     *
     * @param code e.g. {@code "R4"}
     * @return the indicator, or empty (out of scope, or no such code)
     */
    public Optional<PartIndicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
