// SPDX-License-Identifier: MIT
//
// Evaluate a county with the libyjjh Java API (docs/java.md) and print each county's verdict, its reasons and
// the coefficients of variation of its indicators.
//
//   javac -cp /usr/share/java/yjjh.jar Evaluate.java
//   java -Djava.library.path=/usr/lib/x86_64-linux-gnu -cp /usr/share/java/yjjh.jar:. Evaluate \
//        examples/data/jinchuan.csv [--facts FILE] [--profile NAME|FILE] [--year YYYY] [--json]

import cn.yjjh.County;
import cn.yjjh.DataException;
import cn.yjjh.Facts;
import cn.yjjh.Indicator;
import cn.yjjh.Problem;
import cn.yjjh.Profile;
import cn.yjjh.Reason;
import cn.yjjh.Result;
import cn.yjjh.StageResult;
import cn.yjjh.Yjjh;
import cn.yjjh.YjjhException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Command line example of the Java API: evaluate a schools CSV, print the verdicts. */
public final class Evaluate {
    private Evaluate() {}

    /**
     * Runs the example.
     *
     * @param args SCHOOLS.csv [--facts FILE] [--profile NAME|FILE] [--year YYYY] [--json]
     */
    public static void main(String[] args) {
        // Chinese names: write UTF-8 whatever the platform's default encoding is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Path schools = null;
        Path factsFile = null;
        String profileName = Profile.DEFAULT;
        Integer year = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--facts")) {
                factsFile = Path.of(args[++i]);
            } else if (args[i].equals("--profile")) {
                profileName = args[++i];
            } else if (args[i].equals("--year")) {
                year = Integer.valueOf(args[++i]);
            } else if (args[i].equals("--json")) {
                json = true;
            } else {
                schools = Path.of(args[i]);
            }
        }
        if (schools == null) {
            err.println("usage: Evaluate SCHOOLS.csv [--facts FILE] [--profile NAME|FILE] [--year YYYY] [--json]");
            System.exit(64);
        }
        try (Profile profile = openProfile(profileName); Facts facts = openFacts(factsFile);
                Result result = Yjjh.evaluate(schools, facts, profile, year)) {
            if (json) {
                out.println(result.toJson()); // the bytes of `yjjh evaluate --format json`
                return;
            }
            out.println("libyjjh " + Yjjh.version() + ", profile " + result.profileName());
            for (County c : result.counties()) print(out, c);
        } catch (DataException e) {
            err.println("invalid input (" + e.statusName() + "):");
            for (Problem p : e.problems()) {
                err.println("  [" + p.code() + "] line " + p.line() + ", column " + p.column() + ": " + p.text());
            }
            System.exit(65);
        } catch (YjjhException e) {
            err.println("error: " + e.getMessage());
            System.exit(66);
        }
    }

    /** A built-in profile by name, or a profile file when a file of that name exists. */
    private static Profile openProfile(String name) {
        Path path = Path.of(name);
        return Files.isRegularFile(path) ? Profile.load(path) : Profile.builtin(name);
    }

    /** The county facts of a file, or null without one. */
    private static Facts openFacts(Path file) {
        return file == null ? null : Facts.read(file);
    }

    /** One county: verdict, reasons, and per stage the CV of each indicator. */
    private static void print(PrintStream out, County c) {
        out.println(c.code() + " " + c.name() + ": " + c.verdict().jsonName());
        for (Reason r : c.reasons()) out.println("  - " + r.message());
        for (StageResult s : c.stages()) {
            out.printf(Locale.ROOT, "  %s: %.0f students, %d of %d schools pass%n", s.stage().jsonName(), s.students(),
                    s.schoolsPassing(), s.schoolsInScope());
            for (Indicator i : s.indicators()) {
                String cv = i.cvDefined() ? String.format(Locale.ROOT, "%.3f", i.cv()) : "-";
                out.printf(Locale.ROOT, "    %-3s county %10.3f  CV %s (max %.2f) %s%n", i.code(), i.countyValue(), cv,
                        i.cvMax(), i.cvMet() ? "met" : "NOT met");
            }
        }
    }
}
