// SPDX-License-Identifier: MIT
package cn.yjjh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.yjjh.DataException;
import cn.yjjh.DomainException;
import cn.yjjh.Facts;
import cn.yjjh.InternalException;
import cn.yjjh.InvalidArgumentException;
import cn.yjjh.Problem;
import cn.yjjh.Profile;
import cn.yjjh.UnknownCodeException;
import cn.yjjh.Yjjh;
import cn.yjjh.YjjhException;
import cn.yjjh.YjjhIOException;
import cn.yjjh.YjjhOutOfMemoryException;
import cn.yjjh.internal.core;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every exception class, for the bad inputs that produce it (the Python hierarchy: bindings/python/yjjh/_errors.py).
 */
class ErrorsTest {
    static final String HEADER = "county_code,county_name,school_id,school_name,school_type,primary_students\n";

    @Test
    void missingFileIsAnIoExceptionWithFileNotFoundCause() {
        Path missing = TestData.source().resolve("examples/data/no_such_file.csv");
        YjjhIOException e = assertThrows(YjjhIOException.class, () -> Yjjh.evaluate(missing));
        assertEquals(500, e.code());
        assertEquals("YJJH_E_IO_OPEN", e.statusName());
        assertInstanceOf(FileNotFoundException.class, e.getCause());
        assertInstanceOf(FileNotFoundException.class, e.ioException());
        assertTrue(e.problems().isEmpty());
        assertThrows(YjjhIOException.class, () -> Facts.read(missing));
        assertThrows(YjjhIOException.class, () -> Profile.load(missing));
    }

    @Test
    void malformedCsvIsADataExceptionWithLineAndColumn() {
        // line 1 header; line 2 fine; line 3 "12a" and line 4 "x" are not numbers (docs/data-format.md)
        String csv = HEADER + "620302,金川区,S1,一小,primary,100\n620302,金川区,S2,二小,primary,12a\n"
                + "620302,金川区,S3,三小,primary,x\n";
        DataException e = assertThrows(DataException.class,
                () -> Yjjh.evaluateCsv(csv.getBytes(StandardCharsets.UTF_8), "schools.csv", null, null, null));
        assertEquals(150, e.code());
        assertEquals("YJJH_E_INVALID_DATA", e.statusName());
        assertInstanceOf(InvalidArgumentException.class, e);
        List<Problem> p = e.problems();
        assertEquals(2, p.size(), p.toString());
        assertEquals(3, p.get(0).line());
        assertEquals("primary_students", p.get(0).column());
        assertEquals("not_a_number", p.get(0).code()); // docs/cli.md "Problem codes"
        assertEquals("schools.csv", p.get(0).file());
        assertEquals("\"12a\" is not a number", p.get(0).text());
        assertTrue(p.get(0).message().startsWith("schools.csv:3: column primary_students: "), p.get(0).message());
        assertTrue(p.get(0).message().contains("\"12a\""), p.get(0).message());
        assertEquals(4, p.get(1).line());
        assertEquals("primary_students", p.get(1).column());
        assertEquals("not_a_number", p.get(1).code());
        // the exception message lists every problem
        assertTrue(e.getMessage().contains(p.get(0).message()) && e.getMessage().contains(p.get(1).message()));
    }

    @Test
    void malformedCsvFileNamesTheFileAndChineseColumn() throws Exception {
        String csv = "县区代码,县区名称,学校标识码,学校名称,学校类型,小学在校生数\n620302,金川区,S1,一小,primary,1O0\n";
        Path file = TestData.tmp().resolve("bad_zh.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        DataException e = assertThrows(DataException.class, () -> Yjjh.evaluate(file));
        Problem p = e.problems().get(0);
        assertEquals(2, p.line());
        assertEquals("小学在校生数", p.column());
        assertTrue(p.message().startsWith(file + ":2: column 小学在校生数: "), p.message());
    }

    @Test
    void missingColumnIsAProblemWithoutLineOrColumnValue() {
        DataException e =
                assertThrows(DataException.class, () -> Yjjh.evaluateCsv("county_code,school_id\n620302,S1\n"));
        assertFalse(e.problems().isEmpty());
        Problem p = e.problems().stream().filter(x -> x.message().contains("school_type")).findFirst().orElseThrow();
        assertEquals("missing_column", p.code());
        assertEquals(0, p.line());
        assertEquals("", p.column());
    }

    /** A table that reads but does not validate: a duplicate id and an unknown school type (docs/data-format.md). */
    static final String INVALID = HEADER + "620302,金川区,S1,一小,primary,100\n620302,金川区,S1,二小,primary,120\n"
            + "620302,金川区,S3,三小,college,5\n";

    @Test
    void validationProblemsHaveTheirCodes() {
        DataException e = assertThrows(DataException.class, () -> Yjjh.evaluateCsv(INVALID));
        Problem dup = e.problems().stream().filter(x -> x.code().equals("duplicate_id")).findFirst().orElseThrow();
        assertEquals(3, dup.line());
        assertEquals("school_id", dup.column());
        Problem type =
                e.problems().stream().filter(x -> x.code().equals("unknown_school_type")).findFirst().orElseThrow();
        assertEquals(4, type.line());
        assertEquals("school_type", type.column());
    }

    /** The same problems, with the same codes, lines and columns, as the CLI's --errors json document. */
    @Test
    void problemsEqualTheCliErrorsJson() throws Exception {
        for (String csv :
                List.of(INVALID, HEADER + "620302,金川区,S1,一小,primary,12a\n620302,金川区,S2,二小,primary,x\n",
                        "county_code,school_id\n620302,S1\n")) {
            Path file = TestData.tmp().resolve("errors_json.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            byte[] err = TestData.cliFailing("evaluate", file.toString(), "--errors", "json");
            List<Object> cli =
                    MiniJson.arr(MiniJson.obj(MiniJson.parse(new String(err, StandardCharsets.UTF_8))).get("problems"));
            DataException e = assertThrows(DataException.class, () -> Yjjh.evaluate(file));
            assertEquals(cli.size(), e.problems().size(), e.getMessage());
            for (int i = 0; i < cli.size(); i++) {
                java.util.Map<String, Object> c = MiniJson.obj(cli.get(i));
                Problem p = e.problems().get(i);
                assertEquals(c.get("code"), p.code());
                assertEquals(c.get("line") == null ? 0L : ((Double) c.get("line")).longValue(), p.line());
                assertEquals(c.get("column") == null ? "" : c.get("column"), p.column());
                assertEquals(c.get("file"), p.file());
                assertEquals(c.get("message"), p.text());
            }
        }
    }

    @Test
    void badFactsAndProfilesAreDataExceptions() {
        DataException facts =
                assertThrows(DataException.class, () -> Facts.parse("{\"620302\": {\"evaluation_year\": \"soon\"}}"));
        assertEquals(152, facts.code());
        assertFalse(facts.problems().isEmpty());
        DataException profile = assertThrows(DataException.class,
                ()
                        -> Profile.fromJson("{\"name\": \"x\", \"extends\": \"national-2017\","
                                + " \"standards\": {\"no_such_key\": 1}}"));
        assertEquals(151, profile.code());
        assertTrue(profile.problems().get(0).message().contains("no_such_key"), profile.getMessage());
    }

    @Test
    void unknownNamesAreUnknownCodeExceptions() {
        UnknownCodeException p = assertThrows(UnknownCodeException.class, () -> Profile.builtin("no-such-profile"));
        assertEquals(301, p.code());
        try (Facts f = Facts.create()) {
            UnknownCodeException k = assertThrows(UnknownCodeException.class, () -> f.set("620302", "no_such", 1));
            assertEquals(300, k.code());
            assertEquals("YJJH_E_UNKNOWN_CODE", k.statusName());
            InvalidArgumentException nan =
                    assertThrows(InvalidArgumentException.class, () -> f.set("620302", "evaluation_year", Double.NaN));
            assertEquals(102, nan.code());
            assertFalse(nan instanceof DataException);
            // Chinese key names are accepted; a missing fact is empty, not an error
            f.set("620302", "评估年份", 2026);
            assertEquals(2026.0, f.get("620302", "evaluation_year").orElseThrow());
            assertTrue(f.get("620302", "layout_reasonable").isEmpty());
            f.set("620302", "social_recognition_rate", "80%");
            assertEquals(0.8, f.get("620302", "social_recognition_rate").orElseThrow(), 1e-15);
        }
    }

    @Test
    void domainAndArgumentErrorsOfTheLowLevelLayer() {
        double[] out = new double[1];
        // CV of values with zero mean is undefined (docs/indicators.md §4): YJJH_E_ZERO_MEAN
        DomainException d = assertThrows(DomainException.class, () -> core.stats_cv(out, new double[] {0, 0}, null));
        assertEquals(200, d.code());
        InvalidArgumentException empty =
                assertThrows(InvalidArgumentException.class, () -> core.stats_cv(out, new double[0], null));
        assertEquals(101, empty.code());
        core.stats_cv(out, new double[] {1, 3}, null); // population SD 1, mean 2: CV 0.5
        assertEquals(0.5, out[0], 1e-15);
    }

    @Test
    void nulCharactersAndNullArgumentsAreRefusedInJava() {
        assertThrows(IllegalArgumentException.class, () -> Profile.builtin("national-2017\0"));
        assertThrows(NullPointerException.class, () -> Yjjh.evaluate((Path) null));
        assertThrows(NullPointerException.class, () -> Yjjh.evaluateCsv((byte[]) null));
    }

    @Test
    void everyStatusCategoryHasItsClass() {
        assertInstanceOf(InvalidArgumentException.class, YjjhException.of(106, "t", null));
        assertInstanceOf(DataException.class, YjjhException.of(153, "t", null));
        assertInstanceOf(DomainException.class, YjjhException.of(201, "t", null));
        assertInstanceOf(UnknownCodeException.class, YjjhException.of(303, "t", null));
        assertInstanceOf(YjjhOutOfMemoryException.class, YjjhException.of(400, "t", null));
        assertInstanceOf(YjjhIOException.class, YjjhException.of(502, "t", null));
        assertInstanceOf(InternalException.class, YjjhException.of(900, "t", null));
        assertEquals(YjjhException.class, YjjhException.of(777, "t", null).getClass());
        assertEquals("YJJH_E_NOMEM", YjjhException.of(400, "t", null).statusName());
        assertEquals("YJJH_E_777", YjjhException.statusName(777));
        assertEquals("t (YJJH_E_INTERNAL)", YjjhException.of(900, "t", List.of()).getMessage());
    }
}
