#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every public function of include/yjjh/*.h has a Doxygen comment with @brief, one @param per parameter (in order),
a @return unless it returns void (listing the codes, from #YJJH_OK, for a yjjh_status), and a @since (every public
declaration is documented). References outside the repository are the business of tests/repo/check_self_contained.py.

usage: check_docs.py INCLUDE_DIR        exit 1 and one line per problem when something is missing
       check_docs.py --self-test        shows that the check finds each kind of problem
"""
import glob
import os
import re
import sys


DECL = re.compile(r'/\*\*((?:(?!\*/).)*)\*/\s*YJJH_API\s+(?:YJJH_WARN_UNUSED_RESULT\s+)?([^;{]*?)\b(yjjh_\w+)\s*\(([^)]*)\)\s*;',
                  re.S)


def param_names(params):
    params = params.strip()
    if params in ("", "void"):
        return []
    names = []
    for p in params.split(","):
        m = re.search(r"(\w+)\s*(\[\s*\])?\s*$", p.strip())
        names.append(m.group(1) if m else "?")
    return names


def check_text(text, where):
    problems = []
    for m in DECL.finditer(text):
        doc, ret, name, params = m.group(1), m.group(2).strip(), m.group(3), m.group(4)
        documented = re.findall(r"@param(?:\[[a-z,]+\])?\s+(\w+)", doc)
        wanted = param_names(params)
        if "@brief" not in doc:
            problems.append(f"{where}: {name}: no @brief")
        if documented != wanted:
            problems.append(f"{where}: {name}: @param {documented} but parameters {wanted}")
        if ret != "void" and "@return" not in doc:
            problems.append(f"{where}: {name}: no @return")
        if ret == "yjjh_status" and "#YJJH_OK" not in doc.partition("@return")[2]:
            problems.append(f"{where}: {name}: @return does not list the status codes")
        if "@since" not in doc:
            problems.append(f"{where}: {name}: no @since")
    n_api = len(re.findall(r"^YJJH_API\b", text, re.M))
    n_found = len(DECL.findall(text))
    if n_found != n_api:
        problems.append(f"{where}: {n_api} YJJH_API declarations but {n_found} with a doc comment")
    return problems, n_found


def self_test():
    good = "/** @brief B.\n * @param[out] out O.\n * @param[in] i I.\n * @return #YJJH_OK.\n * @since 0.2 */\n" \
           "YJJH_API yjjh_status yjjh_x_get(int *out, size_t i);\n"
    assert check_text(good, "t") == ([], 1), check_text(good, "t")
    cases = {
        "missing @param": good.replace(" * @param[in] i I.\n", ""),
        "wrong order": good.replace("@param[out] out O.\n * @param[in] i I.", "@param[in] i I.\n * @param[out] out O."),
        "no @return": good.replace(" * @return #YJJH_OK.\n", ""),
        "no @since": good.replace(" * @since 0.2 */", " */"),
        "no @brief": good.replace("@brief B.", "B."),
        "no status list": good.replace("@return #YJJH_OK.", "@return as yjjh_y()."),
        "undocumented": "YJJH_API void yjjh_f(void);\n",
    }
    for what, text in cases.items():
        problems, _ = check_text(text, "t")
        assert problems, f"self-test: {what} not detected"
    void_ok = "/** @brief F. @param[in] p P. @since 0.1 */\nYJJH_API void yjjh_free(void *p);\n"
    assert check_text(void_ok, "t") == ([], 1), check_text(void_ok, "t")
    print("check_docs.py self-test passed")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    problems, total = [], 0
    for path in sorted(glob.glob(os.path.join(argv[1], "*.h")) + glob.glob(os.path.join(argv[1], "*.h.in"))):
        p, n = check_text(open(path, encoding="utf-8").read(), os.path.basename(path))
        problems += p
        total += n
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{total} public functions, each with @brief, @param per parameter, @return and @since")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
