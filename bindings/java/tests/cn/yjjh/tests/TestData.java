// SPDX-License-Identifier: MIT
package cn.yjjh.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Paths of the test data (system properties set by bindings/java/CMakeLists.txt) and a CLI runner. */
final class TestData {
    private TestData() {}

    static Path source() {
        String s = System.getProperty("yjjh.test.source");
        if (s == null) throw new IllegalStateException("system property yjjh.test.source is not set");
        return Path.of(s);
    }

    static Path examples(String name) {
        return source().resolve("examples/data").resolve(name);
    }

    static Path golden(String name) {
        return source().resolve("tests/data/golden").resolve(name);
    }

    static Path tmp() throws IOException {
        Path dir = Path.of(System.getProperty("yjjh.test.tmp", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(dir);
        return dir;
    }

    /** Runs the built CLI with arguments; returns its standard output (skips the test without a CLI). */
    static byte[] cli(String... args) throws IOException, InterruptedException {
        String cli = System.getProperty("yjjh.test.cli");
        Assumptions.assumeTrue(cli != null, "the yjjh CLI is not built");
        List<String> cmd = new ArrayList<>();
        cmd.add(cli);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            out = b.toByteArray();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish");
        }
        if (p.exitValue() != 0) throw new IllegalStateException("the CLI exited with " + p.exitValue());
        return out;
    }

    /** Runs the built CLI expecting it to fail; returns its standard error (skips the test without a CLI). */
    static byte[] cliFailing(String... args) throws IOException, InterruptedException {
        String cli = System.getProperty("yjjh.test.cli");
        Assumptions.assumeTrue(cli != null, "the yjjh CLI is not built");
        List<String> cmd = new ArrayList<>();
        cmd.add(cli);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] err;
        try (InputStream in = p.getErrorStream()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            err = b.toByteArray();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish");
        }
        if (p.exitValue() == 0) throw new IllegalStateException("the CLI succeeded");
        return err;
    }

    /** Relative closeness |a - b| <= rel * |b| (exact for rel 0). */
    static boolean close(double a, double b, double rel) {
        return a == b || Math.abs(a - b) <= rel * Math.abs(b);
    }
}
