// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.util.List;
import java.util.Optional;

/**
 * One county of a result: its verdict and reasons, its stages with their indicators, and its county items.
 * JSON: {@code counties[]}.
 *
 * @param code    the county code ("" when the input had none)
 * @param name    the county name ("" when unknown)
 * @param verdict the verdict
 * @param reasons the reasons of the verdict
 * @param stages  the stages with in-scope students (primary, then junior)
 * @param items   the county items, in catalogue order
 * @since 0.3
 */
public record County(
        String code, String name, Verdict verdict, List<Reason> reasons, List<StageResult> stages, List<Item> items) {
    /**
     * Creates a county (the lists are copied).
     *
     * @param code    the code
     * @param name    the name
     * @param verdict the verdict
     * @param reasons the reasons
     * @param stages  the stages
     * @param items   the items
     */
    public County {
        reasons = List.copyOf(reasons);
        stages = List.copyOf(stages);
        items = List.copyOf(items);
    }

    /**
     * One stage of the county.
     *
     * @param stage {@link Stage#PRIMARY} or {@link Stage#JUNIOR}
     * @return the stage, or empty when the county has no in-scope students in it
     */
    public Optional<StageResult> stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /**
     * One county item.
     *
     * @param code e.g. {@code "G5"}
     * @return the item, or empty when there is none with that code
     */
    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
