// SPDX-License-Identifier: MIT
package cn.yjjh;

import cn.yjjh.internal.core;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * County facts (县级事实数据): the values per county of the items that cannot be computed from school rows
 * (government assurance G, quality Q, social recognition S, vetoes, eligibility). Facts are numbers: booleans are
 * 1/0, rates are fractions (0.95). Facts under the county code "" are the default of every county. A missing fact
 * makes its item "not assessed", never "met".
 *
 * <p>Thread safety: any number of threads may read or evaluate with one fact set at once; {@link #set} waits for
 * them and runs alone. Close it to free its native memory at once.
 *
 * @since 0.3
 */
public final class Facts extends NativeHandle<cn.yjjh.internal.Facts> {
    private Facts(cn.yjjh.internal.Facts f) {
        super(f, f::delete, "Facts");
    }

    /**
     * Creates an empty fact set.
     *
     * @return the fact set
     */
    public static Facts create() {
        cn.yjjh.internal.Facts[] out = new cn.yjjh.internal.Facts[1];
        core.facts_new(out);
        return new Facts(out[0]);
    }

    /**
     * Reads a facts file: CSV (one row per county) or JSON (an object keyed by county code), chosen by content.
     *
     * @param path the file
     * @return the fact set
     * @throws DataException the file has errors (each {@link Problem} names its line and column)
     * @throws YjjhIOException the file cannot be read
     */
    public static Facts read(Path path) {
        Objects.requireNonNull(path, "path");
        cn.yjjh.internal.Facts[] out = new cn.yjjh.internal.Facts[1];
        if (Yjjh.isDefaultFileSystem(path)) {
            core.facts_read_file(out, Yjjh.nativePath(path), null);
        } else {
            core.facts_read_buffer(out, Yjjh.readAll(path), path.toString(), null);
        }
        return new Facts(out[0]);
    }

    /**
     * Reads facts held in memory (CSV or JSON, chosen by content).
     *
     * @param data       the bytes (UTF-8, or GB18030 for CSV)
     * @param sourceName the name used in messages, e.g. "facts.json" (null: "&lt;buffer&gt;")
     * @return the fact set
     * @throws DataException the data has errors
     */
    public static Facts parse(byte[] data, String sourceName) {
        Objects.requireNonNull(data, "data");
        cn.yjjh.internal.Facts[] out = new cn.yjjh.internal.Facts[1];
        core.facts_read_buffer(out, data, sourceName, null);
        return new Facts(out[0]);
    }

    /**
     * Reads facts given as text (CSV or JSON).
     *
     * @param text the text
     * @return the fact set
     * @throws DataException the text has errors
     */
    public static Facts parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(text.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * Sets a fact of a county.
     *
     * @param countyCode the county code, or "" for the default of every county
     * @param key        a fact key in English or Chinese ({@code "evaluation_year"}, {@code "评估年份"}, …)
     * @param value      the value (finite; booleans 1/0; rates as fractions)
     * @return this fact set
     * @throws UnknownCodeException {@code key} is not a fact key
     * @throws InvalidArgumentException {@code value} is NaN or infinite
     */
    public Facts set(String countyCode, String key, double value) {
        Objects.requireNonNull(countyCode, "countyCode");
        String canonical = canonicalKey(key);
        write(f -> core.facts_set(f, countyCode, canonical, value));
        return this;
    }

    /**
     * Sets a fact given as text, read by the rules of the facts reader: a number, a percentage ({@code "95%"}
     * is 0.95) or a boolean ({@code true}/{@code 是} is 1); empty, {@code -}, {@code NA}, {@code 无} remove nothing
     * and set nothing.
     *
     * @param countyCode the county code, or "" for the default of every county
     * @param key        a fact key in English or Chinese
     * @param text       the value as text
     * @return this fact set
     * @throws UnknownCodeException {@code key} is not a fact key
     * @throws DataException the text is not a number, percentage or boolean
     */
    public Facts set(String countyCode, String key, String text) {
        Objects.requireNonNull(text, "text");
        double[] v = new double[1];
        core.fact_value_parse(v, text);
        if (Double.isNaN(v[0])) return this;
        return set(countyCode, key, v[0]);
    }

    /**
     * A fact of a county, falling back to the "" default.
     *
     * @param countyCode the county code ("" for the default)
     * @param key        a fact key in English or Chinese
     * @return the value, or empty when not given
     * @throws UnknownCodeException {@code key} is not a fact key
     */
    public OptionalDouble get(String countyCode, String key) {
        Objects.requireNonNull(countyCode, "countyCode");
        String canonical = canonicalKey(key);
        return read(f -> {
            double[] v = new double[1];
            try {
                core.facts_get(v, f, countyCode, canonical);
            } catch (UnknownCodeException e) {
                if (e.code() == 303) return OptionalDouble.empty(); // YJJH_E_NOT_FOUND: not given
                throw e;
            }
            return OptionalDouble.of(v[0]);
        });
    }

    /**
     * The county codes the set holds facts for, in order of first setting ("" for the default).
     *
     * @return the codes
     */
    public List<String> counties() {
        return read(f -> {
            List<String> codes = new ArrayList<>();
            long n = core.facts_county_count(f);
            String[] out = new String[1];
            for (long i = 0; i < n; i++) {
                core.facts_county_get(out, f, i);
                codes.add(out[0]);
            }
            return List.copyOf(codes);
        });
    }

    /**
     * The known fact keys ({@code evaluation_year}, {@code layout_reasonable}, …).
     *
     * @return the keys, in documentation order
     */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        long n = core.fact_key_count();
        String[] out = new String[1];
        for (long i = 0; i < n; i++) {
            core.fact_key_get(out, i);
            keys.add(out[0]);
        }
        return List.copyOf(keys);
    }

    /**
     * The canonical (English) key of a fact name.
     *
     * @param name an English or Chinese fact name
     * @return the key
     * @throws UnknownCodeException it is not a fact key
     */
    public static String canonicalKey(String name) {
        Objects.requireNonNull(name, "key");
        String[] out = new String[1];
        core.fact_key_from_name(out, name);
        return out[0];
    }

    /**
     * A new fact set with the same facts and {@code evaluation_year} set as the default of every county (as the
     * CLI's {@code --year}); this set is not changed.
     *
     * @param year the evaluation year
     * @return the new set (the caller closes it)
     */
    Facts withYear(int year) {
        Facts copy = create();
        try {
            read(f -> {
                List<String> keys = keys();
                java.util.Map<String, Double> defaults = new java.util.HashMap<>();
                double[] v = new double[1];
                for (String key : keys) {
                    if (lookup(f, "", key, v)) defaults.put(key, v[0]);
                }
                long n = core.facts_county_count(f);
                String[] code = new String[1];
                for (long i = 0; i < n; i++) {
                    core.facts_county_get(code, f, i);
                    String c = code[0];
                    for (String key : keys) {
                        if (!lookup(f, c, key, v)) continue;
                        Double d = defaults.get(key);
                        // a county's value equal to the default is the default itself (the C API falls back)
                        if (!c.isEmpty() && d != null && d == v[0]) continue;
                        double value = v[0];
                        copy.write(g -> core.facts_set(g, c, key, value));
                    }
                }
                return null;
            });
            copy.write(g -> core.facts_set(g, "", "evaluation_year", year));
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    private static boolean lookup(cn.yjjh.internal.Facts f, String county, String key, double[] out) {
        try {
            core.facts_get(out, f, county, key);
            return true;
        } catch (UnknownCodeException e) {
            return false; // YJJH_E_NOT_FOUND: not given
        }
    }

    /** Runs a call on the internal handle (for {@link Yjjh}). */
    <R> R use(java.util.function.Function<cn.yjjh.internal.Facts, R> call) {
        return read(call);
    }
}
