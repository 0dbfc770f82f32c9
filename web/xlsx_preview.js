// SPDX-License-Identifier: MIT
// A small reader of the first rows of an .xlsx workbook for the preview of the page (the evaluation itself is
// done by the server's reader): the zip's central directory, DecompressionStream("deflate-raw") of the browser
// and DOMParser. Cells come back as text, as the sheet shows them roughly (numbers unformatted).
"use strict";

(function () {
  const MAX_PART = 64 * 1024 * 1024;

  function u16(v, o) { return v.getUint16(o, true); }
  function u32(v, o) { return v.getUint32(o, true); }

  // { name: {method, offset, csize, usize} } from the central directory.
  function entries(buf) {
    const v = new DataView(buf);
    let eocd = -1;
    for (let i = buf.byteLength - 22; i >= Math.max(0, buf.byteLength - 65557); i--) {
      if (u32(v, i) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) throw new Error("not a zip file");
    const count = u16(v, eocd + 10);
    let p = u32(v, eocd + 16);
    const out = {};
    const dec = new TextDecoder("utf-8");
    for (let k = 0; k < count; k++) {
      if (p + 46 > buf.byteLength || u32(v, p) !== 0x02014b50) throw new Error("bad zip directory");
      const method = u16(v, p + 10), csize = u32(v, p + 20), usize = u32(v, p + 24);
      const nlen = u16(v, p + 28), xlen = u16(v, p + 30), clen = u16(v, p + 32), off = u32(v, p + 42);
      const name = dec.decode(new Uint8Array(buf, p + 46, nlen));
      out[name] = { method, off, csize, usize };
      p += 46 + nlen + xlen + clen;
    }
    return out;
  }

  async function part(buf, ents, name) {
    const e = ents[name];
    if (!e) return null;
    if (e.usize > MAX_PART) throw new Error("part too large");
    const v = new DataView(buf);
    if (u32(v, e.off) !== 0x04034b50) throw new Error("bad zip entry");
    const start = e.off + 30 + u16(v, e.off + 26) + u16(v, e.off + 28);
    const raw = new Uint8Array(buf, start, e.csize);
    let bytes;
    if (e.method === 0) {
      bytes = raw;
    } else if (e.method === 8) {
      const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    } else {
      throw new Error("unsupported zip method");
    }
    return new DOMParser().parseFromString(new TextDecoder("utf-8").decode(bytes), "application/xml");
  }

  function byTag(node, tag) { return Array.from(node.getElementsByTagNameNS("*", tag)); }
  function text(node) { return byTag(node, "t").map((t) => t.textContent).join(""); }

  // "D14" -> [14, 3]
  function ref(r) {
    const m = /^([A-Z]+)([0-9]+)$/.exec(r || "");
    if (!m) return null;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
    return [parseInt(m[2], 10), c - 1];
  }

  function colName(c) {
    let s = "";
    for (c += 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  }

  // The sheet (by name, or the first): { sheet, rows: [{ r, cells: [] }], ncol, more }
  async function read(buf, wantSheet, maxRows) {
    const ents = entries(buf);
    const wb = await part(buf, ents, "xl/workbook.xml");
    if (!wb) throw new Error("not an xlsx workbook");
    const sheets = byTag(wb, "sheet");
    if (!sheets.length) throw new Error("no sheet");
    let sh = sheets[0];
    if (wantSheet) sh = sheets.find((s) => s.getAttribute("name") === wantSheet) || sh;
    const rid = sh.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") ||
      sh.getAttribute("r:id");
    let target = "worksheets/sheet1.xml";
    const rels = await part(buf, ents, "xl/_rels/workbook.xml.rels");
    if (rels) {
      const rel = byTag(rels, "Relationship").find((r) => r.getAttribute("Id") === rid);
      if (rel) target = rel.getAttribute("Target");
    }
    const path = target.startsWith("/") ? target.slice(1) : "xl/" + target;
    const sst = await part(buf, ents, "xl/sharedStrings.xml");
    const strings = sst ? byTag(sst, "si").map(text) : [];
    const doc = await part(buf, ents, path);
    if (!doc) throw new Error("sheet not found");
    const rows = [];
    let ncol = 0, more = false;
    for (const row of byTag(doc, "row")) {
      if (rows.length >= maxRows) { more = true; break; }
      const r = parseInt(row.getAttribute("r"), 10) || rows.length + 1;
      const cells = [];
      let next = 0;
      for (const c of byTag(row, "c")) {
        const at = ref(c.getAttribute("r"));
        const col = at ? at[1] : next;
        next = col + 1;
        const t = c.getAttribute("t");
        const vEl = byTag(c, "v")[0];
        let val = vEl ? vEl.textContent : "";
        if (t === "s") val = strings[parseInt(val, 10)] || "";
        else if (t === "inlineStr") val = text(c);
        else if (t === "b") val = val === "1" ? "TRUE" : "FALSE";
        if (col < 16384) cells[col] = val;
        ncol = Math.max(ncol, col + 1);
      }
      rows.push({ r, cells });
    }
    return { sheet: sh.getAttribute("name"), rows, ncol, more };
  }

  window.YjjhXlsx = { read, ref, colName };
})();
