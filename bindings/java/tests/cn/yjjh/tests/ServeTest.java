// SPDX-License-Identifier: MIT
package cn.yjjh.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.yjjh.DataException;
import cn.yjjh.Problem;
import cn.yjjh.Result;
import cn.yjjh.Yjjh;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java API and `yjjh serve` give the same JSON and the same problems (issue 16, "Done when"). */
class ServeTest {
    static Process server;
    static URI base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        String cli = System.getProperty("yjjh.test.cli");
        Assumptions.assumeTrue(cli != null, "the yjjh CLI is not built");
        server = new ProcessBuilder(cli, "serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = Pattern.compile("listening on (http://\\S+)").matcher(line == null ? "" : line);
        Assumptions.assumeTrue(m.find(), "yjjh serve did not start: " + line);
        base = URI.create(m.group(1) + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    static HttpResponse<byte[]> postCsv(byte[] csv) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(base.resolve("v1/evaluate"))
                                  .timeout(Duration.ofSeconds(30))
                                  .header("Content-Type", "text/csv")
                                  .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                                  .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void evaluateGivesTheSameJson() throws Exception {
        byte[] csv = Files.readAllBytes(EvaluateTest.JINCHUAN);
        HttpResponse<byte[]> res = postCsv(csv);
        assertEquals(200, res.statusCode());
        try (Result r = Yjjh.evaluateCsv(csv)) {
            assertArrayEquals(res.body(), EvaluateTest.withNewline(r.toJsonBytes()));
        }
    }

    @Test
    void malformedCsvGivesTheSameProblems() throws Exception {
        for (String csv : List.of(ErrorsTest.INVALID,
                     ErrorsTest.HEADER + "620302,金川区,S1,一小,primary,12a\n620302,金川区,S2,二小,primary,x\n")) {
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> res = postCsv(bytes);
            assertEquals(422, res.statusCode());
            List<Object> http = MiniJson.arr(
                    MiniJson.obj(MiniJson.parse(new String(res.body(), StandardCharsets.UTF_8))).get("problems"));
            DataException e = assertThrows(DataException.class, () -> Yjjh.evaluateCsv(bytes));
            assertEquals(http.size(), e.problems().size(), e.getMessage());
            for (int i = 0; i < http.size(); i++) {
                Map<String, Object> h = MiniJson.obj(http.get(i));
                Problem p = e.problems().get(i);
                assertEquals(h.get("code"), p.code());
                assertEquals(h.get("line") == null ? 0L : ((Double) h.get("line")).longValue(), p.line());
                assertEquals(h.get("column") == null ? "" : h.get("column"), p.column());
                assertEquals(h.get("message"), p.text());
            }
        }
    }
}
