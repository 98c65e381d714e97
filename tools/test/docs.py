#!/usr/bin/python3
"""tools/test/docs.py: docs that run.  Every fenced code block of README.md and docs/*.md is run
against a fresh install, as the researcher of tools/start.sh, and its shown output is compared
where output is shown.  Called by tools/test/docs.sh inside a throwaway cluster (PGHOST, PGPORT,
PGUSER of a superuser); the extension must be installable there.

What runs, by the fence's language (docs/index.md, "Docs that run", says the same for writers):

  sql      each statement in turn (psycopg2, search_path bilateral, public, as the pages ask);
           a statement that ends with `-- VALUE` on its line and returns one value is compared:
           the comment must begin with the value's text (`-- SUN`, `-- 740`, `-- false: ...`);
           `-- ERROR 22023: ...` means the statement must fail with that SQLSTATE.  A block with
           a psql meta-command (`\\copy`) runs through psql instead, uncompared.
  (none)   a psql transcript: lines starting `=> ` are run by psql, the rest of the block is its
           output, compared exactly.
  python   the page's Python blocks run in order in one interpreter (Debian's python3, warnings
           as errors, clients/python on the path); a line `EXPR  # SHOWN` whose SHOWN is a
           Python expression is compared: EXPR == SHOWN, `...` matching anything.
  r        the page's R blocks in order, in one Rscript with options(warn = 2).
  js       the page's JavaScript blocks in order, in one async function, with test/clients/node's
           node_modules (pg), under TZ=Asia/Tokyo.
  sh       each block with sh -e in a scratch folder.
  ini      an odbc.ini: written to a scratch ODBCINI, then isql connects to each DSN in it.
  odbc     an ODBC connection string: isql -k connects with it.

The settings the pages show (localhost, port 5499, user and password researcher, database
bilateral) are the test's: the port is replaced by the cluster's, a role researcher and a
database bilateral (a fresh copy of an installed template per page) are made here.

A block that is not to be run carries `<!-- illustrative: why -->` on the line just above its
fence; `<!-- rerun -->` runs a block twice (the README's five minutes: a tutorial is re-run).
Any other block that cannot be run fails the test.  Prints TAP; exits 1 on a failure.

Usage: tools/test/docs.py [FILE.md ...]      (default: README.md docs/*.md)
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PY = "/usr/bin/python3"     # Debian's, which has psycopg2, psycopg, pandas
FENCE = re.compile(r"^(```+|~~~+)\s*([A-Za-z0-9_+-]*)\s*$")
MARK = re.compile(r"^<!--\s*(illustrative|rerun)\b:?\s*(.*?)\s*-->\s*$")
RUNNABLE = {"sql", "python", "r", "js", "sh", "ini", "odbc", ""}
DOC_PORT = "5499"
ROLE, PASSWORD, DB, TEMPLATE = "researcher", "researcher", "bilateral", "bilateral_docs_template"
GROUP = ("pi", "alice", "bob", "carol")
VALUE = re.compile(r"^(ERROR\b|-?\d|true\b|false\b|NULL\b|[A-Z][A-Z0-9]{1,3}\b|'|\{)")
TIMEOUT = 600

n = 0
failed = 0


def tap(cond, name, diag=None):
    global n, failed
    n += 1
    print("%s %d - %s" % ("ok" if cond else "not ok", n, name))
    if not cond:
        failed += 1
        if diag:
            for line in str(diag).rstrip("\n").splitlines()[-40:]:
                print("# " + line)
    sys.stdout.flush()
    return cond


class Block:
    def __init__(self, path, line, lang, text, marks):
        self.path, self.line, self.lang, self.text, self.marks = path, line, lang, text, marks

    @property
    def where(self):
        return "%s:%d" % (os.path.relpath(self.path, TOP), self.line)


def blocks(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i].strip()) if lines[i].lstrip().startswith(("```", "~~~")) else None
        if not m:
            i += 1
            continue
        fence, lang, start = m.group(1), m.group(2).lower(), i + 1
        marks, j = {}, i - 1
        while j >= 0 and MARK.match(lines[j].strip()):
            mm = MARK.match(lines[j].strip())
            marks[mm.group(1)] = mm.group(2)
            j -= 1
        body = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i])
            i += 1
        indent = len(lines[start - 1]) - len(lines[start - 1].lstrip())
        body = [b[indent:] if b[:indent].strip() == "" else b for b in body]
        out.append(Block(path, start, lang, "\n".join(body) + "\n", marks))
        i += 1
    return out


# ---- the cluster ------------------------------------------------------------------------------

def su(sql, db="postgres"):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def port():
    return os.environ.get("PGPORT", "5432")


def user_env(extra=None):
    """The environment of a researcher's program: no libpq variables (the program says where it
    connects, as the docs show), no PGOPTIONS (it sets its own search path)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(extra or {})
    return env


def fresh_database():
    su("DROP DATABASE IF EXISTS %s WITH (FORCE)" % DB)
    su("CREATE DATABASE %s TEMPLATE %s OWNER %s" % (DB, TEMPLATE, ROLE))


def subst(text):
    return text.replace(DOC_PORT, port())


# ---- SQL --------------------------------------------------------------------------------------

def statements(text):
    """(statement, trailing comment of its last line or None) for each statement."""
    out, i, start, n_ = [], 0, 0, len(text)
    while i < n_:
        c = text[i]
        if text.startswith("--", i) or text.startswith("/*", i):
            j = text.find("\n" if c == "-" else "*/", i)
            i = n_ if j < 0 else j + (1 if c == "-" else 2)
            continue
        if c in "'\"":
            j = i + 1
            while j < n_ and not (text[j] == c and not text.startswith(c * 2, j)):
                j += 2 if text.startswith(c * 2, j) else 1
            i = j + 1
            continue
        if c == "$":
            m = re.match(r"\$[A-Za-z_]*\$", text[i:])
            if m:
                j = text.find(m.group(0), i + len(m.group(0)))
                i = n_ if j < 0 else j + len(m.group(0))
                continue
        if c == ";":
            eol = text.find("\n", i)
            rest = text[i + 1:n_ if eol < 0 else eol]
            m = re.match(r"\s*--\s?(.*)$", rest)
            stmt = re.sub(r"^(\s*--[^\n]*\n|\s*\n)*", "", text[start:i]).strip()
            if stmt:
                out.append((stmt, m.group(1).strip() if m else None))
            start = i + 1 if not m else (n_ if eol < 0 else eol + 1)
            i = start if m else i + 1
            continue
        i += 1
    rest = re.sub(r"--[^\n]*", "", text[start:]).strip()
    if rest:
        out.append((rest, None))
    return out


def as_psql(v):
    return {"t": "true", "f": "false"}.get(v, v) if v is not None else "NULL"


def run_sql(b):
    if re.search(r"^\s*\\", b.text, re.M):
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", port(),
                                "-U", ROLE, "-d", DB], input=subst(b.text), text=True, cwd=tmp,
                               env=user_env({"PGPASSWORD": PASSWORD, "PGOPTIONS": "-c search_path=bilateral,public"}),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TIMEOUT)
        return tap(r.returncode == 0, "%s: sql block (psql, with a meta-command) runs" % b.where, r.stderr)
    import psycopg2
    import psycopg2.extensions
    conn = psycopg2.connect(host="localhost", port=port(), user=ROLE, password=PASSWORD, dbname=DB,
                            options="-c search_path=bilateral,public")
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("SELECT array_agg(oid::int) FROM pg_type")
    # every value as the text psql shows
    psycopg2.extensions.register_type(psycopg2.extensions.new_type(tuple(cur.fetchone()[0]), "TEXT", lambda v, c: v), conn)
    ok, compared, problems = True, 0, []
    for stmt, comment in statements(b.text):
        want_error = comment and re.match(r"ERROR\b\s*(\w{5})?", comment)
        try:
            cur.execute(stmt)
            rows = cur.fetchall() if cur.description else None
        except psycopg2.Error as e:
            if want_error and (not want_error.group(1) or want_error.group(1) == e.pgcode):
                compared += 1
                continue
            ok = False
            problems.append("%s\n  fails: %s %s" % (stmt, e.pgcode, str(e).strip()))
            continue
        if want_error:
            ok = False
            problems.append("%s\n  succeeds, the page shows %s" % (stmt, comment))
        elif comment and VALUE.match(comment) and rows is not None and len(rows) == 1 and len(rows[0]) == 1:
            got = as_psql(rows[0][0])
            compared += 1
            if not (comment == got or comment.startswith(got) and comment[len(got)] in " :,(;"):
                ok = False
                problems.append("%s\n  gives %s, the page shows -- %s" % (stmt, got, comment))
    conn.close()
    return tap(ok, "%s: sql block runs (%d statements, %d shown values compared)" % (b.where, len(statements(b.text)), compared),
               "\n".join(problems))


def run_transcript(b):
    lines = b.text.rstrip("\n").split("\n")
    sql = "\n".join(l[3:] for l in lines if l.startswith("=> "))
    want = "\n".join(l for l in lines if not l.startswith("=> "))
    r = subprocess.run(["psql", "-X", "-q", "-h", "localhost", "-p", port(), "-U", ROLE, "-d", DB,
                        "-v", "VERBOSITY=default"], input=sql, text=True,
                       env=user_env({"PGPASSWORD": PASSWORD, "PGOPTIONS": "-c search_path=bilateral,public"}),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
    got = "\n".join(l.rstrip() for l in r.stdout.rstrip("\n").split("\n") if not re.match(r"^\(\d+ rows?\)$", l))
    got = re.sub(r"^psql:<stdin>:\d+: ", "", got, flags=re.M).rstrip()
    want = "\n".join(l.rstrip() for l in want.split("\n"))
    return tap(got.rstrip() == want.rstrip(), "%s: psql transcript shows what psql prints" % b.where,
               "got:\n%s\nthe page shows:\n%s" % (got, want))


# ---- Python, R, JavaScript, shell, ODBC ----------------------------------------------------------

PY_HARNESS = r'''
import ast, io, json, sys, tokenize, traceback, warnings
warnings.simplefilter("error")
with open(sys.argv[1]) as f:
    blocks = json.load(f)
ns = {"__name__": "__main__"}

def match(got, want):
    if want is Ellipsis:
        return True
    if isinstance(want, (tuple, list)) and type(got) is type(want):
        return len(got) == len(want) and all(match(g, w) for g, w in zip(got, want))
    return got == want

status = 0
for b in blocks:
    src = b["text"]
    comments = {}
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.COMMENT:
            comments[tok.start[0]] = tok.string[1:].strip()
    tree = ast.parse(src, b["where"])
    compared, problems = 0, []
    try:
        for node in tree.body:
            shown = comments.get(node.end_lineno) if isinstance(node, ast.Expr) else None
            want = None
            if shown is not None:
                try:
                    want = eval(compile(shown, b["where"], "eval"), ns)
                except Exception:
                    shown = None          # prose, not a value
            code = compile(ast.Module([node], []) if shown is None else ast.Expression(node.value),
                           "%s" % b["where"], "exec" if shown is None else "eval")
            if shown is None:
                exec(code, ns)
            else:
                got = eval(code, ns)
                compared += 1
                if not match(got, want):
                    problems.append("line %d: %s\n  gives %r, the page shows %s"
                                    % (node.lineno, ast.get_source_segment(src, node), got, shown))
    except BaseException:
        problems.append(traceback.format_exc(limit=3))
    print(json.dumps({"where": b["where"], "ok": not problems, "compared": compared, "problems": problems}))
    sys.stdout.flush()
    if problems:
        break
'''


def run_python(page_blocks, tmp):
    data = [{"where": b.where, "text": subst(b.text)} for b in page_blocks]
    json.dump(data, open(os.path.join(tmp, "blocks.json"), "w"))
    open(os.path.join(tmp, "harness.py"), "w").write(PY_HARNESS)
    r = subprocess.run([PY, os.path.join(tmp, "harness.py"), os.path.join(tmp, "blocks.json")], cwd=tmp,
                       text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                       env=user_env({"PYTHONPATH": os.path.join(TOP, "clients", "python")}))
    seen = set()
    for line in r.stdout.splitlines():
        try:
            res = json.loads(line)
        except ValueError:
            continue
        seen.add(res["where"])
        tap(res["ok"], "%s: python block runs (%d shown values compared)" % (res["where"], res["compared"]),
            "\n".join(res["problems"]) + "\n" + r.stderr[-2000:])
    for b in page_blocks:
        if b.where not in seen:
            tap(False, "%s: python block runs" % b.where, "not reached" + "\n" + r.stderr[-2000:])


def run_joined(page_blocks, tmp, lang):
    src = "\n".join(subst(b.text) for b in page_blocks)
    where = ", ".join(b.where for b in page_blocks)
    if lang == "r":
        path = os.path.join(tmp, "blocks.R")
        open(path, "w").write("options(warn = 2)\n" + src)
        cmd, env = ["Rscript", "--vanilla", path], user_env()
    else:
        path = os.path.join(tmp, "blocks.js")
        open(path, "w").write("'use strict';\n(async () => {\n%s\n})().then(() => process.exit(0), "
                              "(e) => { console.error(e); process.exit(1); });\n" % src)
        cmd = ["node", path]
        env = user_env({"TZ": "Asia/Tokyo", "NODE_PATH": os.path.join(TOP, "test", "clients", "node", "node_modules")})
    r = subprocess.run(cmd, cwd=tmp, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                       timeout=TIMEOUT)
    tap(r.returncode == 0, "%s: %s blocks run, in order, with no warning" % (where, "R" if lang == "r" else "JavaScript"),
        r.stdout[-3000:])


def run_sh(b, tmp):
    r = subprocess.run(["sh", "-e", "-c", subst(b.text)], cwd=tmp, text=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=user_env(), timeout=TIMEOUT)
    tap(r.returncode == 0, "%s: sh block runs" % b.where, r.stdout[-3000:])


def run_odbc(b, tmp):
    if b.lang == "ini":
        ini = os.path.join(tmp, "odbc.ini")
        open(ini, "w").write(subst(b.text))
        dsns = re.findall(r"^\[([^\]]+)\]", b.text, re.M)
        for dsn in dsns:
            r = subprocess.run(["isql", dsn, "-b", "-d|"], input="SELECT count(*) FROM bilateral.sources\n",
                               text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=user_env({"ODBCINI": ini}), timeout=TIMEOUT)
            tap(r.returncode == 0 and re.search(r"^\d+$", r.stdout, re.M) is not None,
                "%s: odbc.ini DSN [%s] connects (isql)" % (b.where, dsn), r.stdout)
    else:
        for cs in [l.strip() for l in subst(b.text).splitlines() if l.strip()]:
            r = subprocess.run(["isql", "-k", cs, "-b", "-d|"], input="SELECT count(*) FROM bilateral.sources\n",
                               text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=user_env(),
                               timeout=TIMEOUT)
            tap(r.returncode == 0 and re.search(r"^\d+$", r.stdout, re.M) is not None,
                "%s: ODBC connection string connects (isql -k)" % b.where, r.stdout)


# ---- pages ------------------------------------------------------------------------------------

def run_page(path):
    page = blocks(path)
    if not page:
        return
    fresh_database()
    illustrative = [b for b in page if "illustrative" in b.marks]
    for b in illustrative:
        tap(bool(b.marks["illustrative"]), "%s: illustrative (%s)" % (b.where, b.marks["illustrative"] or "no reason given"))
    todo = [b for b in page if "illustrative" not in b.marks]
    with tempfile.TemporaryDirectory() as tmp:
        for b in todo:
            # a page's Python, R or JavaScript blocks run together, in one interpreter, where the
            # first of them stands: after the blocks above it (a workflow in SQL, then its reading in R)
            if b.lang in ("python", "r", "js"):
                grouped = [g for g in todo if g.lang == b.lang]
                if grouped[0] is b:
                    (run_python if b.lang == "python" else lambda bs, t: run_joined(bs, t, b.lang))(grouped, tmp)
                continue
            for _ in range(2 if "rerun" in b.marks else 1):
                if b.lang == "sql":
                    run_sql(b)
                elif b.lang == "" and b.text.startswith("=> "):
                    run_transcript(b)
                elif b.lang == "sh":
                    run_sh(b, tmp)
                elif b.lang in ("ini", "odbc"):
                    run_odbc(b, tmp)
                else:
                    tap(False, "%s: a %s block that is neither run nor marked <!-- illustrative: why -->"
                        % (b.where, b.lang or "plain"))


def main(argv):
    files = argv[1:] or [os.path.join(TOP, "README.md")] + sorted(glob.glob(os.path.join(TOP, "docs", "*.md")))
    made_role = False
    r = subprocess.run(["psql", "-X", "-tAc", "SELECT 1 FROM pg_roles WHERE rolname = '%s'" % ROLE, "-d", "postgres"],
                       stdout=subprocess.PIPE, text=True)
    if r.stdout.strip() != "1":
        su("CREATE ROLE %s LOGIN PASSWORD '%s'" % (ROLE, PASSWORD))
        made_role = True
    # the research group of docs/coding.md: roles the researcher may SET ROLE to
    for r in GROUP:
        su("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s NOLOGIN; END IF; END $$" % (r, r))
        su("GRANT %s TO %s" % (r, ROLE))
    try:
        su("DROP DATABASE IF EXISTS %s" % TEMPLATE)
        su("CREATE DATABASE %s" % TEMPLATE)
        su("CREATE EXTENSION bilateral CASCADE", TEMPLATE)
        for f in files:
            print("# %s" % os.path.relpath(f, TOP))
            run_page(os.path.abspath(f))
    finally:
        su("DROP DATABASE IF EXISTS %s WITH (FORCE)" % DB)
        su("DROP DATABASE IF EXISTS %s" % TEMPLATE)
        for r in GROUP:
            su("DROP OWNED BY %s" % r, "postgres")
            su("DROP ROLE IF EXISTS %s" % r)
        if made_role:
            su("DROP ROLE IF EXISTS %s" % ROLE)
    print("1..%d" % n)
    print("# docs: %d blocks and checks passed, %d failed" % (n - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
