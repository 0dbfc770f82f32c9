// SPDX-License-Identifier: MIT
package cn.yjjh;

import cn.yjjh.internal.core;
import cn.yjjh.internal.coreConstants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Entry point of the libyjjh Java API: evaluates the school tables of a county (县域义务教育优质均衡 /
 * 基本均衡发展督导评估) as {@code yjjh evaluate} does.
 *
 * <pre>{@code
 * try (Result r = Yjjh.evaluate(Path.of("jinchuan.csv"))) {
 *     System.out.println(r.verdict());          // FAIL
 *     String json = r.toJson();                  // the bytes of `yjjh evaluate --format json`
 * }
 * }</pre>
 *
 * <p>The native library is loaded on first use: from the file named by the system property
 * {@code yjjh.jni.library} when it is set, else {@code libyjjh_jni.so} from {@code java.library.path}
 * (see docs/java.md). Every method is thread-safe; evaluations on different threads run in parallel.
 *
 * @since 0.3
 */
public final class Yjjh {
    private Yjjh() {}

    /**
     * The version of libyjjh loaded at run time.
     *
     * @return e.g. {@code "0.3.0"}
     * @throws IllegalStateException the loaded native library is not the version this jar was built for
     */
    public static String version() {
        String runtime = core.version_string();
        if (!runtime.equals(coreConstants.VERSION_STRING)) {
            throw new IllegalStateException(
                    "libyjjh " + runtime + " is loaded, but this jar was built for " + coreConstants.VERSION_STRING);
        }
        return runtime;
    }

    /**
     * The version of libyjjh loaded at run time as a number, {@code major*10000 + minor*100 + patch}.
     *
     * @return e.g. {@code 300} for 0.3.0
     */
    public static int versionNumber() {
        return core.version_number();
    }

    /**
     * Evaluates a schools CSV file with the {@code national-2017} profile and no county facts.
     *
     * @param schools the schools CSV (UTF-8 or GB18030, English or Chinese headers)
     * @return the result (close it, or let the cleaner free it)
     * @throws DataException the table has errors; {@link DataException#problems()} lists each
     * @throws YjjhIOException the file cannot be read (a missing file: cause {@link java.io.FileNotFoundException})
     */
    public static Result evaluate(Path schools) {
        return evaluate(schools, null, null, null);
    }

    /**
     * Evaluates a schools CSV file with a profile and no county facts.
     *
     * @param schools the schools CSV
     * @param profile the profile, or null for {@code national-2017}
     * @return the result
     * @throws DataException the table has errors
     * @throws YjjhIOException the file cannot be read
     */
    public static Result evaluate(Path schools, Profile profile) {
        return evaluate(schools, null, profile, null);
    }

    /**
     * Evaluates a schools CSV file with county facts and a profile.
     *
     * @param schools the schools CSV
     * @param facts   the county facts, or null (then fact-based items are not assessed)
     * @param profile the profile, or null for {@code national-2017}
     * @return the result
     * @throws DataException the table has errors
     * @throws YjjhIOException the file cannot be read
     */
    public static Result evaluate(Path schools, Facts facts, Profile profile) {
        return evaluate(schools, facts, profile, null);
    }

    /**
     * Evaluates a schools CSV file with county facts, a profile and an evaluation year.
     *
     * @param schools the schools CSV
     * @param facts   the county facts, or null
     * @param profile the profile, or null for {@code national-2017}
     * @param year    the evaluation year (评估年份) for counties whose facts give none, as the CLI's
     *                {@code --year}; null for none ({@code facts} is not changed)
     * @return the result
     * @throws DataException the table has errors
     * @throws YjjhIOException the file cannot be read
     */
    public static Result evaluate(Path schools, Facts facts, Profile profile, Integer year) {
        Objects.requireNonNull(schools, "schools");
        cn.yjjh.internal.Schools[] table = new cn.yjjh.internal.Schools[1];
        if (isDefaultFileSystem(schools)) {
            core.schools_read_file(table, nativePath(schools), null);
        } else {
            core.schools_read_buffer(table, readAll(schools), schools.toString(), null);
        }
        return evaluateTable(table[0], facts, profile, year);
    }

    /**
     * Evaluates a schools CSV held in memory with the {@code national-2017} profile (for an upload, a request
     * body, a database blob).
     *
     * @param csv the CSV bytes (UTF-8 with or without BOM, or GB18030)
     * @return the result
     * @throws DataException the table has errors (messages name the source {@code <buffer>})
     */
    public static Result evaluateCsv(byte[] csv) {
        return evaluateCsv(csv, null, null, null, null);
    }

    /**
     * Evaluates a schools CSV given as text with the {@code national-2017} profile.
     *
     * @param csv the CSV text
     * @return the result
     * @throws DataException the table has errors
     */
    public static Result evaluateCsv(String csv) {
        Objects.requireNonNull(csv, "csv");
        return evaluateCsv(csv.getBytes(StandardCharsets.UTF_8), null, null, null, null);
    }

    /**
     * Evaluates a schools CSV held in memory with county facts and a profile.
     *
     * @param csv     the CSV bytes
     * @param facts   the county facts, or null
     * @param profile the profile, or null for {@code national-2017}
     * @return the result
     * @throws DataException the table has errors
     */
    public static Result evaluateCsv(byte[] csv, Facts facts, Profile profile) {
        return evaluateCsv(csv, null, facts, profile, null);
    }

    /**
     * Evaluates a schools CSV held in memory, with every option.
     *
     * @param csv        the CSV bytes (UTF-8 or GB18030)
     * @param sourceName the name used in problem messages, e.g. the uploaded file's name; null for
     *                   {@code <buffer>}
     * @param facts      the county facts, or null
     * @param profile    the profile, or null for {@code national-2017}
     * @param year       the evaluation year for counties whose facts give none, or null
     * @return the result
     * @throws DataException the table has errors
     */
    public static Result evaluateCsv(byte[] csv, String sourceName, Facts facts, Profile profile, Integer year) {
        Objects.requireNonNull(csv, "csv");
        cn.yjjh.internal.Schools[] table = new cn.yjjh.internal.Schools[1];
        core.schools_read_buffer(table, csv, sourceName, null);
        return evaluateTable(table[0], facts, profile, year);
    }

    /**
     * The number of native objects ({@link Result}, {@link Profile}, {@link Facts}) created in this JVM and not
     * yet freed, by {@code close()} or by the cleaner after they became unreachable. For leak checks in tests
     * and for monitoring (a number that only grows means results are neither closed nor released).
     *
     * @return the count
     */
    public static long openHandles() {
        return NativeHandle.open();
    }

    /**
     * The names of the built-in profiles ({@code yjjh profiles}).
     *
     * @return the names
     */
    public static List<String> profiles() {
        return Profile.builtinNames();
    }

    private static Result evaluateTable(cn.yjjh.internal.Schools table, Facts facts, Profile profile, Integer year) {
        Profile own = null;
        Facts yearFacts = null;
        try {
            if (profile == null) profile = own = Profile.builtin(Profile.DEFAULT);
            if (year != null) {
                yearFacts = facts != null ? facts.withYear(year) : Facts.create().set("", "evaluation_year", year);
                facts = yearFacts;
            }
            Facts f = facts;
            Profile p = profile;
            List<String> codes = p.indicatorCodes();
            return p.use(ph -> {
                cn.yjjh.internal.Result[] out = new cn.yjjh.internal.Result[1];
                if (f == null) {
                    core.schools_evaluate(out, table, null, ph);
                } else {
                    f.use(fh -> core.schools_evaluate(out, table, fh, ph));
                }
                return new Result(out[0], codes);
            });
        } finally {
            table.delete();
            if (own != null) own.close();
            if (yearFacts != null) yearFacts.close();
        }
    }

    /** Whether a path can be given to the C library by name. */
    static boolean isDefaultFileSystem(Path path) {
        return path.getFileSystem() == FileSystems.getDefault();
    }

    /** The path as the C library opens it. */
    static String nativePath(Path path) {
        if (!isDefaultFileSystem(path)) {
            throw new InvalidArgumentException("not a file of the default file system: " + path, 106, List.of());
        }
        return path.toString();
    }

    /** Reads a file of another file system (a zip, an in-memory file system) in Java. */
    static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            YjjhIOException x = new YjjhIOException("cannot read " + path + ": " + e.getMessage(), 501, List.of());
            x.addSuppressed(e);
            throw x;
        }
    }
}
