#!/usr/bin/python3
"""bilateral through Python's psycopg2 (Debian's python3-psycopg2), as a researcher's script
reaches it: the flat views arrive with proper Python types, the custom types arrive as str in
their canonical text form, the query functions take Python parameters, and positions and
treaty_refs round-trip through COPY ... (FORMAT binary).

Usage: psycopg2_views.py DBNAME [--reader]

The connection comes from the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, as set by
pg_virtualenv).  With --reader the role must be an ordinary (non-superuser) role connected over
TCP, and the script also checks that the shipped rows are read-only to it.  Prints TAP; exits
non-zero when a test fails.
"""

import calendar
import datetime
import decimal
import io
import os
import re
import struct
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import Tap  # noqa: E402

t = Tap()

try:
    import psycopg2
    import psycopg2.errors
    import psycopg2.extras
except ImportError as e:
    t.ok(False, "psycopg2 can be imported (Debian package python3-psycopg2)", diag=str(e))
    sys.exit(t.done())

if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
    sys.stderr.write(__doc__)
    sys.exit(2)
DBNAME = sys.argv[1]
READER = "--reader" in sys.argv[2:]

# --- canonical text forms (docs/reference.md) ------------------------------------------------------

PDATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
POSITION_RE = re.compile(
    r"^(?P<actor>[A-Z]{3})->(?P<counterpart>[A-Z]{3}):(?P<issue>[a-z][a-z0-9_]{0,31}):"
    r"(?P<stance>\+[1-3]|0|-[1-3]):(?P<start>%s|\.\.)/(?P<end>%s|\.\.)$" % (PDATE, PDATE))
TREATY_RE = re.compile(
    r"^(?P<signed>%s):(?P<parties>[A-Z]{3}(?:\+[A-Z]{3})*):(?P<slug>[a-z][a-z0-9_]{0,31})$" % PDATE)

EPOCH = datetime.date(2000, 1, 1)
PRECISION = {1: "year", 2: "month", 3: "day"}


def pdate_first(s):
    """First day and precision of a partial date YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), "year"
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], 1), "month"
    return datetime.date(*parts), "day"


def pdate_last(s):
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return datetime.date(*parts)


def pdate_format(first, prec):
    if prec == 1:
        return "%04d" % first.year
    if prec == 2:
        return "%04d-%02d" % (first.year, first.month)
    if prec == 3:
        return first.isoformat()
    raise ValueError("precision %r" % prec)


# --- the documented binary formats (docs/reference.md, "Binary format") ------------------------------

def copy_binary_tuples(buf):
    """Splits a COPY (FORMAT binary) stream into tuples of fields (bytes, or None for NULL)."""
    sig = b"PGCOPY\n\xff\r\n\x00"
    if buf[:11] != sig:
        raise ValueError("no PGCOPY signature: %r" % buf[:11])
    pos = 11
    _flags, ext = struct.unpack_from("!II", buf, pos)
    pos += 8 + ext
    tuples = []
    while True:
        (nfields,) = struct.unpack_from("!h", buf, pos)
        pos += 2
        if nfields == -1:
            break
        fields = []
        for _ in range(nfields):
            (n,) = struct.unpack_from("!i", buf, pos)
            pos += 4
            if n == -1:
                fields.append(None)
            else:
                fields.append(bytes(buf[pos:pos + n]))
                pos += n
        tuples.append(fields)
    if pos != len(buf):
        raise ValueError("%d bytes after the trailer" % (len(buf) - pos))
    return tuples


def decode_position(b):
    """bilateral_position's send format -> its canonical text."""
    version = b[0]
    if version != 1:
        raise ValueError("format version %d" % version)
    actor, counterpart = b[1:4].decode("ascii"), b[4:7].decode("ascii")
    (stance,) = struct.unpack_from("!b", b, 7)
    bounds = []
    pos = 8
    for _ in range(2):
        prec, day = struct.unpack_from("!Bi", b, pos)
        pos += 5
        if prec == 0:
            if day != 0:
                raise ValueError("open bound with day %d" % day)
            bounds.append("..")
        else:
            bounds.append(pdate_format(EPOCH + datetime.timedelta(days=day), prec))
    n = b[pos]
    issue = b[pos + 1:pos + 1 + n].decode("ascii")
    if pos + 1 + n != len(b):
        raise ValueError("length %d, fields end at %d" % (len(b), pos + 1 + n))
    st = "%+d" % stance if stance else "0"
    return "%s->%s:%s:%s:%s/%s" % (actor, counterpart, issue, st, bounds[0], bounds[1])


def decode_treaty(b):
    """treaty_ref's send format -> its canonical text."""
    version, prec, day, count = struct.unpack_from("!BBiB", b, 0)
    if version != 1:
        raise ValueError("format version %d" % version)
    pos = 7
    parties = [b[pos + 3 * i:pos + 3 * i + 3].decode("ascii") for i in range(count)]
    pos += 3 * count
    n = b[pos]
    slug = b[pos + 1:pos + 1 + n].decode("ascii")
    if pos + 1 + n != len(b):
        raise ValueError("length %d, fields end at %d" % (len(b), pos + 1 + n))
    return "%s:%s:%s" % (pdate_format(EPOCH + datetime.timedelta(days=day), prec), "+".join(parties), slug)


# --- what each view must hold ------------------------------------------------------------------------

# (schema, type) as the catalog has it -> a check of one non-NULL Python value
def is_date(v):
    return type(v) is datetime.date


def is_int(v):
    return type(v) is int


def is_list_of_str(v):
    return type(v) is list and all(type(x) is str for x in v)


TYPE_CHECKS = {
    ("pg_catalog", "date"): ("datetime.date", is_date),
    ("pg_catalog", "int2"): ("int", is_int),
    ("pg_catalog", "int4"): ("int", is_int),
    ("pg_catalog", "int8"): ("int", is_int),
    ("pg_catalog", "numeric"): ("decimal.Decimal", lambda v: type(v) is decimal.Decimal),
    ("pg_catalog", "text"): ("str", lambda v: type(v) is str),
    ("pg_catalog", "_text"): ("list of str", is_list_of_str),
    ("pg_catalog", "bool"): ("bool", lambda v: type(v) is bool),
    ("bilateral", "bilateral_position"): ("str, canonical position",
                                          lambda v: type(v) is str and POSITION_RE.match(v) is not None),
    ("bilateral", "treaty_ref"): ("str, canonical treaty_ref",
                                  lambda v: type(v) is str and TREATY_RE.match(v) is not None),
}

# Columns each view must have, with their type: what researchers' scripts rely on.  Each must
# also hold at least one non-NULL value, so that its Python type is really seen.
KEY_COLUMNS = {
    "sources": {"source_key": "text", "published": "date", "published_precision": "text",
                "shipped": "bool"},
    "actors": {"actor": "text", "cow_ccode": "int4", "gw_code": "int4", "iso2": "text", "iso3": "text",
               "iso_numeric": "int4", "shipped": "bool"},
    "treaties": {"treaty": "treaty_ref", "signed_on": "date", "signed_precision": "text",
                 "parties": "_text", "in_force_from": "date", "mention_id": "int8"},
    "events": {"event_id": "int8", "occurred_from": "date", "occurred_to": "date", "actors": "_text",
               "precision": "text"},
    "positions": {"claim_id": "int8", "position": "bilateral_position", "stance": "int4",
                  "stance_label": "text", "valid_from": "date", "valid_to": "date", "quote": "text"},
    "indicators": {"indicator_id": "int8", "year": "int4", "value": "numeric", "unit": "text"},
    "office_terms": {"term_id": "int8", "person": "text", "term_from": "date", "term_to": "date"},
    "errata": {"erratum_id": "int8", "quote": "text", "correction": "text"},
    "evidence": {"subject_kind": "text", "subject_id": "text", "quote": "text", "shipped": "bool"},
}

# --- connect -------------------------------------------------------------------------------------------

try:
    conn = psycopg2.connect(dbname=DBNAME)
except psycopg2.Error as e:
    t.ok(False, "connects to %s with the libpq environment" % DBNAME, diag=str(e))
    sys.exit(t.done())
conn.autocommit = True
cur = conn.cursor()
cur.execute("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "inet_server_addr() IS NOT NULL, current_setting('server_version_num')::int")
user, is_super, over_tcp, version = cur.fetchone()
t.ok(version // 10000 == 15, "connects to %s as %s (PostgreSQL %d)" % (DBNAME, user, version))
if READER:
    t.ok(is_super is False, "the role %s is an ordinary role, not a superuser" % user)
    t.ok(over_tcp, "the connection is over TCP (host %s), password authenticated" % os.environ.get("PGHOST"))


# --- 1. every flat view, every value's Python type ------------------------------------------------------

def columns_of(view):
    cur.execute("""SELECT a.attname, n.nspname, ty.typname
                     FROM pg_attribute a
                     JOIN pg_type ty ON ty.oid = a.atttypid
                     JOIN pg_namespace n ON n.oid = ty.typnamespace
                    WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""", ("bilateral." + view,))
    return cur.fetchall()


def check_view(view):
    cols = columns_of(view)
    cur.execute("SELECT * FROM bilateral.%s" % view)   # view names are from the fixed list above
    names = [d.name for d in cur.description]
    rows = cur.fetchall()
    problems = []
    if names != [c[0] for c in cols]:
        problems.append("cursor columns %r differ from the catalog's %r" % (names, [c[0] for c in cols]))
    if not rows:
        problems.append("no rows")
    seen = {c[0]: 0 for c in cols}
    for i, (name, nsp, typ) in enumerate(cols):
        check = TYPE_CHECKS.get((nsp, typ))
        if check is None:
            problems.append("column %s has type %s.%s, not one this test knows how a client sees" % (name, nsp, typ))
            continue
        label, fn = check
        bad = [r[i] for r in rows if r[i] is not None and not fn(r[i])]
        seen[name] = sum(1 for r in rows if r[i] is not None)
        if bad:
            problems.append("column %s (%s): %d values are not %s, e.g. %r (%s)"
                            % (name, typ, len(bad), label, bad[0], type(bad[0]).__name__))
    catalog = {c[0]: c[2] for c in cols}
    for name, typ in KEY_COLUMNS[view].items():
        if name not in catalog:
            problems.append("key column %s is missing" % name)
        elif catalog[name] != typ:
            problems.append("key column %s has type %s, expected %s" % (name, catalog[name], typ))
        elif seen.get(name, 0) == 0:
            problems.append("key column %s is NULL in every row" % name)
    t.ok(not problems, "bilateral.%s: %d rows, %d columns; every value has its column's Python type"
         % (view, len(rows), len(cols)), diag="\n".join(problems))
    return names, rows


view_rows = {}
for view in KEY_COLUMNS:
    r = t.run("bilateral.%s" % view, check_view, view)
    if r:
        view_rows[view] = r


# --- 2. the custom types as str agree with the flat columns beside them --------------------------------

def check_positions_text():
    names, rows = view_rows["positions"]
    ix = {n: i for i, n in enumerate(names)}
    problems = []
    for r in rows:
        m = POSITION_RE.match(r[ix["position"]])
        if not m:
            problems.append("claim %s: %r is not canonical" % (r[ix["claim_id"]], r[ix["position"]]))
            continue
        want = {
            "actor": m["actor"], "counterpart": m["counterpart"], "issue": m["issue"],
            "stance": int(m["stance"]),
            "valid_from": None if m["start"] == ".." else pdate_first(m["start"])[0],
            "valid_to": None if m["end"] == ".." else pdate_last(m["end"]),
        }
        for col, v in want.items():
            if r[ix[col]] != v:
                problems.append("claim %s: %s is %r, the position %s says %r"
                                % (r[ix["claim_id"]], col, r[ix[col]], r[ix["position"]], v))
    t.ok(not problems, "positions: each position str agrees with actor, counterpart, issue, stance, "
         "valid_from and valid_to (%d rows)" % len(rows), diag="\n".join(problems[:20]))


def check_treaties_text():
    names, rows = view_rows["treaties"]
    ix = {n: i for i, n in enumerate(names)}
    problems = []
    for r in rows:
        m = TREATY_RE.match(r[ix["treaty"]])
        if not m:
            problems.append("%r is not canonical" % r[ix["treaty"]])
            continue
        first, prec = pdate_first(m["signed"])
        parties = m["parties"].split("+")
        if parties != sorted(set(parties)):
            problems.append("%s: parties not sorted and distinct" % r[ix["treaty"]])
        for col, v in (("signed_on", first), ("signed_precision", prec), ("parties", parties)):
            if r[ix[col]] != v:
                problems.append("%s: %s is %r, the treaty_ref says %r" % (r[ix["treaty"]], col, r[ix[col]], v))
    t.ok(not problems, "treaties: each treaty str agrees with signed_on, signed_precision and parties "
         "(%d rows)" % len(rows), diag="\n".join(problems[:20]))


if "positions" in view_rows:
    t.run("positions: str agrees with columns", check_positions_text)
if "treaties" in view_rows:
    t.run("treaties: str agrees with columns", check_treaties_text)


# --- 3. known facts, through the query functions, with Python parameters --------------------------------

def facts():
    cur.execute("SELECT bilateral.code_at(%s, %s, %s)", ("iso3", "RUS", datetime.date(1950, 1, 1)))
    t.eq(cur.fetchone()[0], "SUN", "code_at('iso3', 'RUS', date(1950, 1, 1)) is 'SUN' (ISO 3166-3, the USSR)")
    cur.execute("SELECT bilateral.code_at(%s, %s, %s)", ("iso3", "RUS", datetime.date(2000, 1, 1)))
    t.eq(cur.fetchone()[0], "RUS", "code_at('iso3', 'RUS', date(2000, 1, 1)) is 'RUS'")
    cur.execute("SELECT bilateral.code_at(%s, %s, %s)", ("cow", "Japón", datetime.date(2000, 1, 1)))
    t.eq(cur.fetchone()[0], "740", "code_at('cow', 'Japón', date(2000, 1, 1)) is '740' (a non-ASCII name as a parameter)")

    cur.execute("SELECT * FROM bilateral.stance_at(%s, %s, %s, %s)",
                ("JPN", "RUS", "territorial_dispute", datetime.date(2016, 6, 1)))
    names = [d.name for d in cur.description]
    rows = cur.fetchall()
    ix = {n: i for i, n in enumerate(names)}
    problems = []
    if not rows:
        problems.append("no rows")
    for r in rows:
        p = r[ix["position"]]
        if not (type(p) is str and p.startswith("JPN->RUS:territorial_dispute:") and POSITION_RE.match(p)):
            problems.append("position %r" % (p,))
        if type(r[ix["certain"]]) is not bool or type(r[ix["stance"]]) is not int or type(r[ix["claim_id"]]) is not int:
            problems.append("types of %r" % (r,))
    certain = [r[ix["certain"]] for r in rows]
    if certain != sorted(certain, reverse=True):
        problems.append("certain claims do not come first: %r" % certain)
    t.ok(not problems, "stance_at('JPN', 'RUS', 'territorial_dispute', date(2016, 6, 1)) returns %d rows: "
         "JPN->RUS territorial_dispute positions as str, stance int, certain bool, certain first" % len(rows),
         diag="\n".join(problems))

    cur.execute("SELECT treaty, in_force_from, in_force_to FROM bilateral.treaties_in_force(%s, %s, %s)",
                ("JPN", "RUS", datetime.date(1956, 12, 31)))
    got = cur.fetchall()
    t.ok(("1956-10-19:JPN+RUS:joint_declaration", datetime.date(1956, 12, 12), None) in got,
         "treaties_in_force('JPN', 'RUS', date(1956, 12, 31)) lists the 1956 Joint Declaration, "
         "in force from date(1956, 12, 12)", diag=repr(got))

    # the custom types as parameters: a str in, the canonical str out
    cur.execute("SELECT %s::bilateral.bilateral_position, %s::bilateral.treaty_ref",
                (" JPN->RUS:peace_treaty:Cooperative:2018-11/2019-01 ", "1956-10-19:RUS+JPN:joint_declaration"))
    t.eq(cur.fetchone(), ("JPN->RUS:peace_treaty:+2:2018-11/2019-01", "1956-10-19:JPN+RUS:joint_declaration"),
         "a position and a treaty_ref passed as str parameters come back in canonical form")

    # the index operators with Python dates and ranges as parameters
    cur.execute("SELECT count(*) FROM bilateral.positions WHERE position OPERATOR(bilateral.@>) %s",
                (datetime.date(2016, 12, 15),))
    n_param = cur.fetchone()[0]
    cur.execute("SELECT count(*) FROM bilateral.positions "
                "WHERE (valid_from IS NULL OR valid_from <= DATE '2016-12-15') "
                "  AND (valid_to IS NULL OR valid_to >= DATE '2016-12-15')")
    n_plain = cur.fetchone()[0]
    t.ok(n_param > 0 and n_param == n_plain,
         "position @> date(2016, 12, 15) as a parameter: %d claims, as many as valid_from <= day <= valid_to"
         % n_param, diag="@>: %d, plain: %d" % (n_param, n_plain))
    rng = psycopg2.extras.DateRange(datetime.date(2016, 1, 1), datetime.date(2017, 1, 1))
    cur.execute("SELECT count(*) FROM bilateral.positions WHERE actor = %s AND counterpart = %s "
                "AND issue = %s AND position OPERATOR(bilateral.&&) %s",
                ("JPN", "RUS", "territorial_dispute", rng))
    n_rng = cur.fetchone()[0]
    t.ok(n_rng >= len(rows), "position && DateRange(2016-01-01, 2017-01-01) as a parameter: %d JPN->RUS "
         "territorial claims (at least the %d of stance_at on 2016-06-01)" % (n_rng, len(rows)))

    # a malformed literal is SQLSTATE 22P02, which psycopg2 maps to its own exception class
    try:
        cur.execute("SELECT %s::bilateral.bilateral_position", ("JPN->RUS:peace_treaty:+4:2018/2019",))
        t.ok(False, "a stance of +4 is refused")
    except psycopg2.errors.InvalidTextRepresentation as e:
        t.ok(e.pgcode == "22P02" and "+4" in (e.diag.message_detail or ""),
             "a stance of +4 raises psycopg2.errors.InvalidTextRepresentation (22P02) naming \"+4\"",
             diag="%s / %s" % (e.pgerror, e.diag.message_detail))


t.run("known facts", facts)


# --- 4. COPY (FORMAT binary) round trips ---------------------------------------------------------------

def copy_out(sql):
    buf = io.BytesIO()
    cur.copy_expert("COPY (%s) TO STDOUT WITH (FORMAT binary)" % sql, buf)
    return buf.getvalue()


def copy_in(table, data):
    cur.copy_expert("COPY %s FROM STDIN WITH (FORMAT binary)" % table, io.BytesIO(data))


def roundtrip_positions():
    src = "SELECT claim_id, position FROM bilateral.position_claim ORDER BY claim_id"
    data = copy_out(src)
    tuples = copy_binary_tuples(data)
    cur.execute("SELECT claim_id, position::text FROM bilateral.position_claim ORDER BY claim_id")
    texts = cur.fetchall()
    decoded = [(struct.unpack("!q", f[0])[0], decode_position(f[1])) for f in tuples]
    t.ok(decoded == texts, "COPY binary of %d positions: each field decodes, as docs/reference.md describes "
         "the binary format, to the position's canonical text" % len(texts),
         diag="\n".join("%r != %r" % (a, b) for a, b in zip(decoded, texts) if a != b)[:2000]
         or "%d decoded, %d rows" % (len(decoded), len(texts)))

    cur.execute("DROP TABLE IF EXISTS pg_temp.rt_position")
    cur.execute("CREATE TEMP TABLE rt_position (claim_id bigint, position bilateral.bilateral_position)")
    copy_in("rt_position", data)
    cur.execute("""SELECT count(*) FILTER (WHERE c.claim_id IS NULL OR r.claim_id IS NULL
                                              OR NOT (c.position OPERATOR(bilateral.=) r.position)
                                              OR c.position::text <> r.position::text),
                          count(r.claim_id), count(c.claim_id)
                     FROM bilateral.position_claim c FULL JOIN rt_position r USING (claim_id)""")
    bad, n_in, n_src = cur.fetchone()
    t.ok(bad == 0 and n_in == n_src and n_src > 0,
         "COPY position_claim TO STDOUT (FORMAT binary), then FROM STDIN into a temp table: "
         "all %d positions equal, row by row" % n_src,
         diag="%d differ; %d copied in, %d in position_claim" % (bad, n_in, n_src))
    again = copy_out("SELECT claim_id, position FROM rt_position ORDER BY claim_id")
    t.ok(again == data, "the copied-in positions COPY out to the same bytes (%d)" % len(data))

    arr = copy_out("SELECT array_agg(position ORDER BY claim_id) FROM bilateral.position_claim")
    cur.execute("DROP TABLE IF EXISTS pg_temp.rt_position_array")
    cur.execute("CREATE TEMP TABLE rt_position_array (a bilateral.bilateral_position[])")
    copy_in("rt_position_array", arr)
    cur.execute("SELECT (SELECT a::text[] FROM rt_position_array) = "
                "(SELECT array_agg(position::text ORDER BY claim_id) FROM bilateral.position_claim)")
    t.ok(cur.fetchone()[0] is True, "a bilateral_position[] of every claim round-trips through COPY binary")


def roundtrip_treaties():
    data = copy_out("SELECT treaty FROM bilateral.treaty ORDER BY treaty")
    tuples = copy_binary_tuples(data)
    cur.execute("SELECT treaty::text FROM bilateral.treaty ORDER BY treaty")
    texts = [r[0] for r in cur.fetchall()]
    decoded = [decode_treaty(f[0]) for f in tuples]
    t.ok(decoded == texts, "COPY binary of %d treaty_refs: each field decodes, as docs/reference.md "
         "describes, to the treaty_ref's canonical text" % len(texts),
         diag="\n".join("%r != %r" % (a, b) for a, b in zip(decoded, texts) if a != b)[:2000]
         or "%d decoded, %d rows" % (len(decoded), len(texts)))

    cur.execute("DROP TABLE IF EXISTS pg_temp.rt_treaty")
    cur.execute("CREATE TEMP TABLE rt_treaty (mention_id bigint, treaty bilateral.treaty_ref)")
    # every treaty (mention_id NULL where none mentions it) and every mention
    src = ("SELECT m.mention_id, t.treaty FROM bilateral.treaty t "
           "LEFT JOIN bilateral.treaty_mention m ON m.treaty OPERATOR(bilateral.=) t.treaty "
           "ORDER BY t.treaty, m.mention_id")
    data = copy_out(src)
    copy_in("rt_treaty", data)
    cur.execute("""WITH s AS (SELECT row_number() OVER (ORDER BY treaty, mention_id) AS n, * FROM (%s) x),
                        r AS (SELECT row_number() OVER (ORDER BY treaty, mention_id) AS n, * FROM rt_treaty)
                   SELECT count(*) FILTER (WHERE s.n IS NULL OR r.n IS NULL
                                              OR s.mention_id IS DISTINCT FROM r.mention_id
                                              OR NOT (s.treaty OPERATOR(bilateral.=) r.treaty)
                                              OR s.treaty::text <> r.treaty::text),
                          count(r.n), count(s.n)
                     FROM s FULL JOIN r USING (n)""" % src)
    bad, n_in, n_src = cur.fetchone()
    t.ok(bad == 0 and n_in == n_src and n_src > 0,
         "COPY treaty_refs (treaties and their mentions) TO STDOUT (FORMAT binary), then FROM STDIN into "
         "a temp table: all %d rows equal, row by row" % n_src,
         diag="%d differ; %d copied in, %d rows" % (bad, n_in, n_src))
    # the hash opclass on the copied values: a hash join finds every treaty again
    cur.execute("BEGIN")
    cur.execute("SET LOCAL enable_mergejoin = off")
    cur.execute("SET LOCAL enable_nestloop = off")
    cur.execute("SELECT count(*) FROM (SELECT DISTINCT treaty FROM rt_treaty) r "
                "JOIN bilateral.treaty t ON t.treaty OPERATOR(bilateral.=) r.treaty")
    joined = cur.fetchone()[0]
    cur.execute("ROLLBACK")
    cur.execute("SELECT count(*) FROM bilateral.treaty")
    t.eq(joined, cur.fetchone()[0], "the copied-in treaty_refs hash-join back to every treaty")


t.run("binary COPY of positions", roundtrip_positions)
t.run("binary COPY of treaty_refs", roundtrip_treaties)


# --- 5. as an ordinary role: the shipped data are read-only --------------------------------------------

def read_only():
    conn.autocommit = False
    try:
        cur.execute("UPDATE bilateral.position_claim SET statement_en = statement_en || '!' WHERE shipped")
        n_upd = cur.rowcount
        conn.rollback()
        try:
            cur.execute("DELETE FROM bilateral.source WHERE shipped")
            refused = False
        except psycopg2.errors.InsufficientPrivilege:
            refused = True
        conn.rollback()
        t.ok(n_upd == 0 and refused,
             "row level security: UPDATE of shipped claims touches no row; DELETE is not granted at all "
             "(bilateral.delete_row() deletes a user's own rows)",
             diag="updated %d, DELETE refused: %s" % (n_upd, refused))
        try:
            cur.execute("INSERT INTO bilateral.source (source_key, title, published, published_precision, "
                        "language, kind, shipped) VALUES ('client_test', 'x', '2020-01-01', 'day', 'en', "
                        "'article', true)")
            t.ok(False, "inserting a row marked shipped is refused")
        except psycopg2.errors.InsufficientPrivilege as e:
            t.ok(True, "inserting a row marked shipped is refused (42501: %s)" % e.pgerror.splitlines()[0])
        conn.rollback()
    finally:
        conn.rollback()
        conn.autocommit = True


if READER:
    t.run("read-only shipped data", read_only)

conn.close()
sys.exit(t.done())
