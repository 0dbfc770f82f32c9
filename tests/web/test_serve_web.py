# SPDX-License-Identifier: MIT
"""The routes the page of `yjjh serve` uses (docs/serve.md "The page"), over HTTP with urllib: the page files and
their headers, POST /v1/evaluate?format=html|xlsx|csv against `yjjh evaluate` of the same file, GET /v1/template
against `yjjh template`, /healthz's limits, and that a request writes nothing to disk and nothing to the log."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import openpyxl
import pytest

SOURCE_DIR = os.environ.get("YJJH_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLI = os.environ.get("YJJH_CLI", os.path.join(SOURCE_DIR, "build", "tools", "yjjh"))
JINCHUAN = os.path.join(SOURCE_DIR, "examples", "data", "jinchuan.csv")
sys.path.insert(0, os.path.dirname(__file__))
import web_helper  # noqa: E402

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Server:
    def __init__(self, *args, prefix=(), env=None):
        self.prefix = prefix
        self.proc = subprocess.Popen([*prefix, CLI, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env)
        line = self.proc.stdout.readline().decode()
        m = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)\n", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"first line {line!r}; stderr {self.proc.stderr.read()!r}")
        self.url = m[1]

    def stop(self):
        children = f"/proc/{self.proc.pid}/task/{self.proc.pid}/children"
        if self.prefix and os.path.exists(children):  # under strace: signal the server, strace then exits
            with open(children) as f:
                for pid in f.read().split():
                    os.kill(int(pid), 15)
        else:
            self.proc.terminate()
        rc = self.proc.wait(timeout=20)
        self.stderr = self.proc.stderr.read().decode()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return rc


@pytest.fixture(scope="module")
def server():
    s = Server("--max-request-mb", "3", "--timeout", "7")
    yield s
    assert s.stop() == 0
    # nothing about the requests is logged: only the stop line
    assert s.stderr.strip() in ("", "yjjh serve: SIGTERM, stopping"), s.stderr


def request(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def form(path, filename):
    with open(path, "rb") as f:
        data = f.read()
    b = "yjjh-web-boundary"
    body = (f'--{b}\r\nContent-Disposition: form-data; name="schools"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{b}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={b}"}


def cli(*args):
    r = subprocess.run([CLI, *args], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_page_files_and_headers(server):
    status, h, body = request(server.url + "/")
    assert status == 200 and h["Content-Type"] == "text/html; charset=utf-8"
    with open(os.path.join(SOURCE_DIR, "web", "index.html"), "rb") as f:
        assert body == f.read()
    csp = h["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert h["X-Frame-Options"] == "DENY"
    for name, ctype in (("app.js", "text/javascript"), ("xlsx_preview.js", "text/javascript"),
                        ("style.css", "text/css"), ("index.html", "text/html")):
        status, h, body = request(f"{server.url}/{name}")
        assert status == 200 and h["Content-Type"].startswith(ctype), name
        with open(os.path.join(SOURCE_DIR, "web", name), "rb") as f:
            assert body == f.read(), name
    # nothing but the compiled-in files: no file system behind the page
    for path in ("/web/app.js", "/../README.md", "/nope.js", "/index.htm", "/%2e%2e/CMakeLists.txt"):
        assert request(server.url + path)[0] == 404, path
    # the page loads nothing from elsewhere
    with open(os.path.join(SOURCE_DIR, "web", "index.html"), encoding="utf-8") as f:
        html = f.read()
    assert not re.search(r"(src|href)=\"(https?:)?//", html)


def test_health_gives_the_limits(server):
    doc = json.loads(request(server.url + "/healthz")[2])
    assert doc["max_request_bytes"] == 3 * 1024 * 1024 and doc["timeout_seconds"] == 7


def test_reports_equal_the_cli(server, tmp_path):
    body, h = form(JINCHUAN, "jinchuan.csv")
    # json: the default and ?format=json are the CLI's bytes
    want = cli("evaluate", JINCHUAN, "--format", "json")
    assert request(server.url + "/v1/evaluate?format=json", body, h)[2] == want
    # html: the CLI's report of the same file name and date
    status, rh, html = request(server.url + "/v1/evaluate?format=html", body, h)
    assert status == 200 and rh["Content-Type"] == "text/html; charset=utf-8"
    env_date = re.search(rb"\d{4}-\d{2}-\d{2}", html)
    assert env_date
    os.symlink(JINCHUAN, tmp_path / "jinchuan.csv")
    r = subprocess.run([CLI, "evaluate", "jinchuan.csv", "--format", "html", "-o", "zh.html"], capture_output=True,
                       cwd=tmp_path, timeout=60)
    assert r.returncode == 0, r.stderr
    assert html == (tmp_path / "zh.html").read_bytes()
    status, _, html_en = request(server.url + "/v1/evaluate?format=html&lang=en", body, h)
    r = subprocess.run([CLI, "evaluate", "jinchuan.csv", "--format", "html", "--lang", "en", "-o", "en.html"],
                       capture_output=True, cwd=tmp_path, timeout=60)
    assert r.returncode == 0, r.stderr
    assert status == 200 and html_en == (tmp_path / "en.html").read_bytes() and html_en != html
    # csv and the CSV for Excel
    assert request(server.url + "/v1/evaluate?format=csv", body, h)[2] == cli("evaluate", JINCHUAN, "--format", "csv")
    status, rh, excel = request(server.url + "/v1/evaluate?format=csv&excel=1", body, h)
    assert excel == cli("evaluate", JINCHUAN, "--format", "csv", "--excel") and excel.startswith(b"\xef\xbb\xbf")
    assert rh["Content-Disposition"] == 'attachment; filename="yjjh-result.csv"'
    # xlsx: a workbook whose numbers are the JSON's (read back with openpyxl)
    status, rh, xlsx = request(server.url + "/v1/evaluate?format=xlsx", body, h)
    assert status == 200 and rh["Content-Type"] == XLSX_TYPE and xlsx.startswith(b"PK")
    (tmp_path / "r.xlsx").write_bytes(xlsx)
    (tmp_path / "r.json").write_bytes(want)
    web_helper.check_xlsx(str(tmp_path / "r.xlsx"), str(tmp_path / "r.json"))
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == ["结论", "学校", "差异系数", "县级指标"]
    status, _, xlsx_en = request(server.url + "/v1/evaluate?format=xlsx&lang=en", body, h)
    (tmp_path / "en.xlsx").write_bytes(xlsx_en)
    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames != ["结论", "学校", "差异系数", "县级指标"]


def test_bad_format_and_lang(server):
    body, h = form(JINCHUAN, "jinchuan.csv")
    for q in ("?format=pdf", "?format=html&lang=fr", "?format="):
        status, _, doc = request(server.url + "/v1/evaluate" + q, body, h)
        assert status == 400 and json.loads(doc)["problems"][0]["code"] == "bad_request", q
    assert request(server.url + "/v1/validate?format=html", body, h)[0] == 400
    # problems stay the JSON error document whatever format was asked for
    bad = b"school_id,school_name,school_type,primary_students\n1,a,primary,12a\n"
    status, rh, doc = request(server.url + "/v1/evaluate?format=xlsx", bad, {"Content-Type": "text/csv"})
    assert status == 422 and rh["Content-Type"].startswith("application/json")
    assert json.loads(doc)["problems"][0]["code"] == "not_a_number"


@pytest.mark.parametrize("query,args", [
    ("format=xlsx", []), ("format=csv", []), ("format=csv&lang=en", ["--lang", "en"]),
    ("format=xlsx&facts=1&lang=en", ["--facts", "--lang", "en"]), ("format=csv&facts=1", ["--facts"]),
    ("format=csv&profile=national-2012-basic", ["--profile", "national-2012-basic"]),
])
def test_template_equals_yjjh_template(server, tmp_path, query, args):
    status, h, body = request(f"{server.url}/v1/template?{query}")
    assert status == 200
    xlsx = "format=xlsx" in query
    out = tmp_path / ("t.xlsx" if xlsx else "t.csv")
    cli("template", *args, "-o", str(out))
    if xlsx:
        assert h["Content-Type"] == XLSX_TYPE
        (tmp_path / "got.xlsx").write_bytes(body)
        got, want = openpyxl.load_workbook(tmp_path / "got.xlsx"), openpyxl.load_workbook(out)
        assert got.sheetnames == want.sheetnames
        for a, b in zip(got.worksheets, want.worksheets):
            assert list(a.iter_rows(values_only=True)) == list(b.iter_rows(values_only=True))
    else:
        assert body == out.read_bytes()
    assert h["Content-Disposition"].startswith("attachment; filename=")


def test_template_errors(server):
    assert request(server.url + "/v1/template?format=ods")[0] == 400
    assert request(server.url + "/v1/template?lang=de")[0] == 400
    status, _, doc = request(server.url + "/v1/template?profile=nope")
    assert status == 404 and json.loads(doc)["problems"][0]["code"] == "unknown_profile_name"


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_nothing_is_written_to_disk(tmp_path):
    """Every file the server creates while answering the page's requests is a memory file: the workbook a memfd
    (/proc/self/fd/N), libxlsxwriter's scratch files in /dev/shm (tmpfs)."""
    trace = tmp_path / "trace"
    env = {k: v for k, v in os.environ.items() if k != "TMPDIR"}
    s = Server(prefix=["strace", "-f", "-qq", "-e", "trace=open,openat,creat,rename,renameat,renameat2,mkdir,"
                       "mkdirat,link,linkat,symlink,symlinkat", "-o", str(trace)], env=env)
    try:
        body, h = form(JINCHUAN, "jinchuan.csv")
        for q in ("json", "html", "xlsx", "csv&excel=1"):
            assert request(f"{s.url}/v1/evaluate?format={q}", body, h)[0] == 200
        assert request(f"{s.url}/v1/template?format=xlsx")[0] == 200
        assert request(f"{s.url}/")[0] == 200
    finally:
        s.stop()
    written = []
    for line in trace.read_text().splitlines():
        if re.search(r"\b(creat|rename\w*|mkdir\w*|link\w*|symlink\w*)\(", line) and "= -1" not in line:
            written.append(line)
        elif re.search(r"\bopen(at)?\(", line) and re.search(r"O_(WRONLY|RDWR|CREAT)", line) and "= -1" not in line:
            path = re.search(r'"([^"]*)"', line)[1]
            if not (path.startswith("/dev/shm/") or path.startswith("/proc/self/fd/")):
                written.append(line)
    assert not written, "\n".join(written)
    # and the workbooks were really written through a memory file
    assert "/proc/self/fd/" in trace.read_text()
