#!/usr/bin/python3
"""bilateral's ISO 3166 codes against Debian's iso-codes (package iso-codes):
/usr/share/iso-codes/json/iso_3166-1.json (current countries) and iso_3166-3.json (former ones).

- every actor's iso2, iso3 and iso_numeric (bilateral.actors) agree with one ISO 3166-1 entry
  (numeric compared as integers), and an actor has all three or none;
- the ISO codes an actor had for a period (bilateral.actor_code_era: the USSR era of RUS,
  SU / SUN / 810) agree with one ISO 3166-3 entry (SUHH), and the era does not outlast the
  code's withdrawal;
- code_at() and actor_code() give and resolve those codes.

A disagreement is reported as a failed test naming the actor and the codes: it is a data bug.

Usage: iso_codes.py DBNAME   (libpq environment: PGHOST, PGPORT, PGUSER, PGPASSWORD;
ISO_CODES_JSON overrides the directory of the JSON files).  Prints TAP; exits non-zero on failure.
"""

import datetime
import json
import os
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import Tap  # noqa: E402

t = Tap()
if len(sys.argv) < 2:
    sys.stderr.write(__doc__)
    sys.exit(2)
DBNAME = sys.argv[1]
JSON_DIR = os.environ.get("ISO_CODES_JSON", "/usr/share/iso-codes/json")

try:
    import psycopg2
except ImportError as e:
    t.ok(False, "psycopg2 can be imported (Debian package python3-psycopg2)", diag=str(e))
    sys.exit(t.done())


def load(name, key):
    path = os.path.join(JSON_DIR, name)
    try:
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)[key]
    except (OSError, ValueError, KeyError) as e:
        t.ok(False, "%s loads (package iso-codes)" % path, diag=repr(e))
        return None
    t.ok(len(entries) > 0, "%s: %d entries" % (path, len(entries)))
    return entries


iso1 = load("iso_3166-1.json", "3166-1")
iso3 = load("iso_3166-3.json", "3166-3")
if iso1 is None or iso3 is None:
    sys.exit(t.done())

by_alpha3 = {e["alpha_3"]: e for e in iso1}
by_alpha2 = {e["alpha_2"]: e for e in iso1}
by_numeric = {int(e["numeric"]): e for e in iso1}
former = [e for e in iso3 if "alpha_3" in e]


def describe(e):
    return "%s/%s/%s %s" % (e.get("alpha_2"), e.get("alpha_3"), e.get("numeric"), e.get("name"))


try:
    conn = psycopg2.connect(dbname=DBNAME)
except psycopg2.Error as e:
    t.ok(False, "connects to %s" % DBNAME, diag=str(e))
    sys.exit(t.done())
conn.autocommit = True
cur = conn.cursor()

# --- ISO 3166-1: the actors' current codes -------------------------------------------------------------

cur.execute("SELECT actor, name_en, kind, iso2, iso3, iso_numeric FROM bilateral.actors ORDER BY actor")
actors = cur.fetchall()
t.ok(len(actors) > 0, "bilateral.actors: %d actors" % len(actors))
without = []
with_codes = 0
for actor, name, kind, a2, a3, num in actors:
    codes = (a2, a3, num)
    if all(c is None for c in codes):
        without.append("%s (%s)" % (actor, kind))
        continue
    with_codes += 1
    label = "%s %s: ISO 3166-1 %s/%s/%s" % (actor, name, a2, a3, "-" if num is None else "%03d" % num)
    problems = []
    if any(c is None for c in codes):
        problems.append("only some of iso2, iso3, iso_numeric are given")
    entry = by_alpha3.get(a3) if a3 else (by_alpha2.get(a2) if a2 else by_numeric.get(num))
    if entry is None:
        problems.append("no ISO 3166-1 entry has these codes")
    else:
        if a2 is not None and entry["alpha_2"] != a2:
            problems.append("iso2 %s, ISO 3166-1 says %s" % (a2, entry["alpha_2"]))
        if a3 is not None and entry["alpha_3"] != a3:
            problems.append("iso3 %s, ISO 3166-1 says %s" % (a3, entry["alpha_3"]))
        if num is not None and int(entry["numeric"]) != num:
            problems.append("iso_numeric %d, ISO 3166-1 says %s" % (num, entry["numeric"]))
        problems = ["%s (ISO 3166-1: %s)" % (p, describe(entry)) for p in problems]
    t.ok(not problems, label + (" = " + entry["name"] if entry and not problems else ""),
         diag="DATA: " + "; ".join(problems))
t.ok(with_codes > 0, "%d actors carry ISO 3166-1 codes; %d carry none: %s"
     % (with_codes, len(without), ", ".join(without) or "-"))
# a state of today carries ISO 3166-1 codes; former states (Czechoslovakia, the states of 1816)
# carry ISO 3166-3 codes as code eras or none; Kosovo has no ISO code (XK/XKX are user-assigned)
cur.execute("""SELECT DISTINCT m.actor FROM bilateral.system_membership m
                WHERE m.member_to IS NULL AND m.actor <> 'XKX'""")
current = {r[0] for r in cur.fetchall()}
states_without = [w for w in without if w.endswith("(state)") and w.split()[0] in current]
t.ok(not states_without, "every state that is a member of a system today carries ISO 3166-1 codes (Kosovo apart)",
     diag="DATA: states without ISO codes: " + ", ".join(states_without))

# --- ISO 3166-3: codes an actor had for a period ---------------------------------------------------------

cur.execute("""SELECT actor, valid_from, valid_to, system, code
                 FROM bilateral.actor_code_era
                WHERE system IN ('iso2', 'iso3', 'iso_numeric')
                ORDER BY actor, valid_from NULLS FIRST, valid_to NULLS LAST, system""")
eras = {}
for actor, vf, vt, system, code in cur.fetchall():
    eras.setdefault((actor, vf, vt), {})[system] = code

for (actor, vf, vt), codes in eras.items():
    label = "%s %s..%s: ISO %s/%s/%s" % (actor, vf or "", vt or "", codes.get("iso2"), codes.get("iso3"),
                                         codes.get("iso_numeric"))
    problems = []
    num = codes.get("iso_numeric")
    if num is not None and not num.isdigit():
        problems.append("iso_numeric %r is not a number" % num)
        num = None
    match = [e for e in former
             if e.get("alpha_3") == codes.get("iso3", e.get("alpha_3"))
             and e.get("alpha_2") == codes.get("iso2", e.get("alpha_2"))
             and (num is None or int(e.get("numeric", -1)) == int(num))] if codes.get("iso3") or codes.get("iso2") or num else []
    where = "ISO 3166-3"
    if not match:
        cand = [e for e in former if e.get("alpha_3") == codes.get("iso3")]
        problems.append("no ISO 3166-3 entry has these codes" +
                        (" (%s is %s)" % (codes.get("iso3"), "; ".join(describe(e) for e in cand)) if cand else ""))
    else:
        e = match[0]
        wd = e.get("withdrawal_date")
        if wd and len(wd) >= 10 and vt and vt > datetime.date.fromisoformat(wd[:10]):
            problems.append("the period ends %s, after ISO withdrew the code on %s" % (vt, wd))
        where = "ISO 3166-3 %s (%s, withdrawn %s)" % (e.get("alpha_4"), e.get("name"), wd)
    t.ok(not problems, "%s agree with %s" % (label, where), diag="DATA: " + "; ".join(problems))

ussr = eras and [c for (a, _vf, _vt), c in eras.items() if a == "RUS" and c.get("iso3") == "SUN"]
suhh = [e for e in former if e.get("alpha_4") == "SUHH"]
t.ok(ussr and suhh and ussr[0] == {"iso2": suhh[0]["alpha_2"], "iso3": suhh[0]["alpha_3"],
                                   "iso_numeric": suhh[0]["numeric"]},
     "RUS has the USSR era codes of ISO 3166-3 SUHH: iso2 SU, iso3 SUN, iso_numeric 810",
     diag="actor_code_era: %r; ISO 3166-3 SUHH: %r" % (ussr, suhh))

# --- the query functions give and resolve the codes --------------------------------------------------------

problems = []
for actor, _name, _kind, a2, a3, num in actors:
    for system, want in (("iso2", a2), ("iso3", a3), ("iso_numeric", None if num is None else str(num))):
        if want is None:
            continue
        cur.execute("SELECT bilateral.code_at(%s, %s, current_date)", (system, actor))
        got = cur.fetchone()[0]
        if system == "iso_numeric":
            same = got is not None and got.isdigit() and int(got) == int(want)
        else:
            same = got == want
        if not same:
            problems.append("code_at(%r, %r, today) = %r, actors says %r" % (system, actor, got, want))
t.ok(not problems, "code_at(iso2|iso3|iso_numeric, actor, current_date) is each actor's ISO 3166-1 code",
     diag="\n".join(problems))

cur.execute("SELECT bilateral.code_at('iso2', 'RUS', DATE '1950-01-01'), "
            "bilateral.code_at('iso3', 'RUS', DATE '1950-01-01'), "
            "bilateral.code_at('iso_numeric', 'RUS', DATE '1950-01-01')")
got = cur.fetchone()
t.ok(suhh and got[0] == suhh[0]["alpha_2"] and got[1] == suhh[0]["alpha_3"]
     and got[2] is not None and got[2].isdigit() and int(got[2]) == int(suhh[0]["numeric"]),
     "code_at on 1950-01-01 gives RUS the ISO 3166-3 codes of the USSR: %s/%s/%s" % got,
     diag="ISO 3166-3 SUHH: %r" % suhh)

problems = []
for actor, _name, _kind, a2, a3, _num in actors:
    for code in (a2, a3):
        if code is None:
            continue
        try:
            cur.execute("SELECT bilateral.actor_code(%s)", (code,))
            got = cur.fetchone()[0]
        except psycopg2.Error as e:
            got = "ERROR %s: %s" % (e.pgcode, e.diag.message_primary)
        if got != actor:
            problems.append("actor_code(%r) = %r, expected %r" % (code, got, actor))
for (actor, _vf, _vt), codes in eras.items():
    # numbers are read as COW ccodes first ('200' is the United Kingdom), so only letter codes here;
    # a former code two actors had (CS: Czechoslovakia, Serbia and Montenegro) is refused as
    # ambiguous, naming both
    for system, code in codes.items():
        if system == "iso_numeric":
            continue
        try:
            cur.execute("SELECT bilateral.actor_code(%s)", (code,))
            got = cur.fetchone()[0]
        except psycopg2.Error as e:
            got = "ERROR %s: %s" % (e.pgcode, e.diag.message_primary)
            if e.pgcode == "22023" and "%s (" % actor in (e.diag.message_detail or ""):
                got = actor
        # a former alpha-2 code ISO has given to another country since (SK: Sikkim, now Slovakia)
        # resolves to the country that holds it today: codes in current use win
        if got != actor and any(code in (x[3], x[4]) and x[0] == got for x in actors):
            continue
        if got != actor:
            problems.append("actor_code(%r) = %r, expected %r" % (code, got, actor))
t.ok(not problems, "actor_code() resolves every ISO alpha-2 and alpha-3 code, and every era code "
     "(SU, SUN, 810), to its actor", diag="\n".join(problems))

conn.close()
sys.exit(t.done())
