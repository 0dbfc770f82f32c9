# SPDX-License-Identifier: MIT
"""`yjjh serve` driven by real HTTP clients (curl and urllib) on a free loopback port: every route, the CLI's
JSON byte for byte, the same problem codes as `yjjh --errors json`, malformed and oversized requests, wrong
methods and media types, a slow client, 100 concurrent requests, the profile directory, clean shutdown, and the
OpenAPI document against the published JSON Schemas."""
import concurrent.futures
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import jsonschema
import pytest

SOURCE_DIR = os.environ.get("YJJH_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLI = os.environ.get("YJJH_CLI", os.path.join(SOURCE_DIR, "build", "tools", "yjjh"))
EXAMPLES = os.path.join(SOURCE_DIR, "examples", "data")
JINCHUAN = os.path.join(EXAMPLES, "jinchuan.csv")
BAD_FILES = os.path.join(SOURCE_DIR, "tests", "bad_input", "files")
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "schemas"))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "bad_input"))
import run_bad_input  # noqa: E402
from test_schemas import ALL as SCHEMAS, errors_of  # noqa: E402


class Server:
    """A `yjjh serve --port 0` process; .url is http://127.0.0.1:PORT from its first line."""

    def __init__(self, *args):
        self.proc = subprocess.Popen([CLI, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        line = self.proc.stdout.readline().decode()
        m = re.fullmatch(r"listening on (http://127\.0\.0\.1:(\d+))\n", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"first line {line!r}; stderr {self.proc.stderr.read()!r}")
        self.url, self.port = m[1], int(m[2])

    def stop(self, sig=signal.SIGTERM):
        """Signal it and wait: its exit status (its stderr is then in .stderr)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout=20)
            self.stderr = self.proc.stderr.read()
            return rc
        finally:
            self.proc.stdout.close()
            self.proc.stderr.close()


@pytest.fixture(scope="module")
def server():
    s = Server("--threads", "4", "--timeout", "2", "--max-request-mb", "2")
    yield s
    assert s.stop() == 0


def cli(*args, cwd=None):
    return subprocess.run([CLI, *args], capture_output=True, cwd=cwd, timeout=120)


def request(url, data=None, headers=None, method=None):
    """(status, headers, body bytes) of one urllib request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def multipart(fields, boundary="yjjh-test-boundary"):
    """A multipart/form-data body: fields is [(name, filename or None, bytes)]."""
    out = b""
    for name, filename, data in fields:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if filename:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def read(path):
    with open(path, "rb") as f:
        return f.read()


def curl(*args):
    return subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", *args], capture_output=True, timeout=60)


def split_curl(r):
    body, _, status = r.stdout.rpartition(b"\n")
    return int(status), body


# ---- the "done when" checks ------------------------------------------------------------------------


def test_curl_evaluate_is_the_cli_json(server):
    status, body = split_curl(curl("-F", f"schools=@{JINCHUAN}", f"{server.url}/v1/evaluate"))
    expected = cli("evaluate", JINCHUAN, "--format", "json")
    assert expected.returncode == 0
    assert status == 200 and body == expected.stdout


def test_bad_csv_same_codes_as_cli(server, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("county_code,school_id,school_type,primary_students\n1,a,primary,12a\n1,b,primary,-\n"
                   "1,c,primary,3x\n", encoding="utf-8")
    c = cli("evaluate", "bad.csv", "--errors", "json", cwd=tmp_path)
    assert c.returncode == 65
    want = json.loads(c.stderr)["problems"]
    status, body = split_curl(subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", "-F",
                                              "schools=@bad.csv", f"{server.url}/v1/evaluate"],
                                             capture_output=True, cwd=tmp_path, timeout=60))
    assert status == 422
    doc = json.loads(body)
    assert errors_of("errors.schema.json", doc) == []
    assert doc["problems"] == want
    assert [p["code"] for p in want] == ["not_a_number", "not_a_number"]


# ---- every route -------------------------------------------------------------------------------------------


def test_routes(server):
    status, headers, body = request(f"{server.url}/healthz")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["status"] == "ok" and json.loads(body)["schema_version"] == "1.0"

    status, _, body = request(f"{server.url}/v1/profiles")
    assert status == 200 and body == cli("profiles", "--format", "json").stdout
    assert errors_of("profiles.schema.json", json.loads(body)) == []

    for profile in ("national-2017", "national-2012-basic", "gansu-jinchang"):
        status, _, body = request(f"{server.url}/v1/standards?profile={profile}")
        assert status == 200 and body == cli("standards", "--profile", profile, "--format", "json").stdout
    status, _, body = request(f"{server.url}/v1/standards")
    assert status == 200 and json.loads(body)["profile"] == "national-2017"
    status, _, body = request(f"{server.url}/v1/standards?facts=1")
    assert status == 200 and body == cli("standards", "--facts", "--format", "json").stdout
    status, _, body = request(f"{server.url}/v1/standards?profile=no-such")
    assert status == 404 and json.loads(body)["problems"][0]["code"] == "unknown_profile_name"

    status, _, body = request(f"{server.url}/v1/evaluate", read(JINCHUAN), {"Content-Type": "text/csv"})
    assert status == 200 and body == cli("evaluate", JINCHUAN, "--format", "json").stdout

    data, headers = multipart([("schools", "jinchuan.csv", read(JINCHUAN))])
    status, _, body = request(f"{server.url}/v1/validate", data, headers)
    doc = json.loads(body)
    assert status == 200 and doc["valid"] is True and doc["schools"] == 24
    assert errors_of("validate.schema.json", doc) == []


def test_xlsx_part(server, tmp_path):
    """An .xlsx schools part is read as the CLI reads the same workbook (detected by content)."""
    import csv
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    with open(JINCHUAN, encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f)):
            ws.append([float(v) if i and v.replace(".", "", 1).isdigit() and j > 7 else v for j, v in enumerate(row)])
    path = tmp_path / "jinchuan.xlsx"
    wb.save(path)
    expected = cli("evaluate", str(path), "--format", "json")
    assert expected.returncode == 0, expected.stderr
    status, body = split_curl(curl("-F", f"schools=@{path}", f"{server.url}/v1/evaluate"))
    assert status == 200 and body == expected.stdout
    ws["I3"] = "12a"  # primary_students of the second school
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    want = cli("evaluate", "bad.xlsx", "--errors", "json", cwd=tmp_path)
    assert want.returncode == 65
    want = json.loads(want.stderr)
    assert errors_of("errors.schema.json", want) == []
    assert [(p["code"], p.get("cell"), p["line"]) for p in want["problems"]] == [("not_a_number", "Sheet!I3", 3)]
    status, body = split_curl(curl("-F", f"schools=@{bad}", f"{server.url}/v1/evaluate"))
    assert status == 422 and json.loads(body)["problems"] == want["problems"]
    data, headers = multipart([("schools", "s.xlsx", b"PK\x03\x04" + b"\0" * 100)])  # a broken zip
    status, _, body = request(f"{server.url}/v1/evaluate", data, headers)
    assert status == 422 and problem_code(body) == "unreadable_workbook"


def test_facts_profile_and_year_fields(server):
    facts = os.path.join(EXAMPLES, "jinchuan_facts.json")
    expected = cli("evaluate", JINCHUAN, "--facts", facts, "--profile", "gansu-jinchang", "--format", "json")
    data, headers = multipart([("schools", "jinchuan.csv", read(JINCHUAN)), ("facts", "f.json", read(facts)),
                               ("profile", None, b"gansu-jinchang")])
    status, _, body = request(f"{server.url}/v1/evaluate", data, headers)
    assert status == 200 and body == expected.stdout
    two = JINCHUAN
    expected = cli("evaluate", two, "--year", "2026", "--profile", "national-2012-basic", "--format", "json")
    data, headers = multipart([("schools", "t.csv", read(two)), ("year", None, b"2026"),
                               ("profile", None, b"national-2012-basic")])
    status, _, body = request(f"{server.url}/v1/evaluate", data, headers)
    assert status == 200 and body == expected.stdout
    for year in (b"26", b"20x6"):
        data, headers = multipart([("schools", "t.csv", read(two)), ("year", None, year)])
        status, _, body = request(f"{server.url}/v1/evaluate", data, headers)
        assert status == 400 and json.loads(body)["problems"][0]["code"] == "bad_request"


def test_bad_input_matrix_over_http(server):
    """Every evaluate/validate case of the bad-input matrix that reads one committed file: the same problems as
    `yjjh --errors json` (validate: the same ones inside the validate document)."""
    cases = [c for c in run_bad_input.parse_cases(os.path.join(SOURCE_DIR, "tests", "bad_input", "cases.tsv"))
             if c["exit"] == 65 and c["args"][0] in ("evaluate", "validate") and len(c["args"]) == 2
             and os.path.exists(os.path.join(BAD_FILES, c["args"][1]))]
    assert len(cases) >= 20
    failures = []
    for case in cases:
        name = case["args"][1]
        want = json.loads(cli(*case["args"], "--errors", "json", cwd=BAD_FILES).stderr)["problems"]
        data, headers = multipart([("schools", name, read(os.path.join(BAD_FILES, name)))])
        status, _, body = request(f"{server.url}/v1/{case['args'][0]}", data, headers)
        doc = json.loads(body)
        if status != 422 or doc["problems"] != want or errors_of("errors.schema.json", doc):
            failures.append(f"{case['id']}: {status} {doc['problems'][:2]} != {want[:2]}")
    assert not failures, "\n".join(failures)


# ---- malformed requests ------------------------------------------------------------------------------------


def problem_code(body):
    doc = json.loads(body)
    assert errors_of("errors.schema.json", doc) == []
    return doc["problems"][0]["code"]


def test_malformed_multipart(server):
    url = f"{server.url}/v1/evaluate"
    status, _, body = request(url, b"--x\r\n", {"Content-Type": "multipart/form-data"})  # no boundary
    assert status == 400 and problem_code(body) == "bad_request"
    status, _, body = request(url, b"garbage without parts", {"Content-Type": "multipart/form-data; boundary=b"})
    assert status == 400 and problem_code(body) == "bad_request"
    data, headers = multipart([("other", None, b"x")])  # a form without a schools part
    status, _, body = request(url, data, headers)
    assert status == 400 and problem_code(body) == "bad_request"
    data, headers = multipart([("schools", "s.csv", read(JINCHUAN))])
    status, _, body = request(url, data[:len(data) // 2], headers)  # cut in the middle of the part
    assert status == 400 and problem_code(body) == "bad_request"
    data, headers = multipart([("schools", "a.csv", read(JINCHUAN)), ("schools", "b.csv", read(JINCHUAN))])
    status, _, body = request(url, data, headers)  # which table was meant?
    assert status == 400 and problem_code(body) == "bad_request"
    data, headers = multipart([("schools", "s.csv", read(JINCHUAN)), ("profile", None, b"p" * 1000)])
    status, _, body = request(url, data, headers)  # a field far longer than a profile name
    assert status == 400 and problem_code(body) == "bad_request"


def test_wrong_content_type_method_route(server):
    status, _, body = request(f"{server.url}/v1/evaluate", b"{}", {"Content-Type": "application/json"})
    assert status == 415 and problem_code(body) == "unsupported_media_type"
    status, _, body = request(f"{server.url}/v1/evaluate", read(JINCHUAN), {})
    assert status == 415
    status, headers, body = request(f"{server.url}/v1/evaluate")
    assert status == 405 and headers["Allow"] == "POST" and problem_code(body) == "method_not_allowed"
    status, headers, body = request(f"{server.url}/v1/profiles", b"x", {"Content-Type": "text/csv"})
    assert status == 405 and "GET" in headers["Allow"]
    status, _, body = request(f"{server.url}/v1/nothing")
    assert status == 404 and problem_code(body) == "not_found"
    status, _, body = request(f"{server.url}/../../etc/passwd")
    assert status == 404


def test_unprocessable_inputs(server):
    url = f"{server.url}/v1/evaluate"
    data, headers = multipart([("schools", "s.csv", read(JINCHUAN)), ("profile", None, b"no-such-profile")])
    status, _, body = request(url, data, headers)
    assert status == 422 and problem_code(body) == "unknown_profile_name"
    for name in (b"/etc/passwd", b"../profiles/gansu-jinchang", b"profiles/gansu-jinchang.json"):
        data, headers = multipart([("schools", "s.csv", read(JINCHUAN)), ("profile", None, name)])
        status, _, body = request(url, data, headers)  # no file system access from a request
        assert status == 422 and problem_code(body) == "unknown_profile_name", name
    status, _, body = request(url, b"school_id,school_type\n", {"Content-Type": "text/csv"})
    assert status == 422 and problem_code(body) == "no_rows"
    data, headers = multipart([("schools", "s.csv", read(JINCHUAN)), ("facts", "f.json", b'{"1": ')])
    status, _, body = request(url, data, headers)
    doc = json.loads(body)
    assert status == 422 and doc["problems"][0]["code"] == "json_syntax" and doc["problems"][0]["file"] == "f.json"


def test_oversized_body(server):
    big = b"x" * (3 * 1024 * 1024)  # the fixture's limit is 2 MiB
    # Content-Length over the limit: answered from the headers (curl waits with Expect: 100-continue)
    r = subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", "-H", "Content-Type: text/csv",
                        "--data-binary", "@-", f"{server.url}/v1/evaluate"], input=big, capture_output=True,
                       timeout=60)
    status, body = split_curl(r)
    assert status == 413 and problem_code(body) == "payload_too_large"
    # a client that sends no Expect header gets the answer before it sends the body
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                  b"Content-Length: 3145728\r\n\r\n")
        answer = b""
        while b"}\n" not in answer:
            more = s.recv(65536)
            if not more:
                break
            answer += more
    assert answer.startswith(b"HTTP/1.1 413 ") and b'"payload_too_large"' in answer
    # chunked: no Content-Length, the limit is found while reading
    r = subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", "-H", "Transfer-Encoding: chunked",
                        "-H", "Content-Type: text/csv", "--data-binary", "@-", f"{server.url}/v1/evaluate"],
                       input=big, capture_output=True, timeout=60)
    status, body = split_curl(r)
    assert status == 413 and problem_code(body) == "payload_too_large"
    # and the server goes on
    assert request(f"{server.url}/healthz")[0] == 200


def test_slow_client_is_cut_off(server):
    """A client that sends half a request and stops is disconnected after --timeout (2 s here)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 100\r\n\r\nab")
        start = time.monotonic()
        data = s.recv(65536)
        while data and not data.endswith(b"}\n"):  # an answer, if any, then the close
            more = s.recv(65536)
            if not more:
                break
            data += more
        elapsed = time.monotonic() - start
    assert elapsed < 8, f"still connected after {elapsed:.1f} s"
    assert elapsed > 1, f"cut off after {elapsed:.1f} s, before the timeout"
    assert request(f"{server.url}/healthz")[0] == 200


def test_100_concurrent_requests(server):
    expected = cli("evaluate", JINCHUAN, "--format", "json").stdout
    body = read(JINCHUAN)

    def one(i):
        if i % 2:
            data, headers = multipart([("schools", "jinchuan.csv", body)])
            return request(f"{server.url}/v1/evaluate", data, headers)
        return request(f"{server.url}/v1/evaluate", body, {"Content-Type": "text/csv"})

    with concurrent.futures.ThreadPoolExecutor(max_workers=100) as pool:
        results = list(pool.map(one, range(100)))
    assert [r[0] for r in results] == [200] * 100
    assert all(r[2] == expected for r in results)


# ---- options, shutdown, OpenAPI -----------------------------------------------------------------------------


def test_profile_dir(tmp_path):
    (tmp_path / "strict.json").write_text(json.dumps(
        {"name": "strict", "extends": "national-2017", "standards": {"school_min_met": 7}}), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"extends": "national-2017", "colour": 1}', encoding="utf-8")
    s = Server("--profile-dir", str(tmp_path))
    try:
        data, headers = multipart([("schools", "s.csv", read(JINCHUAN)), ("profile", None, b"strict")])
        status, _, body = request(f"{s.url}/v1/evaluate", data, headers)
        expected = cli("evaluate", JINCHUAN, "--profile", str(tmp_path / "strict.json"), "--format", "json")
        assert status == 200 and body == expected.stdout and json.loads(body)["profile"] == "strict"
        data, headers = multipart([("schools", "s.csv", read(JINCHUAN)), ("profile", None, b"broken")])
        status, _, body = request(f"{s.url}/v1/evaluate", data, headers)
        assert status == 422 and problem_code(body) == "unknown_key"
        status, _, body = request(f"{s.url}/v1/standards?profile=strict")
        assert status == 200 and json.loads(body)["profile"] == "strict"
        status, _, body = request(f"{s.url}/v1/standards?profile=..%2Fstrict")
        assert status == 404
        status, _, body = request(f"{s.url}/v1/profiles")  # the loadable profiles of the directory are listed
        doc = json.loads(body)
        assert status == 200 and errors_of("profiles.schema.json", doc) == []
        builtin = json.loads(cli("profiles", "--format", "json").stdout)["profiles"]
        assert doc["profiles"][:len(builtin)] == builtin
        assert [(p["name"], p.get("source")) for p in doc["profiles"][len(builtin):]] == [("strict", "profile-dir")]
    finally:
        assert s.stop(signal.SIGINT) == 0


def test_options_and_shutdown():
    r = cli("serve", "--port", "70000")
    assert r.returncode == 64 and b"--port" in r.stderr
    r = cli("serve", "--host", "example.org")
    assert r.returncode == 64 and b"--host" in r.stderr
    r = cli("serve", "--profile-dir", "/no/such/dir")
    assert r.returncode == 66
    s = Server()
    busy = subprocess.run([CLI, "serve", "--port", str(s.port)], capture_output=True, timeout=30)
    assert busy.returncode == 70 and b"cannot listen" in busy.stderr
    assert s.url.startswith("http://127.0.0.1:")  # loopback by default
    assert s.stop(signal.SIGTERM) == 0
    assert b"SIGTERM, stopping" in s.stderr


def test_sigterm_lets_a_request_in_progress_finish():
    """SIGTERM while a body is half sent: the server answers that request, then exits 0."""
    s = Server()
    body = read(JINCHUAN)
    expected = cli("evaluate", JINCHUAN, "--format", "json").stdout
    with socket.create_connection(("127.0.0.1", s.port), timeout=20) as c:
        c.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/csv\r\n"
                  + f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:1000])
        time.sleep(0.3)
        s.proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        c.sendall(body[1000:])
        answer = b""
        while True:
            more = c.recv(65536)
            if not more:
                break
            answer += more
    head, _, payload = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    if b"chunked" in head.lower():
        pytest.fail("unexpected chunked answer")
    assert payload == expected
    assert s.stop() == 0 and b"SIGTERM, stopping" in s.stderr


def test_openapi_matches_the_schemas(server):
    status, _, body = request(f"{server.url}/v1/openapi.json")
    assert status == 200
    doc = json.loads(body)
    assert doc["openapi"].startswith("3.1")
    comp = doc["components"]["schemas"]
    names = {"Evaluate": "evaluate", "Validate": "validate", "Errors": "errors", "Standards": "standards",
             "FactKeys": "fact-keys", "Profiles": "profiles", "Facts": "facts", "Profile": "profile"}
    key_of = {f"{name}.schema.json": key for key, name in names.items()}

    def inlined(x, key):
        """A schema file as components.schemas.KEY holds it (tools/embed_openapi.cmake): no $schema and $id,
        every $ref relative to the OpenAPI document."""
        if isinstance(x, dict):
            out = {}
            for k, v in x.items():
                if k in ("$schema", "$id") and x is top[0]:
                    continue
                if k == "$ref":
                    f, _, frag = v.partition("#")
                    v = f"#/components/schemas/{key_of[f] if f else key}{frag}"
                out[k] = inlined(v, key)
            return out
        if isinstance(x, list):
            return [inlined(v, key) for v in x]
        return x

    for key, name in names.items():
        top = [SCHEMAS[f"{name}.schema.json"]]
        assert comp[key] == inlined(top[0], key), key
    # the inlined schemas work: live answers validate against them, with the document as the root
    resolver = jsonschema.RefResolver("", doc)
    for path, key in (("/v1/profiles", "Profiles"), ("/v1/standards", "Standards"), ("/healthz", "Health")):
        answer = json.loads(request(f"{server.url}{path}")[2])
        jsonschema.Draft202012Validator(comp[key], resolver=resolver).validate(answer)
    answer = json.loads(request(f"{server.url}/v1/evaluate", read(JINCHUAN), {"Content-Type": "text/csv"})[2])
    jsonschema.Draft202012Validator(comp["Evaluate"], resolver=resolver).validate(answer)
    answer = json.loads(request(f"{server.url}/v1/validate", b"school_id\nx\n", {"Content-Type": "text/csv"})[2])
    jsonschema.Draft202012Validator(comp["Validate"], resolver=resolver).validate(answer)
    assert answer["problems"]
    assert set(doc["paths"]) == {"/v1/evaluate", "/v1/validate", "/v1/standards", "/v1/profiles", "/healthz",
                                 "/v1/openapi.json", "/v1/template"}

    def refs(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "$ref" and v.startswith("#/"):
                    yield v
                else:
                    yield from refs(v)
        elif isinstance(x, list):
            for v in x:
                yield from refs(v)
    for ref in refs(doc["paths"]):
        node = doc
        for part in ref[2:].split("/"):
            node = node[part]
    for path, ops in doc["paths"].items():
        for op in ops.values():
            for code in op["responses"]:
                assert re.fullmatch(r"[1-5][0-9][0-9]", code), (path, code)
    installed = os.path.join(os.path.dirname(CLI), "openapi.json")
    if os.path.exists(installed):
        assert read(installed) == body
