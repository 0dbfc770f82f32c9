// SPDX-License-Identifier: MIT
package cn.yjjh.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.yjjh.County;
import cn.yjjh.Facts;
import cn.yjjh.Indicator;
import cn.yjjh.Item;
import cn.yjjh.ItemStatus;
import cn.yjjh.PartIndicator;
import cn.yjjh.Profile;
import cn.yjjh.Result;
import cn.yjjh.SchoolPart;
import cn.yjjh.Scheme;
import cn.yjjh.Stage;
import cn.yjjh.StageResult;
import cn.yjjh.Verdict;
import cn.yjjh.Yjjh;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluation through the public API: the CLI's JSON byte for byte, and typed accessors against the golden files. */
class EvaluateTest {
    static final Path JINCHUAN = TestData.examples("jinchuan.csv");

    /** The CLI writes the library's JSON document followed by one newline. */
    static byte[] withNewline(byte[] json) {
        byte[] b = Arrays.copyOf(json, json.length + 1);
        b[json.length] = '\n';
        return b;
    }

    @Test
    void toJsonIsTheCliOutputByteForByte() throws Exception {
        byte[] cli = TestData.cli("evaluate", JINCHUAN.toString(), "--format", "json");
        try (Result r = Yjjh.evaluate(JINCHUAN)) {
            assertArrayEquals(cli, withNewline(r.toJsonBytes()));
            assertEquals(new String(cli, StandardCharsets.UTF_8), r.toJson() + "\n");
        }
    }

    @Test
    void factsProfileAndYearMatchTheCli() throws Exception {
        Path facts = TestData.examples("jinchuan_facts.json");
        byte[] cli = TestData.cli("evaluate", JINCHUAN.toString(), "--facts", facts.toString(), "--format", "json");
        try (Facts f = Facts.read(facts); Result r = Yjjh.evaluate(JINCHUAN, f, null)) {
            assertArrayEquals(cli, withNewline(r.toJsonBytes()));
        }
        byte[] cli2012 =
                TestData.cli("evaluate", JINCHUAN.toString(), "--profile", "national-2012-basic", "--format", "json");
        try (Profile p = Profile.builtin("national-2012-basic"); Result r = Yjjh.evaluate(JINCHUAN, p)) {
            assertArrayEquals(cli2012, withNewline(r.toJsonBytes()));
            assertEquals(Scheme.BASIC_2012, p.scheme());
            assertEquals("national-2012-basic", r.profileName());
            StageResult primary = r.counties().get(0).stage(Stage.PRIMARY).orElseThrow();
            assertEquals(8, primary.indicators().size());
            assertTrue(primary.compositeDefined());
            assertFalse(Double.isNaN(primary.compositeCv()));
        }
        byte[] cliYear = TestData.cli("evaluate", JINCHUAN.toString(), "--year", "2026", "--format", "json");
        try (Result r = Yjjh.evaluate(JINCHUAN, null, null, 2026)) {
            assertArrayEquals(cliYear, withNewline(r.toJsonBytes()));
        }
        byte[] cliBoth = TestData.cli(
                "evaluate", JINCHUAN.toString(), "--facts", facts.toString(), "--year", "2026", "--format", "json");
        try (Facts f = Facts.read(facts); Facts unchanged = Facts.read(facts);
                Result r = Yjjh.evaluate(JINCHUAN, f, null, 2026)) {
            assertArrayEquals(cliBoth, withNewline(r.toJsonBytes()));
            // --year does not change the caller's facts
            assertEquals(unchanged.get("", "evaluation_year"), f.get("", "evaluation_year"));
            assertEquals(unchanged.get("620302", "evaluation_year"), f.get("620302", "evaluation_year"));
        }
    }

    @Test
    void yearCountsForFactsThatGiveNone() throws Exception {
        // basic balance recognised in 2020: evaluated in 2021 that is 1 year, fewer than the 3 required
        // (docs/indicators.md, eligibility); in 2026 it is 6 years
        String json = "{\"620302\": {\"basic_balance_year\": 2020}}";
        Path file = TestData.tmp().resolve("basic_balance_2020.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        byte[] cli = TestData.cli(
                "evaluate", JINCHUAN.toString(), "--facts", file.toString(), "--year", "2021", "--format", "json");
        try (Facts f = Facts.parse(json); Result early = Yjjh.evaluate(JINCHUAN, f, null, 2021);
                Result late = Yjjh.evaluate(JINCHUAN, f, null, 2026)) {
            assertArrayEquals(cli, withNewline(early.toJsonBytes()));
            Item e = early.counties().get(0).item("eligibility_basic_balance").orElseThrow();
            assertEquals(ItemStatus.NOT_MET, e.status());
            assertEquals(1.0, e.value());
            assertEquals(3.0, e.required());
            Item l = late.counties().get(0).item("eligibility_basic_balance").orElseThrow();
            assertEquals(ItemStatus.MET, l.status());
            assertTrue(f.get("", "evaluation_year").isEmpty()); // the caller's facts are not changed
        }
    }

    @Test
    void buffersAndOtherFileSystemsGiveTheSameResult() throws Exception {
        byte[] csv = Files.readAllBytes(JINCHUAN);
        try (Result file = Yjjh.evaluate(JINCHUAN); Result buf = Yjjh.evaluateCsv(csv);
                Result text = Yjjh.evaluateCsv(new String(csv, StandardCharsets.UTF_8))) {
            assertArrayEquals(file.toJsonBytes(), buf.toJsonBytes());
            assertArrayEquals(file.toJsonBytes(), text.toJsonBytes());
        }
        Path zip = TestData.tmp().resolve("jinchuan.zip");
        Files.deleteIfExists(zip);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path inZip = fs.getPath("/schools.csv");
            Files.write(inZip, csv);
            try (Result z = Yjjh.evaluate(inZip); Result file = Yjjh.evaluate(JINCHUAN)) {
                assertArrayEquals(file.toJsonBytes(), z.toJsonBytes());
            }
        }
    }

    @Test
    void charactersOutsideTheBmpSurviveTheJniBoundary() throws Exception {
        // U+20000 (CJK Extension B) is 4 bytes in UTF-8 and a surrogate pair in Java; JNI's "modified UTF-8"
        // would mangle it, the bindings pass real UTF-8
        String name = "金川区\uD840\uDC00第一小学";
        String csv = Files.readString(JINCHUAN, StandardCharsets.UTF_8).replace("金川区第一小学", name);
        try (Result r = Yjjh.evaluateCsv(csv)) {
            SchoolPart first = r.schools().get(0);
            assertEquals(name, first.schoolName());
            assertTrue(r.toJson().contains("\"" + name + "\""));
        }
        try (Facts f = Facts.create()) {
            f.set("县\uD840\uDC00", "evaluation_year", 2026);
            assertEquals(List.of("县\uD840\uDC00"), f.counties());
        }
    }

    @Test
    void chineseGb18030HeadersGiveTheSameIndicators() {
        try (Result zh = Yjjh.evaluate(TestData.examples("jinchuan_zh_gb18030.csv"));
                Result en = Yjjh.evaluate(JINCHUAN)) {
            assertEquals(en.counties(), zh.counties());
            assertEquals("金川区", zh.counties().get(0).name());
        }
    }

    @Test
    void jinchuanMatchesGolden() throws Exception {
        try (Result r = Yjjh.evaluate(JINCHUAN)) {
            compareWithGolden(r, "jinchuan.expected.json");
            County c = r.counties().get(0);
            // docs/indicators.md and examples/data/README.md: one primary school fails the school rule
            assertEquals(Verdict.FAIL, r.verdict());
            assertEquals("620302", c.code());
            assertEquals("school_rule", c.reasons().get(0).code());
            assertEquals(Stage.PRIMARY, c.reasons().get(0).stage());
            assertEquals("2162030209", c.reasons().get(0).schoolId());
            Item g1 = c.item("G1").orElseThrow();
            assertEquals(ItemStatus.NOT_ASSESSED, g1.status()); // no facts given
            assertEquals(List.of("R1", "R2", "R3", "R4", "R5", "R6", "R7"), r.indicatorCodes());
        }
    }

    @Test
    void twoCountiesMatchGolden() throws Exception {
        try (Result r = Yjjh.evaluate(TestData.examples("two_counties.csv"))) {
            compareWithGolden(r, "two_counties.expected.json");
            assertEquals(2, r.counties().size());
            assertThrows(IllegalStateException.class, r::verdict);
            assertTrue(r.county("620321").orElseThrow().stage(Stage.JUNIOR).isEmpty());
        }
    }

    @Test
    void workedExampleMatchesGoldenAndHandValues() throws Exception {
        try (Result r = Yjjh.evaluate(TestData.golden("worked_example.csv"))) {
            compareWithGolden(r, "worked_example.expected.json");
            Indicator r4 = r.counties().get(0).stage(Stage.PRIMARY).orElseThrow().indicator("R4").orElseThrow();
            // docs/indicators.md worked example: county value 34/7, CV 0.131533410441164
            assertTrue(TestData.close(r4.countyValue(), 34.0 / 7.0, 1e-15));
            assertTrue(TestData.close(r4.cv(), 0.131533410441164, 1e-13));
            SchoolPart b = r.schools().stream().filter(s -> s.schoolId().equals("B")).findFirst().orElseThrow();
            PartIndicator br4 = b.indicator("R4").orElseThrow();
            assertFalse(br4.met());
            assertTrue(TestData.close(br4.shortfall(), 250.0, 1e-12));
            assertTrue(b.passed());
        }
    }

    /** The resource results (stages, indicators, school parts) equal the exact reference evaluator's. */
    static void compareWithGolden(Result r, String goldenName) throws Exception {
        Map<String, Object> golden =
                MiniJson.obj(MiniJson.parse(Files.readString(TestData.golden(goldenName), StandardCharsets.UTF_8)));
        for (Object gco : MiniJson.arr(golden.get("counties"))) {
            Map<String, Object> gc = MiniJson.obj(gco);
            String code = gc.get("county_code") == null ? "" : (String) gc.get("county_code");
            County c = r.county(code).orElseThrow();
            Map<String, Object> gstages = MiniJson.obj(gc.get("stages"));
            assertEquals(gstages.size(), c.stages().size(), code);
            for (Map.Entry<String, Object> ge : gstages.entrySet()) {
                Stage stage = ge.getKey().equals("primary") ? Stage.PRIMARY : Stage.JUNIOR;
                Map<String, Object> gs = MiniJson.obj(ge.getValue());
                StageResult s = c.stage(stage).orElseThrow();
                assertEquals(num(gs, "students"), s.students());
                assertEquals((long) num(gs, "schools_in_scope"), s.schoolsInScope());
                assertEquals((long) num(gs, "schools_passing"), s.schoolsPassing());
                Map<String, Object> gind = MiniJson.obj(gs.get("indicators"));
                assertEquals(gind.size(), s.indicators().size());
                for (Map.Entry<String, Object> gi : gind.entrySet()) {
                    String what = code + " " + stage + " " + gi.getKey();
                    Map<String, Object> g = MiniJson.obj(gi.getValue());
                    Indicator i = s.indicator(gi.getKey()).orElseThrow();
                    assertEquals(num(g, "standard"), i.standard(), what);
                    assertTrue(TestData.close(i.countyValue(), num(g, "county_value"), 1e-14), what);
                    if (g.get("cv") == null) {
                        assertFalse(i.cvDefined(), what);
                        assertTrue(Double.isNaN(i.cv()), what);
                        assertFalse(i.cvMet(), what);
                    } else {
                        assertTrue(i.cvDefined(), what);
                        assertTrue(TestData.close(i.cv(), num(g, "cv"), 1e-12), what + " cv " + i.cv());
                        assertEquals(g.get("cv_met"), i.cvMet(), what);
                    }
                    assertEquals(num(g, "cv_max"), i.cvMax(), what);
                    assertEquals((long) num(g, "schools_meeting"), i.schoolsMeeting(), what);
                }
            }
            List<SchoolPart> parts = r.schools().stream().filter(p -> p.countyCode().equals(code)).toList();
            List<Object> gparts = MiniJson.arr(gc.get("schools"));
            assertEquals(gparts.size(), parts.size(), code);
            for (int k = 0; k < parts.size(); k++) {
                SchoolPart p = parts.get(k);
                Map<String, Object> gp = MiniJson.obj(gparts.get(k));
                String what = p.schoolId() + " " + p.stage();
                assertEquals(gp.get("school_id"), p.schoolId());
                assertEquals(gp.get("stage") == null ? "" : gp.get("stage"), p.stage().jsonName(), what);
                assertEquals(gp.get("in_scope"), p.inScope(), what);
                assertEquals(gp.get("excluded_reason") == null ? "" : gp.get("excluded_reason"),
                        p.exclusion().jsonName(), what);
                if (!p.inScope()) {
                    assertTrue(p.indicators().isEmpty(), what);
                    continue;
                }
                assertEquals(num(gp, "students"), p.students(), what);
                Map<String, Object> values = MiniJson.obj(gp.get("values"));
                Map<String, Object> met = MiniJson.obj(gp.get("met"));
                Map<String, Object> ratios = MiniJson.obj(gp.get("ratios"));
                Map<String, Object> shortfalls = MiniJson.obj(gp.get("shortfalls"));
                assertEquals(values.size(), p.indicators().size(), what);
                for (PartIndicator pi : p.indicators()) {
                    assertTrue(TestData.close(pi.value(), num(values, pi.code()), 1e-14), what + pi.code());
                    assertEquals(met.get(pi.code()), pi.met(), what + pi.code());
                    assertTrue(TestData.close(pi.ratio(), num(ratios, pi.code()), 1e-14), what + pi.code());
                    double shortfall = shortfalls.containsKey(pi.code()) ? num(shortfalls, pi.code()) : 0.0;
                    assertTrue(TestData.close(pi.shortfall(), shortfall, 1e-12), what + pi.code());
                }
                assertEquals((int) num(gp, "met_count"), p.metCount(), what);
                assertEquals(gp.get("passed"), p.passed(), what);
            }
        }
    }

    static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Double)) throw new AssertionError(key + ": not a number: " + v);
        return (Double) v;
    }
}
