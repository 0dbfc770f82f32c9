// SPDX-License-Identifier: MIT
package cn.yjjh;

import cn.yjjh.internal.core;
import cn.yjjh.internal.county_summary;
import cn.yjjh.internal.indicator_result;
import cn.yjjh.internal.item_result;
import cn.yjjh.internal.part_result;
import cn.yjjh.internal.reason;
import cn.yjjh.internal.rule_indicator;
import cn.yjjh.internal.stage_summary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of an evaluation ({@link Yjjh#evaluate}): every county with its verdict, reasons, stages and
 * indicators, items and school parts, and the JSON and CSV documents of the CLI.
 *
 * <p>Immutable: any number of threads may read one result at once. The typed views ({@link #counties()},
 * {@link #schools()}) are plain Java records, built on first use and valid after {@link #close()}; the methods
 * themselves throw {@link IllegalStateException} after {@code close()}.
 *
 * @since 0.3
 */
public final class Result extends NativeHandle<cn.yjjh.internal.Result> {
    private final List<String> indicatorCodes;
    private volatile List<County> counties;
    private volatile List<SchoolPart> schools;

    Result(cn.yjjh.internal.Result r, List<String> indicatorCodes) {
        super(r, r::delete, "Result");
        this.indicatorCodes = List.copyOf(indicatorCodes);
    }

    /**
     * The name of the profile the result was computed with.
     *
     * @return e.g. {@code "national-2017"}
     */
    public String profileName() {
        return read(core::result_profile_name);
    }

    /**
     * The codes of the profile's indicators, in profile order.
     *
     * @return e.g. {@code [R1, …, R7]}
     */
    public List<String> indicatorCodes() {
        return indicatorCodes;
    }

    /**
     * Every county, in order of first appearance in the input.
     *
     * @return an unmodifiable list
     */
    public List<County> counties() {
        List<County> c = counties;
        if (c == null) counties = c = read(this::loadCounties);
        return c;
    }

    /**
     * The county with a code.
     *
     * @param code the county code
     * @return the county, or empty
     */
    public Optional<County> county(String code) {
        return counties().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The verdict of the only county.
     *
     * @return the verdict
     * @throws IllegalStateException the result has no county or more than one (use {@link #counties()})
     */
    public Verdict verdict() {
        List<County> c = counties();
        if (c.size() != 1) {
            throw new IllegalStateException("the result has " + c.size() + " counties; use counties()");
        }
        return c.get(0).verdict();
    }

    /**
     * Every school part, in input order (over all counties).
     *
     * @return an unmodifiable list
     */
    public List<SchoolPart> schools() {
        List<SchoolPart> s = schools;
        if (s == null) {
            List<County> cs = counties();
            schools = s = read(r -> loadSchools(r, cs));
        }
        return s;
    }

    /**
     * The result as the JSON document of {@code yjjh evaluate --format json} (the same bytes).
     *
     * @return the JSON text
     */
    public String toJson() {
        return new String(toJsonBytes(), StandardCharsets.UTF_8);
    }

    /**
     * The result as the UTF-8 bytes of the JSON document of {@code yjjh evaluate --format json}.
     *
     * @return the bytes (a new array)
     */
    public byte[] toJsonBytes() {
        return read(r -> {
            byte[][] out = new byte[1][];
            core.result_to_json(out, r);
            return out[0];
        });
    }

    /**
     * The result as the CSV of {@code yjjh evaluate --format csv} (one row per school part).
     *
     * @return the CSV text
     */
    public String toCsv() {
        return read(r -> {
            byte[][] out = new byte[1][];
            core.result_to_csv(out, r);
            return new String(out[0], StandardCharsets.UTF_8);
        });
    }

    /**
     * A short description: profile and verdicts.
     *
     * @return the description
     */
    @Override
    public String toString() {
        if (isClosed()) return "Result (closed)";
        StringBuilder b = new StringBuilder("Result ").append(profileName()).append(" {");
        String sep = "";
        for (County c : counties()) {
            b.append(sep).append(c.code()).append('=').append(c.verdict().jsonName());
            sep = ", ";
        }
        return b.append('}').toString();
    }

    private List<County> loadCounties(cn.yjjh.internal.Result r) {
        long n = core.result_county_count(r);
        List<County> list = new ArrayList<>();
        for (long ci = 0; ci < n; ci++) {
            county_summary s = new county_summary();
            try {
                core.result_county_get(s, r, ci);
                List<Reason> reasons = new ArrayList<>();
                for (long j = 0; j < s.getN_reasons(); j++) reasons.add(reason(r, ci, j));
                List<Item> items = new ArrayList<>();
                for (long j = 0; j < s.getN_items(); j++) items.add(item(r, ci, j));
                List<StageResult> stages = new ArrayList<>();
                if (s.getHas_primary() != 0) stages.add(stage(r, ci, Stage.PRIMARY));
                if (s.getHas_junior() != 0) stages.add(stage(r, ci, Stage.JUNIOR));
                list.add(new County(
                        s.getCounty_code(), s.getCounty_name(), Verdict.of(s.getVerdict()), reasons, stages, items));
            } finally {
                s.delete();
            }
        }
        return List.copyOf(list);
    }

    private static Reason reason(cn.yjjh.internal.Result r, long ci, long j) {
        reason x = new reason();
        try {
            core.result_reason_get(x, r, ci, j);
            return new Reason(x.getCode(), Stage.of(x.getStage()), x.getSchool_id(), x.getValue(), x.getRequired(),
                    x.getMessage());
        } finally {
            x.delete();
        }
    }

    private static Item item(cn.yjjh.internal.Result r, long ci, long j) {
        item_result x = new item_result();
        try {
            core.result_item_get(x, r, ci, j);
            return new Item(x.getCode(), ItemStatus.of(x.getStatus()), x.getValue(), x.getRequired(), x.getMessage());
        } finally {
            x.delete();
        }
    }

    private StageResult stage(cn.yjjh.internal.Result r, long ci, Stage stage) {
        stage_summary s = new stage_summary();
        try {
            core.result_stage_get(s, r, ci, stage.value());
            List<Indicator> indicators = new ArrayList<>();
            for (int k = 0; k < indicatorCodes.size(); k++) {
                indicator_result x = new indicator_result();
                try {
                    core.result_indicator_get(x, r, ci, stage.value(), k);
                    indicators.add(
                            new Indicator(x.getCode(), x.getStandard(), x.getCounty_value(), x.getCv_defined() != 0,
                                    x.getCv(), x.getCv_max(), x.getCv_met() != 0, x.getSchools_meeting()));
                } finally {
                    x.delete();
                }
            }
            return new StageResult(stage, s.getStudents(), s.getSchools_in_scope(), s.getSchools_passing(), indicators,
                    s.getComposite_defined() != 0, s.getComposite_cv(), s.getComposite_cv_max(),
                    s.getComposite_cv_met() != 0);
        } finally {
            s.delete();
        }
    }

    private List<SchoolPart> loadSchools(cn.yjjh.internal.Result r, List<County> cs) {
        long n = core.result_part_count(r);
        List<SchoolPart> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            part_result p = new part_result();
            try {
                core.result_part_get(p, r, i);
                cn.yjjh.internal.rule_result rule = p.getRule();
                long nInd = rule.getN_indicators();
                List<PartIndicator> indicators = new ArrayList<>();
                for (long k = 0; k < nInd && k < indicatorCodes.size(); k++) {
                    rule_indicator x = new rule_indicator();
                    try {
                        core.result_part_indicator_get(x, r, i, k);
                        indicators.add(new PartIndicator(indicatorCodes.get((int) k), x.getValue(), x.getStandard(),
                                x.getRatio(), x.getMet() != 0, x.getShortfall()));
                    } finally {
                        x.delete();
                    }
                }
                long ci = p.getCounty();
                String countyCode = ci < cs.size() ? cs.get((int) ci).code() : "";
                list.add(new SchoolPart(p.getRow(), countyCode, p.getSchool_id(), p.getSchool_name(),
                        Stage.of(p.getStage()), p.getIn_scope() != 0, Exclusion.of(p.getExcluded()), p.getStudents(),
                        (int) rule.getMet_count(), rule.getPassed() != 0, indicators));
            } finally {
                p.delete();
            }
        }
        return List.copyOf(list);
    }
}
