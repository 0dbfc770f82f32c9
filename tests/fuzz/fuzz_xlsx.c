/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the .xlsx reader. The first byte chooses what the rest is: the sheet XML of a workbook built
 * around it (stored zip entries: the fuzzer reaches the XML handlers, the merges and the cell glue), the shared
 * strings of such a workbook, or the whole file (the zip layer). Accepted tables are validated and evaluated. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <yjjh/yjjh.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct part {
    const char *name;
    const uint8_t *data;
    size_t len;
} part;

static void put16(uint8_t **p, unsigned v)
{
    (*p)[0] = (uint8_t)(v & 0xFF);
    (*p)[1] = (uint8_t)((v >> 8) & 0xFF);
    *p += 2;
}

static void put32(uint8_t **p, unsigned long v)
{
    put16(p, (unsigned)(v & 0xFFFF));
    put16(p, (unsigned)((v >> 16) & 0xFFFF));
}

/* A zip archive of stored (uncompressed) entries; malloc'ed, length in *len. */
static uint8_t *stored_zip(const part *parts, size_t n, size_t *len)
{
    size_t total = 22, offsets[4];
    uint8_t *buf, *p, *cd;
    unsigned long crcs[4];
    for (size_t i = 0; i < n; i++)
        total += 30 + 46 + 2 * strlen(parts[i].name) + parts[i].len;
    if (!(buf = malloc(total)))
        return NULL;
    p = buf;
    for (size_t i = 0; i < n; i++) {
        size_t nl = strlen(parts[i].name);
        crcs[i] = crc32(0L, parts[i].data, (uInt)parts[i].len);
        offsets[i] = (size_t)(p - buf);
        put32(&p, 0x04034b50UL);
        put16(&p, 20);
        put16(&p, 0);
        put16(&p, 0); /* stored */
        put16(&p, 0);
        put16(&p, 0);
        put32(&p, crcs[i]);
        put32(&p, parts[i].len);
        put32(&p, parts[i].len);
        put16(&p, (unsigned)nl);
        put16(&p, 0);
        memcpy(p, parts[i].name, nl);
        p += nl;
        if (parts[i].len)
            memcpy(p, parts[i].data, parts[i].len);
        p += parts[i].len;
    }
    cd = p;
    for (size_t i = 0; i < n; i++) {
        size_t nl = strlen(parts[i].name);
        put32(&p, 0x02014b50UL);
        put16(&p, 20);
        put16(&p, 20);
        put16(&p, 0);
        put16(&p, 0);
        put16(&p, 0);
        put16(&p, 0);
        put32(&p, crcs[i]);
        put32(&p, parts[i].len);
        put32(&p, parts[i].len);
        put16(&p, (unsigned)nl);
        put16(&p, 0);
        put16(&p, 0);
        put16(&p, 0);
        put16(&p, 0);
        put32(&p, 0);
        put32(&p, offsets[i]);
        memcpy(p, parts[i].name, nl);
        p += nl;
    }
    put32(&p, 0x06054b50UL);
    put16(&p, 0);
    put16(&p, 0);
    put16(&p, (unsigned)n);
    put16(&p, (unsigned)n);
    put32(&p, (unsigned long)(p + 6 - cd - 6));
    put32(&p, (unsigned long)(cd - buf));
    put16(&p, 0);
    *len = (size_t)(p - buf);
    return buf;
}

static const char workbook[] =
    "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
    "</workbook>";
static const char rels[] =
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
static const char sheet[] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
                            "<c t=\"s\"><v>2</v></c></row><row r=\"2\"><c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c>"
                            "<c><v>10</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>"
                            "</worksheet>";
static const char sst[] = "<sst><si><t>school_id</t></si><si><t>school_type</t></si><si><t>primary_students</t></si>"
                          "<si><t>A</t></si><si><r><t>pri</t></r><r><t>mary</t></r></si></sst>";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yjjh_schools *t = NULL;
    yjjh_diag *diag = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    uint8_t *book = NULL;
    const char *in = (const char *)data + 1;
    size_t in_len = size - 1;
    if (size == 0 || yjjh_diag_new(&diag) != YJJH_OK)
        return 0;
    if (data[0] % 3 != 2) {
        part parts[4] = {{"xl/workbook.xml", (const uint8_t *)workbook, sizeof workbook - 1},
                         {"xl/_rels/workbook.xml.rels", (const uint8_t *)rels, sizeof rels - 1},
                         {"xl/worksheets/sheet1.xml", (const uint8_t *)sheet, sizeof sheet - 1},
                         {"xl/sharedStrings.xml", (const uint8_t *)sst, sizeof sst - 1}};
        parts[data[0] % 3 == 0 ? 2 : 3].data = data + 1;
        parts[data[0] % 3 == 0 ? 2 : 3].len = size - 1;
        if (!(book = stored_zip(parts, 4, &in_len))) {
            yjjh_diag_free(diag);
            return 0;
        }
        in = (const char *)book;
    }
    if (yjjh_schools_read_buffer(&t, in, in_len, "fuzz.xlsx", NULL, diag) == YJJH_OK &&
        yjjh_profile_builtin(&p, "national-2017") == YJJH_OK)
        (void)yjjh_schools_evaluate(&r, t, NULL, p, diag);
    for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        if (yjjh_diag_get(&e, diag, i) == YJJH_OK && (!e.message || !e.column))
            __builtin_trap();
    }
    for (size_t i = 0; i < yjjh_schools_note_count(t); i++) {
        const char *note = NULL;
        if (yjjh_schools_note_get(&note, t, i) != YJJH_OK || !note)
            __builtin_trap();
    }
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
    yjjh_diag_free(diag);
    free(book);
    return 0;
}
