// SPDX-License-Identifier: MIT
package cn.yjjh;

import cn.yjjh.internal.core;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation profile (评估方案): a built-in one ({@code national-2017}, {@code national-2012-basic}, the data
 * profiles compiled in) or one loaded from a JSON profile file. Immutable; one profile may be used by any number
 * of threads at once. Close it to free its native memory at once (else a {@link java.lang.ref.Cleaner} frees it
 * after it becomes unreachable).
 *
 * @since 0.3
 */
public final class Profile extends NativeHandle<cn.yjjh.internal.Profile> {
    /** The default profile name. */
    public static final String DEFAULT = "national-2017";

    private Profile(cn.yjjh.internal.Profile p) {
        super(p, p::delete, "Profile");
    }

    /**
     * Creates a built-in profile.
     *
     * @param name a name of {@link #builtinNames()}, e.g. {@code "national-2017"}
     * @return the profile
     * @throws UnknownCodeException no built-in profile has this name
     * @throws NullPointerException {@code name} is null
     */
    public static Profile builtin(String name) {
        Objects.requireNonNull(name, "name");
        cn.yjjh.internal.Profile[] out = new cn.yjjh.internal.Profile[1];
        core.profile_builtin(out, name);
        return new Profile(out[0]);
    }

    /**
     * Loads a profile file (JSON; {@code extends} names a built-in profile or another file relative to it).
     *
     * @param path the file
     * @return the profile
     * @throws DataException the file is not a valid profile (its problems name each key)
     * @throws YjjhIOException the file cannot be read
     * @throws UnknownCodeException {@code extends} names no built-in profile and no file
     */
    public static Profile load(Path path) {
        Objects.requireNonNull(path, "path");
        cn.yjjh.internal.Profile[] out = new cn.yjjh.internal.Profile[1];
        core.profile_load_file(out, Yjjh.nativePath(path));
        return new Profile(out[0]);
    }

    /**
     * Loads a profile from JSON text; {@code extends} must name a built-in profile.
     *
     * @param json the profile JSON
     * @return the profile
     * @throws DataException the text is not a valid profile
     * @throws UnknownCodeException {@code extends} names no built-in profile
     */
    public static Profile fromJson(String json) {
        Objects.requireNonNull(json, "json");
        cn.yjjh.internal.Profile[] out = new cn.yjjh.internal.Profile[1];
        core.profile_load_json(out, json.getBytes(StandardCharsets.UTF_8), "<profile>");
        return new Profile(out[0]);
    }

    /**
     * The names of the built-in profiles ({@code national-2017} first, then {@code national-2012-basic}, then
     * the data profiles compiled in).
     *
     * @return the names
     */
    public static List<String> builtinNames() {
        long n = core.profile_builtin_count();
        List<String> names = new ArrayList<>();
        String[] out = new String[1];
        for (long i = 0; i < n; i++) {
            core.profile_builtin_get(out, i);
            names.add(out[0]);
        }
        return List.copyOf(names);
    }

    /**
     * The profile's name, e.g. {@code "national-2017"}.
     *
     * @return the name
     */
    public String name() {
        return read(core::profile_name);
    }

    /**
     * The profile's Chinese title.
     *
     * @return the title
     */
    public String title() {
        return read(core::profile_title);
    }

    /**
     * The profile's scheme (2017 quality or 2012 basic balance).
     *
     * @return the scheme
     */
    public Scheme scheme() {
        return Scheme.of(read(core::profile_scheme));
    }

    /**
     * The codes of the indicators the profile evaluates, in profile order ({@code R1}…{@code R7} or
     * {@code B1}…{@code B8}).
     *
     * @return the codes
     */
    public List<String> indicatorCodes() {
        return read(p -> {
            List<String> codes = new ArrayList<>();
            long n = core.profile_indicator_count(p);
            for (long k = 0; k < n; k++) {
                cn.yjjh.internal.indicator_info info = new cn.yjjh.internal.indicator_info();
                try {
                    core.profile_indicator_get(info, p, k);
                    codes.add(info.getCode());
                } finally {
                    info.delete();
                }
            }
            return List.copyOf(codes);
        });
    }

    /**
     * The profile as JSON, as printed by {@code yjjh standards --format json}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return read(p -> {
            byte[][] out = new byte[1][];
            core.profile_to_json(out, p);
            return new String(out[0], StandardCharsets.UTF_8);
        });
    }

    /** Runs a call on the internal handle (for {@link Yjjh}). */
    <R> R use(java.util.function.Function<cn.yjjh.internal.Profile, R> call) {
        return read(call);
    }

    /**
     * The profile's name.
     *
     * @return {@link #name()}, or "Profile (closed)"
     */
    @Override
    public String toString() {
        return isClosed() ? "Profile (closed)" : "Profile " + name();
    }
}
