// SPDX-License-Identifier: MIT
// Browser test of the page of `yjjh serve` (ctest label web; docs/serve.md "The page"): headless system Chromium
// driven by playwright-core (tests/web/package.json, installed by `scripts/dev setup` with npm ci; no browser is
// downloaded) against a server on a free loopback port. Screenshots, the downloads and a PDF of the print view
// are left in OUT_DIR as test artefacts.
//
//   node web_test.mjs YJJH_CLI SOURCE_DIR OUT_DIR [PYTHON]
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";

const [cli, src, out, python = "/usr/bin/python3"] = process.argv.slice(2);
if (!cli || !src || !out) {
  console.error("usage: node web_test.mjs YJJH_CLI SOURCE_DIR OUT_DIR [PYTHON]");
  process.exit(64);
}
const CHROMIUM = process.env.YJJH_CHROMIUM || "/usr/bin/chromium";
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (e) {
  console.error("web_test: playwright-core is not installed (run scripts/dev setup, or npm ci in tests/web)");
  process.exit(77);
}
if (!existsSync(CHROMIUM)) {
  console.error(`web_test: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  process.exit(77);
}
mkdirSync(out, { recursive: true });

const data = join(src, "examples", "data");
const helper = join(src, "tests", "web", "web_helper.py");
const run = (file, args, opts = {}) => execFileSync(file, args, { encoding: "utf-8", ...opts });

// ---- inputs and the CLI's answers -------------------------------------------------------------------------------

const csvPath = join(data, "jinchuan.csv");
const xlsxPath = join(out, "jinchuan.xlsx");
const badXlsxPath = join(out, "jinchuan_bad.xlsx");
const badCsvPath = join(out, "jinchuan_bad.csv");
run(python, [helper, "xlsx", csvPath, xlsxPath]);
// row 1 is the title, row 2 the header, row 5 the third school; column I is primary_students
run(python, [helper, "xlsx", csvPath, badXlsxPath, "I5=12a"]);
const csvLines = readFileSync(csvPath, "utf-8").split("\n");
csvLines[3] = csvLines[3].replace(/^((?:[^,]*,){8})[^,]*/, "$1abc"); // line 4, column primary_students
writeFileSync(badCsvPath, csvLines.join("\n"));

const cliJson = run(cli, ["evaluate", xlsxPath, "--format", "json"], { stdio: ["ignore", "pipe", "ignore"] });
const cliCsvJson = run(cli, ["evaluate", csvPath, "--format", "json"]);
const factsPath = join(data, "jinchuan_facts.csv");
const cliFactsJson = run(cli, ["evaluate", xlsxPath, "--facts", factsPath, "--profile", "gansu-jinchang",
  "--format", "json"], { stdio: ["ignore", "pipe", "ignore"] });
const expected = JSON.parse(cliJson);
const failing = [];
for (const c of expected.counties)
  for (const s of c.schools) if (s.in_scope && s.passed === false) failing.push(s.school_name);
assert.ok(failing.length > 0, "the bundled county has a failing school");
assert.equal(expected.counties[0].verdict, "fail");

// ---- the server -------------------------------------------------------------------------------------------------

const server = spawn(cli, ["serve", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
let serverErr = "";
server.stderr.on("data", (d) => { serverErr += d; });
const base = await new Promise((resolve, reject) => {
  let buf = "";
  const timer = setTimeout(() => reject(new Error("serve did not start: " + serverErr)), 15000);
  server.stdout.on("data", (d) => {
    buf += d;
    const m = /listening on (http:\/\/[^\s]+)/.exec(buf);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${serverErr}`)));
});

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] });
const problems = [];
let failed = false;
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 },
    locale: "zh-CN" });
  const page = await context.newPage();
  // Chromium logs every 4xx answer as a console error: the 422 of the malformed uploads (steps 7 and 8) is the
  // answer the page asks for, so that one message is allowed there and only there
  let expect422 = false;
  page.on("console", (m) => {
    if (m.type() !== "error" && m.type() !== "warning") return;
    if (expect422 && /Failed to load resource: .*status of 422/.test(m.text())) return;
    problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("requestfailed", (r) => problems.push("request failed: " + r.url()));
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("blob:") &&
    !r.url().startsWith("data:") && !r.url().startsWith("about:")) external.push(r.url()); });

  // 1. the page, the profiles, the privacy note
  await page.goto(base + "/");
  await page.waitForSelector("body[data-ready='1']");
  assert.equal(await page.locator("h1").textContent(), "义务教育均衡发展评估");
  const profiles = await page.locator("#profile option").evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(profiles, ["national-2017", "national-2012-basic", "gansu-jinchang"]);
  assert.match(await page.locator("#privacy").textContent(), /不保存到磁盘/);
  assert.match(await page.locator("#limits").textContent(), /32 MB/);

  // 2. keyboard: Tab reaches the file input, the profile and the button; Enter on the button submits
  const order = [];
  await page.locator("body").focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
  }
  for (const id of ["lang", "schools", "facts", "profile", "year", "run"])
    assert.ok(order.includes(id), `Tab reaches #${id} (order: ${order.join(", ")})`);

  // 3. the bundled county as xlsx: verdict, the failing school, the report
  await page.setInputFiles("#schools", xlsxPath);
  await page.locator("#run").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(".verdict", { timeout: 30000 });
  assert.equal(await page.locator(".verdict").first().getAttribute("data-verdict"), "fail");
  assert.match(await page.locator(".verdict .word").first().textContent(), /未达标/);
  const reasons = (await page.locator(".reason").allTextContents()).join("\n");
  for (const name of failing) assert.ok(reasons.includes(name), `the reasons name ${name}`);
  // the page's JSON is the CLI's, byte for byte (so the numbers of every view are the CLI's)
  const pageJson = await page.evaluate(() => state.jsonText);
  assert.equal(pageJson, cliJson, "the page got the JSON of yjjh evaluate");
  assert.equal(pageJson, cliCsvJson, "the xlsx gives the JSON of the clean CSV");
  // the HTML report in the sandboxed frame: charts and every failing school
  const frame = page.frameLocator("#report");
  await frame.locator("svg").first().waitFor({ timeout: 15000 });
  const reportText = await frame.locator("body").textContent();
  for (const name of failing) assert.ok(reportText.includes(name), `the report shows ${name}`);
  assert.equal(await page.locator("#report").getAttribute("sandbox"), "allow-same-origin allow-modals");
  await page.screenshot({ path: join(out, "web_result_zh.png"), fullPage: true });

  // 4. downloads: xlsx read back with openpyxl against the JSON; JSON, CSV, HTML
  const save = async (kind, name) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-download='${kind}']`)]);
    const path = join(out, name);
    await dl.saveAs(path);
    return path;
  };
  const jsonFile = await save("json", "download.json");
  assert.equal(readFileSync(jsonFile, "utf-8"), cliJson);
  const xlsxFile = await save("xlsx", "download.xlsx");
  const check = run(python, [helper, "check-xlsx", xlsxFile, jsonFile]);
  assert.match(check, /^ok:/);
  console.log("web_test: downloaded workbook: " + check.trim());
  const csvFile = await save("csv", "download.csv");
  const csvText = readFileSync(csvFile, "utf-8");
  assert.equal(csvText.charCodeAt(0), 0xfeff, "the CSV for Excel starts with a BOM");
  for (const name of failing) assert.ok(csvText.includes(name));
  const htmlFile = await save("html", "download.html");
  assert.match(readFileSync(htmlFile, "utf-8"), /<svg/);

  // 5. the print view of the page
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(out, "web_print.png"), fullPage: true });
  assert.equal(await page.locator("form").isVisible(), false, "the form is not printed");
  await page.pdf({ path: join(out, "web_print.pdf"), format: "A4" });
  await page.emulateMedia({ media: "screen" });

  // 6. English
  await page.click("#lang");
  assert.equal(await page.locator("h1").textContent(), "Compulsory education balance evaluation");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal((await page.locator(".verdict .word").first().textContent()).trim(), "fail");
  assert.equal(await page.locator("#run").textContent(), "Evaluate");
  await frame.locator("html[lang^='en']").waitFor({ timeout: 15000 });
  assert.match(await page.locator("#tpl_schools_xlsx").getAttribute("href"), /lang=en/);
  await page.screenshot({ path: join(out, "web_result_en.png"), fullPage: true });
  await page.click("#lang");
  assert.equal(await page.locator("#run").textContent(), "评估");

  // 6b. with the county facts and another profile: the CLI's JSON of the same inputs
  await page.setInputFiles("#facts", factsPath);
  await page.selectOption("#profile", "gansu-jinchang");
  await page.click("#run");
  await page.waitForFunction((want) => state.jsonText === want, cliFactsJson, { timeout: 30000 });
  await page.setInputFiles("#facts", []);
  await page.selectOption("#profile", "national-2017");

  // 7. a malformed workbook: the problem names the cell, the preview marks it
  expect422 = true;
  await page.setInputFiles("#schools", badXlsxPath);
  await page.click("#run");
  await page.waitForSelector("#problems:not([hidden]) #problem_list li", { timeout: 30000 });
  assert.equal(await page.locator("#result").isHidden(), true);
  assert.equal(await page.locator("#problem_list li").count(), 1, "one error (the title row is a note)");
  assert.match(await page.locator("#note_list").textContent(), /学校数据!2:2/);
  const item = (await page.locator("#problem_list li").first().textContent());
  assert.match(item, /学校数据!I5/);
  assert.match(item, /12a/);
  assert.equal(await page.locator("#problem_list li").first().getAttribute("data-code"), "not_a_number");
  const bad = page.locator("#preview td.bad");
  assert.equal(await bad.count(), 1);
  assert.equal(await bad.getAttribute("data-cell"), "I5");
  assert.equal((await bad.textContent()).trim(), "12a");
  await page.locator("#problem_list button").first().click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("data-cell")), "I5");
  await page.screenshot({ path: join(out, "web_problem_xlsx.png"), fullPage: true });
  await page.click("#lang");
  // the preview of a workbook is re-rendered asynchronously (the page unzips it again): wait for its note
  await page.waitForFunction(() => /^Sheet "/.test(document.querySelector("#preview_note").textContent),
    null, { timeout: 30000 });
  assert.match(await page.locator("#preview_note").textContent(), /^Sheet "学校数据"/);
  await page.waitForSelector("#preview td.bad", { timeout: 30000 });
  assert.equal(await page.locator("#preview td.bad").getAttribute("data-cell"), "I5");
  assert.match(await page.locator("#problem_list li").first().textContent(), /column "primary_students"/);
  await page.click("#lang");

  // 8. a malformed CSV: line and column, the cell marked in the CSV preview
  await page.setInputFiles("#schools", badCsvPath);
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#problem_list li") &&
    /abc/.test(document.querySelector("#problem_list li").textContent));
  const csvItem = await page.locator("#problem_list li").first().textContent();
  assert.match(csvItem, /第 4 行/);
  assert.match(csvItem, /primary_students/);
  const badCsv = page.locator("#preview td.bad");
  assert.equal(await badCsv.count(), 1);
  assert.equal((await badCsv.textContent()).trim(), "abc");
  assert.equal(await badCsv.evaluate((td) => td.parentElement.dataset.row), "4");
  await page.screenshot({ path: join(out, "web_problem_csv.png"), fullPage: true });

  expect422 = false;

  // 9. the templates
  for (const [id, magic] of [["tpl_schools_xlsx", "PK"], ["tpl_schools_csv", "\ufeff\"#"], ["tpl_facts_xlsx", "PK"]]) {
    const href = await page.locator("#" + id).getAttribute("href");
    const r = await page.request.get(base + href);
    assert.equal(r.status(), 200, href);
    const body = await r.body();
    assert.ok(body.toString("utf-8").startsWith(magic), `${href} starts with ${JSON.stringify(magic)}`);
  }
  await page.locator("#howto summary").click();
  assert.match(await page.locator("#howto").textContent(), /每所学校一行/);

  assert.deepEqual(external, [], "no request leaves the server");
  await context.close();
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
if (problems.length) {
  console.error("web_test: console errors or failed requests:\n  " + problems.join("\n  "));
  failed = true;
}
if (failed) process.exit(1);
console.log(`web_test: ok (artefacts in ${out})`);
