// SPDX-License-Identifier: MIT
// The page of `yjjh serve` (docs/serve.md "The page"): plain JavaScript, no library, nothing from elsewhere.
// It sends the chosen files to POST /v1/evaluate, shows the verdicts from the JSON and the HTML report in a
// sandboxed frame, offers the downloads, and on data errors lists the problems and marks the cells in a preview
// of the uploaded table (CSV parsed here, xlsx by xlsx_preview.js). Nothing is stored in the browser either.
"use strict";

const TEXT = {
  zh: {
    title: "义务教育均衡发展评估",
    skip: "跳到正文",
    privacy: "上传的文件只在服务器内存中处理，评估完即丢弃：不保存到磁盘，不写入日志。",
    h_input: "1. 选择数据",
    schools_label: "学校数据（Excel .xlsx 或 CSV）",
    drop_hint: "选择文件，或把文件拖到这里。",
    facts_label: "县级事实数据（可选：CSV、JSON 或 .xlsx）",
    profile_label: "评估方案",
    year_label: "评估年份（可选）",
    run: "评估",
    h_problems: "数据有问题",
    problems_intro: "请在原文件中改正下列单元格后重新上传。点击一条问题可在下方预览中找到该单元格。",
    h_preview: "上传表格预览",
    notes: "提示（不影响评估）：",
    h_result: "2. 评估结果",
    downloads: "下载：",
    dl_xlsx: "Excel 工作簿 (.xlsx)",
    dl_html: "可打印报告 (.html)",
    dl_csv: "CSV（Excel 可直接打开）",
    dl_json: "JSON",
    print: "打印报告",
    report_title: "评估报告",
    h_help: "填表模板与说明",
    tpl_schools: "学校数据模板：",
    tpl_facts: "县级事实数据模板：",
    howto: "如何填写",
    limits: (mb, s) => `单次上传最大 ${mb} MB；连接空闲超过 ${s} 秒即断开。`,
    limits_default: "单次上传最大 32 MB；连接空闲超过 30 秒即断开。",
    footer: "由 yjjh 生成",
    lang_button: "English",
    lang_label: "Switch to English",
    need_file: "请先选择学校数据文件。",
    too_big: (mb) => `文件太大：单次上传最大 ${mb} MB。`,
    working: "正在评估……",
    done: (n) => `评估完成：${n} 个县区。`,
    failed: (n) => `发现 ${n} 个数据问题，见下方列表。`,
    error: "评估失败：",
    timeout: "服务器未在时限内答复，请稍后重试。",
    network: "无法连接服务器。",
    county: "县区",
    verdict: { pass: "达标", fail: "未达标", incomplete: "数据不全，无法评定" },
    reasons: "原因：",
    no_reasons: "各项均达标。",
    where_line: (l) => `第 ${l} 行`,
    where_col: (c) => `“${c}”列`,
    preview_csv: (rows, more) => `CSV，前 ${rows} 行${more ? "（其余未显示）" : ""}；标红的是有问题的单元格。`,
    preview_xlsx: (sheet, rows, more) =>
      `工作表“${sheet}”，前 ${rows} 行${more ? "（其余未显示）" : ""}；标红的是有问题的单元格。`,
    preview_none: "无法预览此文件。",
    downloading: "正在生成下载文件……",
  },
  en: {
    title: "Compulsory education balance evaluation",
    skip: "Skip to content",
    privacy: "Uploaded files are processed in the server's memory and discarded after the evaluation: never saved to disk, never logged.",
    h_input: "1. Choose the data",
    schools_label: "Schools (Excel .xlsx or CSV)",
    drop_hint: "Choose a file, or drop it here.",
    facts_label: "County facts (optional: CSV, JSON or .xlsx)",
    profile_label: "Profile",
    year_label: "Evaluation year (optional)",
    run: "Evaluate",
    h_problems: "The data has problems",
    problems_intro: "Correct these cells in your file and upload it again. Select a problem to find its cell in the preview below.",
    h_preview: "Preview of the uploaded table",
    notes: "Notes (these do not stop the evaluation):",
    h_result: "2. Result",
    downloads: "Download:",
    dl_xlsx: "Excel workbook (.xlsx)",
    dl_html: "Printable report (.html)",
    dl_csv: "CSV (opens in Excel)",
    dl_json: "JSON",
    print: "Print the report",
    report_title: "Evaluation report",
    h_help: "Templates and how to fill them in",
    tpl_schools: "Schools template:",
    tpl_facts: "County facts template:",
    howto: "How to fill it in",
    limits: (mb, s) => `Uploads up to ${mb} MB; a connection idle for ${s} s is closed.`,
    limits_default: "Uploads up to 32 MB; a connection idle for 30 s is closed.",
    footer: "Made by yjjh",
    lang_button: "中文",
    lang_label: "切换到中文",
    need_file: "Choose a schools file first.",
    too_big: (mb) => `The file is too large: uploads are limited to ${mb} MB.`,
    working: "Evaluating…",
    done: (n) => `Done: ${n} ${n === 1 ? "county" : "counties"}.`,
    failed: (n) => `${n} ${n === 1 ? "problem" : "problems"} in the data, listed below.`,
    error: "The evaluation failed: ",
    timeout: "The server did not answer in time; try again later.",
    network: "Cannot reach the server.",
    county: "County",
    verdict: { pass: "pass", fail: "fail", incomplete: "incomplete data" },
    reasons: "Reasons:",
    no_reasons: "Every requirement is met.",
    where_line: (l) => `line ${l}`,
    where_col: (c) => `column "${c}"`,
    preview_csv: (rows, more) => `CSV, first ${rows} lines${more ? " (the rest not shown)" : ""}; cells with problems are marked red.`,
    preview_xlsx: (sheet, rows, more) =>
      `Sheet "${sheet}", first ${rows} rows${more ? " (the rest not shown)" : ""}; cells with problems are marked red.`,
    preview_none: "This file cannot be previewed.",
    downloading: "Preparing the download…",
  },
};

const PREVIEW_ROWS = 500;
// Problem codes that are notes about accepted input (a title row or a total row skipped, an unknown header
// ignored), not errors: listed apart and not marked in the preview. Both spellings of the reader's codes.
const NOTE_CODES = new Set(["skipped_row", "unknown_column", "total_row_skipped", "header_below_title"]);
const state = { lang: "zh", json: null, jsonText: "", limits: { bytes: 32 * 1024 * 1024, seconds: 30 }, problems: null };
const $ = (id) => document.getElementById(id);
const t = (k) => TEXT[state.lang][k];

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

function setStatus(msg, isError) {
  const s = $("status");
  s.textContent = msg || "";
  s.classList.toggle("error", !!isError);
}

// ---- language -------------------------------------------------------------------------------------------------

function applyLang() {
  const L = TEXT[state.lang];
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  for (const e of document.querySelectorAll("[data-i18n]")) {
    const v = L[e.dataset.i18n];
    if (typeof v === "string") e.textContent = v;
  }
  for (const e of document.querySelectorAll("[data-i18n-title]")) e.title = L[e.dataset.i18nTitle];
  document.title = L.title;
  const b = $("lang");
  b.textContent = L.lang_button;
  b.lang = state.lang === "zh" ? "en" : "zh-CN";
  b.setAttribute("aria-label", L.lang_label);
  for (const d of document.querySelectorAll("#howto [data-lang]")) d.hidden = d.dataset.lang !== state.lang;
  for (const [id, q] of [["tpl_schools_xlsx", "format=xlsx"], ["tpl_schools_csv", "format=csv"],
    ["tpl_facts_xlsx", "format=xlsx&facts=1"], ["tpl_facts_csv", "format=csv&facts=1"]]) {
    $(id).href = `/v1/template?${q}&lang=${state.lang}&profile=${encodeURIComponent($("profile").value || "")}`;
  }
  $("limits").textContent = L.limits(Math.round(state.limits.bytes / 1048576), state.limits.seconds);
  if (state.json) {
    showVerdicts(state.json);
    loadReport();
  }
  if (state.problems) showProblems(state.problems.list, true, false);
}

// ---- the request ----------------------------------------------------------------------------------------------

function formData() {
  const fd = new FormData();
  fd.append("schools", $("schools").files[0]);
  if ($("facts").files[0]) fd.append("facts", $("facts").files[0]);
  fd.append("profile", $("profile").value);
  if ($("year").value.trim()) fd.append("year", $("year").value.trim());
  return fd;
}

async function post(query) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), (state.limits.seconds + 30) * 1000);
  try {
    return await fetch("/v1/evaluate" + query, { method: "POST", body: formData(), signal: ctl.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function evaluate(ev) {
  ev.preventDefault();
  const f = $("schools").files[0];
  state.json = null;
  state.problems = null;
  $("result").hidden = true;
  $("problems").hidden = true;
  if (!f) {
    setStatus(t("need_file"), true);
    $("schools").focus();
    return;
  }
  const size = f.size + ($("facts").files[0] ? $("facts").files[0].size : 0);
  if (size > state.limits.bytes) {
    setStatus(t("too_big")(Math.round(state.limits.bytes / 1048576)), true);
    return;
  }
  $("run").disabled = true;
  setStatus(t("working"));
  try {
    const r = await post("?format=json");
    const text = await r.text();
    let doc = null;
    try { doc = JSON.parse(text); } catch (e) { doc = null; }
    if (r.ok && doc && doc.counties) {
      state.json = doc;
      state.jsonText = text;
      showVerdicts(doc);
      $("result").hidden = false;
      setStatus(t("done")(doc.counties.length));
      await loadReport();
      $("result_h").focus();
    } else if (doc && doc.problems) {
      state.problems = { list: doc.problems };
      await showProblems(doc.problems, true);
      const n = doc.problems.filter((p) => !NOTE_CODES.has(p.code)).length;
      setStatus(r.status === 422 ? t("failed")(n) : t("error") + doc.problems[0].message, true);
    } else {
      setStatus(t("error") + r.status, true);
    }
  } catch (e) {
    setStatus(e.name === "AbortError" ? t("timeout") : t("network"), true);
  } finally {
    $("run").disabled = false;
  }
}

// ---- the result -----------------------------------------------------------------------------------------------

function showVerdicts(doc) {
  const box = $("verdicts");
  box.replaceChildren();
  for (const c of doc.counties) {
    const v = c.verdict;
    const card = el("div", { class: "verdict " + v, "data-verdict": v });
    card.append(el("h3", {}, `${c.county_name || ""} (${c.county_code || ""}): `,
      el("span", { class: "word", text: t("verdict")[v] || v })));
    if (c.reasons.length) {
      card.append(el("div", { text: t("reasons") }));
      const ul = el("ul");
      for (const r of c.reasons) ul.append(el("li", { class: "reason", text: r.message }));
      card.append(ul);
    } else {
      card.append(el("div", { text: t("no_reasons") }));
    }
    box.append(card);
  }
}

async function loadReport() {
  const frame = $("report");
  const r = await post(`?format=html&lang=${state.lang}`);
  if (!r.ok) return;
  const html = await r.text();
  frame.onload = () => {
    const d = frame.contentDocument;
    if (d && d.documentElement) frame.style.height = d.documentElement.scrollHeight + 24 + "px";
  };
  frame.srcdoc = html;
}

async function download(kind) {
  let blob, name;
  if (kind === "json") {
    blob = new Blob([state.jsonText], { type: "application/json" });
    name = "yjjh-result.json";
  } else {
    setStatus(t("downloading"));
    const q = { xlsx: "?format=xlsx", html: "?format=html", csv: "?format=csv&excel=1" }[kind];
    const r = await post(`${q}&lang=${state.lang}`);
    if (!r.ok) {
      setStatus(t("error") + r.status, true);
      return;
    }
    blob = await r.blob();
    name = { xlsx: "yjjh-report.xlsx", html: "yjjh-report.html", csv: "yjjh-result.csv" }[kind];
    setStatus("");
  }
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// ---- problems and the preview ---------------------------------------------------------------------------------

function where(p) {
  const parts = [];
  if (p.file) parts.push(p.file);
  if (p.cell) parts.push(p.cell);
  else if (p.line) parts.push(t("where_line")(p.line));
  if (p.column) parts.push(t("where_col")(p.column));
  return parts.join(" · ");
}

async function showProblems(list, rebuildPreview, takeFocus = true) {
  const ol = $("problem_list"), notes = $("note_list");
  ol.replaceChildren();
  notes.replaceChildren();
  list.forEach((p, i) => {
    if (NOTE_CODES.has(p.code)) {
      notes.append(el("li", { "data-code": p.code }, el("span", { class: "where", text: where(p) }), p.message));
      return;
    }
    const b = el("button", { type: "button", "data-problem": String(i) },
      el("span", { class: "where", text: where(p) }), p.message);
    b.addEventListener("click", () => focusCell(i));
    ol.append(el("li", { "data-code": p.code }, b));
  });
  $("notes").hidden = notes.children.length === 0;
  $("problems").hidden = false;
  if (rebuildPreview) await buildPreview(list);
  $("problems_h").setAttribute("tabindex", "-1");
  if (takeFocus) $("problems_h").focus();
}

function focusCell(i) {
  const c = document.querySelector(`#preview [data-problems~="${i}"]`);
  if (c) {
    c.scrollIntoView({ block: "center", inline: "nearest" });
    c.focus({ preventScroll: true });
  }
}

// CSV records with the physical line each starts on (RFC 4180 quotes; a quoted field may span lines).
function parseCsv(text, maxRows) {
  const rows = [];
  let i = 0, line = 1, more = false;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length) {
    if (rows.length >= maxRows) { more = true; break; }
    const start = line, cells = [];
    let cell = "", q = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (q) {
        if (ch === '"') {
          if (text[i + 1] === '"') { cell += '"'; i++; } else q = false;
        } else {
          if (ch === "\n") line++;
          cell += ch;
        }
      } else if (ch === '"') q = true;
      else if (ch === ",") { cells.push(cell); cell = ""; }
      else if (ch === "\r") { /* part of CRLF */ }
      else if (ch === "\n") { i++; break; }
      else cell += ch;
    }
    cells.push(cell);
    line++;
    rows.push({ r: start, cells });
  }
  return { rows, more, ncol: rows.reduce((m, r) => Math.max(m, r.cells.length), 0) };
}

async function decodeText(buf) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch (e) {
    return new TextDecoder("gb18030").decode(buf);
  }
}

function isZip(buf) {
  const b = new Uint8Array(buf, 0, Math.min(4, buf.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

// The column index of a problem's column: the header cell with that text in the first rows of the table.
function columnIndex(rows, name, upToRow) {
  if (!name) return -1;
  const want = name.trim();
  for (const row of rows) {
    if (upToRow && row.r >= upToRow) break;
    const k = row.cells.findIndex((c) => (c || "").trim() === want);
    if (k >= 0) return k;
  }
  return -1;
}

async function buildPreview(list) {
  const box = $("preview");
  box.replaceChildren();
  $("preview_note").textContent = "";
  // preview the file the problems are about: the facts file when every located problem names it
  const schools = $("schools").files[0], facts = $("facts").files[0];
  let file = schools;
  if (facts && list.length && list.every((p) => p.file === facts.name)) file = facts;
  if (!file) return;
  let table, xlsx = false;
  try {
    const buf = await file.arrayBuffer();
    if (isZip(buf)) {
      const sheetOf = list.map((p) => (p.cell || "").split("!")[0]).find((s) => s);
      table = await window.YjjhXlsx.read(buf, sheetOf, PREVIEW_ROWS);
      xlsx = true;
    } else {
      table = parseCsv(await decodeText(buf), PREVIEW_ROWS);
    }
  } catch (e) {
    $("preview_note").textContent = t("preview_none");
    return;
  }
  // the marks: "row:col" -> problem indexes; a whole row when there is no column
  const marks = new Map(), rowMarks = new Map();
  const add = (m, key, i) => m.set(key, (m.get(key) || []).concat([i]));
  list.forEach((p, i) => {
    if (NOTE_CODES.has(p.code) || (p.file && p.file !== file.name)) return;
    let row = null, col = -1;
    if (p.cell) {
      const refPart = p.cell.split("!").pop();
      const at = window.YjjhXlsx.ref(refPart);
      if (at) { row = at[0]; col = at[1]; } else row = parseInt(refPart, 10) || null;
    } else if (p.line) {
      row = p.line;
    }
    if (col < 0 && p.column) col = columnIndex(table.rows, p.column, row);
    if (row != null && col >= 0) add(marks, row + ":" + col, i);
    else if (row != null) add(rowMarks, row, i);
  });
  const ncol = table.ncol;
  const thead = el("thead"), hr = el("tr", {}, el("th", { class: "rn", scope: "col", text: xlsx ? "" : "#" }));
  for (let c = 0; c < ncol; c++) hr.append(el("th", { scope: "col", text: xlsx ? window.YjjhXlsx.colName(c) : String(c + 1) }));
  thead.append(hr);
  const tbody = el("tbody");
  for (const row of table.rows) {
    const tr = el("tr", { "data-row": String(row.r) });
    const rn = el("th", { class: "rn", scope: "row", text: String(row.r) });
    tr.append(rn);
    if (rowMarks.has(row.r)) {
      tr.classList.add("badrow");
      rn.setAttribute("tabindex", "-1");
      rn.setAttribute("data-problems", rowMarks.get(row.r).join(" "));
    }
    for (let c = 0; c < ncol; c++) {
      const v = row.cells[c] == null ? "" : String(row.cells[c]);
      const td = el("td", { text: v, title: v });
      const m = marks.get(row.r + ":" + c);
      if (m) {
        td.classList.add("bad");
        td.setAttribute("tabindex", "-1");
        td.setAttribute("data-problems", m.join(" "));
        td.setAttribute("aria-invalid", "true");
        if (xlsx) td.setAttribute("data-cell", window.YjjhXlsx.colName(c) + row.r);
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  box.append(el("table", {}, thead, tbody));
  $("preview_note").textContent = xlsx ? t("preview_xlsx")(table.sheet, table.rows.length, table.more)
    : t("preview_csv")(table.rows.length, table.more);
  state.problems.xlsx = xlsx;
}

// ---- start ----------------------------------------------------------------------------------------------------

async function start() {
  $("form").addEventListener("submit", evaluate);
  $("lang").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    applyLang();
  });
  for (const b of document.querySelectorAll("[data-download]")) {
    b.addEventListener("click", () => download(b.dataset.download).catch(() => setStatus(t("network"), true)));
  }
  $("print").addEventListener("click", () => {
    const w = $("report").contentWindow;
    if (w) w.print();
  });
  $("profile").addEventListener("change", applyLang);
  // a file dropped next to the drop zone must not make the browser leave the page for the file
  for (const type of ["dragover", "drop"]) document.addEventListener(type, (e) => e.preventDefault());
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length) {
      const dt = new DataTransfer();
      dt.items.add(e.dataTransfer.files[0]);
      $("schools").files = dt.files;
    }
  });
  try {
    const [profiles, health] = await Promise.all([fetch("/v1/profiles").then((r) => r.json()),
      fetch("/healthz").then((r) => r.json())]);
    const sel = $("profile");
    for (const p of profiles.profiles) {
      const o = el("option", { value: p.name, text: `${p.title} (${p.name})` });
      if (p.default) o.selected = true;
      sel.append(o);
    }
    if (health.max_request_bytes) state.limits.bytes = health.max_request_bytes;
    if (health.timeout_seconds) state.limits.seconds = health.timeout_seconds;
    $("version").textContent = health.yjjh_version || "";
  } catch (e) {
    setStatus(t("network"), true);
  }
  const want = new URLSearchParams(location.search).get("lang");
  if (want === "en") state.lang = "en";
  applyLang();
  document.body.dataset.ready = "1";
}

start();
