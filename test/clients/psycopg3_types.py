#!/usr/bin/python3
"""clients/python/bilateral_psycopg.py, the psycopg 3 loaders and dumpers, and the recipe of
docs/clients.md "Python: psycopg 3": Debian's python3-psycopg.

Usage: psycopg3_types.py DBNAME

Without a server: the binary decoders refuse unknown versions and malformed values with
BilateralFormatError, the value classes refuse what the server would refuse.  With the server
(libpq environment): every shipped position and treaty_ref loads to the same value in text and
binary mode and through COPY (FORMAT binary), agrees with the plain views' columns, and goes back
through the text and binary dumpers and COPY ... FROM STDIN (FORMAT binary) unchanged.  Prints TAP.
"""

import datetime
import os
import struct
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "clients", "python"))
from tap import Tap  # noqa: E402

t = Tap()
try:
    import psycopg
    import bilateral_psycopg as bp
    from bilateral_psycopg import BilateralFormatError, PartialDate, Position, TreatyRef
except ImportError as e:
    t.ok(False, "psycopg 3 (python3-psycopg) and clients/python/bilateral_psycopg.py import", diag=str(e))
    sys.exit(t.done())
if len(sys.argv) != 2:
    sys.stderr.write(__doc__)
    sys.exit(2)
DBNAME = sys.argv[1]


def raises(fn, exc, needle, name):
    try:
        fn()
    except exc as e:
        return t.ok(needle in str(e), name, diag="message: %s" % e)
    except Exception as e:  # noqa: BLE001 - the wrong exception is a failure to report
        return t.ok(False, name, diag="raised %s: %s" % (type(e).__name__, e))
    return t.ok(False, name, diag="nothing raised")


# --- without a server ------------------------------------------------------------------------

P = Position.parse("JPN->RUS:territorial_dispute:-1:2016/2016")
good = bp.position_to_binary(P)
t.eq(good, b"\x01JPNRUS\xff\x01" + struct.pack("!i", 5844) + b"\x01" + struct.pack("!i", 5844)
     + b"\x13territorial_dispute",
     "position_to_binary: version 1, codes, stance int8, (precision, day from 2000-01-01) twice, issue")
t.eq(bp.position_from_binary(good), P, "position_from_binary reads it back")
raises(lambda: bp.position_from_binary(b"\x02" + good[1:]), BilateralFormatError, "version 2 is unknown",
       "a position in binary format version 2 raises BilateralFormatError naming the version")
raises(lambda: bp.position_from_binary(good[:-1]), BilateralFormatError, "length",
       "a position one byte short raises BilateralFormatError")
raises(lambda: bp.position_from_binary(good + b"x"), BilateralFormatError, "length",
       "a position with a trailing byte raises BilateralFormatError")
raises(lambda: bp.position_from_binary(good[:8] + b"\x04" + good[9:]), BilateralFormatError, "precision code 4",
       "a bound of precision code 4 raises BilateralFormatError")
raises(lambda: bp.position_from_binary(good[:8] + b"\x00" + good[9:]), BilateralFormatError, "open start",
       "an open bound with a day number raises BilateralFormatError")
raises(lambda: bp.position_from_binary(good[:8] + b"\x01" + struct.pack("!i", 5845) + good[13:]),
       BilateralFormatError, "not the first day of a year",
       "a year bound whose day is not 1 January raises BilateralFormatError")
raises(lambda: bp.position_from_binary(good[:7] + b"\x05" + good[8:]), BilateralFormatError, "stance",
       "a stance of +5 raises BilateralFormatError")
raises(lambda: bp.position_from_binary(b""), BilateralFormatError, "empty", "an empty value raises BilateralFormatError")
T = TreatyRef.parse("1956-10-19:RUS+JPN:joint_declaration")
t.eq(str(T), "1956-10-19:JPN+RUS:joint_declaration", "TreatyRef sorts its parties, as the server does")
tb = bp.treaty_to_binary(T)
t.eq(bp.treaty_from_binary(tb), T, "treaty_to_binary / treaty_from_binary round trip")
raises(lambda: bp.treaty_from_binary(b"\x07" + tb[1:]), BilateralFormatError, "version 7 is unknown",
       "a treaty_ref in binary format version 7 raises BilateralFormatError naming the version")
raises(lambda: bp.treaty_from_binary(tb[:7] + b"RUSJPN" + tb[13:]), BilateralFormatError, "sorted",
       "a treaty_ref with unsorted parties raises BilateralFormatError")
raises(lambda: Position("JPN", "RUS", "peace_treaty", 4), ValueError, "-3..+3",
       "Position refuses a stance of 4 before anything is sent")
raises(lambda: Position("JPN", "RUS", "peace_treaty", 1, "2019", "2018"), ValueError, "ends before",
       "Position refuses a period that ends before it starts")
raises(lambda: PartialDate(2005, 2, 30), ValueError, "day is out of range", "PartialDate refuses 2005-02-30")
t.eq((PartialDate.parse("2020-09").first_day, PartialDate.parse("2020-09").last_day),
     (datetime.date(2020, 9, 1), datetime.date(2020, 9, 30)), "PartialDate 2020-09: first and last day")

# --- against the server ----------------------------------------------------------------------

try:
    conn = psycopg.connect(dbname=DBNAME, autocommit=True)
except psycopg.Error as e:
    t.ok(False, "connects to %s" % DBNAME, diag=str(e))
    sys.exit(t.done())

# the pitfall: without register(), binary mode gives raw bytes
cur = conn.cursor(binary=True)
cur.execute("SELECT position FROM bilateral.position_claim LIMIT 1")
v = cur.fetchone()[0]
t.ok(isinstance(v, bytes) and v[:1] == b"\x01",
     "without register(), binary=True returns a position as raw bytes (the pitfall docs/clients.md names)",
     diag=repr(v))

pos_info, treaty_info = bp.register(conn)


def load_all(sql, binary):
    c = conn.cursor(binary=binary)
    c.execute(sql)
    return c.fetchall()


for label, info, sql, plain_sql, cls in (
        ("bilateral_position", pos_info, "SELECT claim_id, position, position::text FROM bilateral.position_claim ORDER BY claim_id",
         "SELECT claim_id, actor, counterpart, issue, stance, valid_from, valid_to, valid_from_precision, "
         "valid_to_precision FROM bilateral.positions_plain ORDER BY claim_id", Position),
        ("treaty_ref", treaty_info, "SELECT 0::int8, treaty, treaty::text FROM bilateral.treaty ORDER BY 2",
         None, TreatyRef)):
    text_rows = load_all(sql, False)
    bin_rows = load_all(sql, True)
    bad = [r for r in text_rows if not isinstance(r[1], cls) or str(r[1]) != r[2]]
    t.ok(text_rows and not bad, "text mode: all %d shipped %s values load as %s, str() equal to the server's text"
         % (len(text_rows), label, cls.__name__), diag=repr(bad[:3]))
    bad = [(a, b) for a, b in zip(text_rows, bin_rows) if a[1] != b[1] or not isinstance(b[1], cls)]
    t.ok(len(bin_rows) == len(text_rows) and not bad,
         "binary mode: all %d %s values load equal to the text mode's" % (len(bin_rows), label), diag=repr(bad[:3]))
    if plain_sql:
        plain = {r[0]: r[1:] for r in load_all(plain_sql, False)}
        bad = []
        for claim_id, p, _ in bin_rows:
            want = plain[claim_id]
            got = (p.actor, p.counterpart, p.issue, p.stance,
                   p.valid_from and p.valid_from.first_day, p.valid_to and p.valid_to.last_day,
                   p.valid_from and p.valid_from.precision, p.valid_to and p.valid_to.precision)
            if got != want:
                bad.append((claim_id, got, want))
        t.ok(not bad, "binary-loaded positions agree with positions_plain's actor, counterpart, issue, stance, "
             "valid_from, valid_to and precisions", diag=repr(bad[:3]))

    # dumpers: text (%t) and binary (%b) parameters, read back by the server
    cur = conn.cursor()
    bad = []
    for _, v, txt in text_rows:
        cur.execute("SELECT %t::text, %b::text, pg_typeof(%b)::text", [v, v, v])
        got = cur.fetchone()
        if got != (txt, txt, "bilateral." + label):
            bad.append((txt, got))
    t.ok(not bad, "all %d %s values sent as text (%%t) and binary (%%b) parameters come back unchanged"
         % (len(text_rows), label), diag=repr(bad[:3]))

    # COPY (FORMAT binary), out and back in
    typ = "bilateral." + label      # set_types() takes the oid, or the name the registry has
    cur = conn.cursor()
    with cur.copy("COPY (%s) TO STDOUT (FORMAT binary)" % sql.replace(", position::text", "").replace(", treaty::text", "")) as cp:
        cp.set_types(["int8", info.oid])
        copied = list(cp.rows())
    t.ok([r[1] for r in copied] == [r[1] for r in text_rows] and all(isinstance(r[1], cls) for r in copied),
         "COPY ... TO STDOUT (FORMAT binary): all %d %s values load equal to the text mode's" % (len(copied), label))
    cur.execute("CREATE TEMP TABLE copy_in (n int8, v %s)" % typ)
    with cur.copy("COPY copy_in FROM STDIN (FORMAT binary)") as cp:
        cp.set_types(["int8", info.name])
        for i, r in enumerate(copied):
            cp.write_row((i, r[1]))
    cur.execute("SELECT v::text FROM copy_in ORDER BY n")
    back = [r[0] for r in cur.fetchall()]
    t.ok(back == [r[2] for r in text_rows],
         "COPY ... FROM STDIN (FORMAT binary) with the binary dumper: the server stores all %d %s values unchanged"
         % (len(back), label), diag=repr(list(zip(back, [r[2] for r in text_rows]))[:3]))
    cur.execute("DROP TABLE copy_in")

# arrays, and a position as a query parameter of the index operator
cur = conn.cursor(binary=True)
cur.execute("SELECT array_agg(position ORDER BY claim_id) FROM bilateral.position_claim WHERE claim_id < 100003")
arr = cur.fetchone()[0]
t.ok(isinstance(arr, list) and arr and all(isinstance(x, Position) for x in arr),
     "a bilateral_position[] loads as a list of Position (binary)", diag=repr(arr))
q = Position("JPN", "RUS", "territorial_dispute", 0, "2016-06-01", "2016-06-01")
cur.execute("SELECT count(*) FROM bilateral.position_claim WHERE position OPERATOR(bilateral.&&) %s AND voice = 'state'", [q])
n = cur.fetchone()[0]
cur.execute("SELECT count(*) FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', %s)",
            [datetime.date(2016, 6, 1)])
t.eq(n, cur.fetchone()[0], "a Position as a parameter of && finds as many claims as stance_at() on 2016-06-01")

sys.exit(t.done())
