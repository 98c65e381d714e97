#!/usr/bin/python3
"""The views for every client (src/sql/90_views.sql, since 1.3) keep their promises.

Usage: plain_views.py DBNAME      (psycopg2; connection from the libpq environment)

For each view docs/clients.md points BI tools and dataframe libraries at: every column has a
built-in scalar type (no custom type, no array), no column is named by a reserved word of
SQL:2016, ODBC 3 or PostgreSQL (catcode other than U), except "year" in dyad_year_panel (the COW
join key, documented); every view and column has a comment; views are security_invoker and
readable by PUBLIC; the literals agree with the typed views.  Prints TAP.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import Tap  # noqa: E402

import psycopg2  # noqa: E402

PLAIN = ["positions_plain", "treaties_plain", "events_plain", "indicators_plain", "office_terms_plain",
         "sources_plain", "dyad_year_panel"]
ALREADY_CLEAN = ["actors", "errata", "evidence"]     # typed views that need no plain twin
ALLOWED = {("dyad_year_panel", "year")}

from reserved import RESERVED  # noqa: E402

t = Tap()
DBNAME = sys.argv[1]
conn = psycopg2.connect(dbname=DBNAME)
conn.autocommit = True
cur = conn.cursor()
cur.execute("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'")
PG_RESERVED = {r[0] for r in cur.fetchall()}

for view in PLAIN + ALREADY_CLEAN:
    cur.execute("""SELECT a.attname, n.nspname, ty.typname, ty.typcategory, ty.typtype,
                          col_description(a.attrelid, a.attnum)
                     FROM pg_attribute a
                     JOIN pg_type ty ON ty.oid = a.atttypid
                     JOIN pg_namespace n ON n.oid = ty.typnamespace
                    WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""", ("bilateral." + view,))
    cols = cur.fetchall()
    bad_type = ["%s %s.%s" % (c[0], c[1], c[2]) for c in cols
                if c[1] != "pg_catalog" or c[3] == "A" or c[4] != "b"]
    t.ok(cols and not bad_type, "bilateral.%s: %d columns, every one of a built-in scalar type" % (view, len(cols)),
         diag="; ".join(bad_type))
    bad_name = [c[0] for c in cols
                if (c[0] in RESERVED or c[0] in PG_RESERVED) and (view, c[0]) not in ALLOWED]
    t.ok(not bad_name, "bilateral.%s: no column named by a reserved word of SQL:2016, ODBC or PostgreSQL" % view,
         diag=", ".join(bad_name))
    if view in PLAIN:
        cur.execute("""SELECT obj_description(%s::regclass, 'pg_class'),
                              coalesce(array_to_string(c.reloptions, ','), ''),
                              has_table_privilege('public', %s::regclass, 'SELECT')
                         FROM pg_class c WHERE c.oid = %s::regclass""", ("bilateral." + view,) * 3)
        comment, opts, public = cur.fetchone()
        nocomment = [c[0] for c in cols if not c[5]]
        t.ok(comment and not nocomment and "security_invoker=true" in opts and public,
             "bilateral.%s: commented (view and every column), security_invoker, SELECT to PUBLIC" % view,
             diag="comment %r, uncommented %r, options %r, public %r" % (comment, nocomment, opts, public))

for name, sql in (
        ("positions_plain.position_literal is position::text, row for row",
         "SELECT count(*) FROM bilateral.positions p JOIN bilateral.positions_plain q USING (claim_id) "
         "WHERE p.position::text IS DISTINCT FROM q.position_literal OR p.valid_from IS DISTINCT FROM q.valid_from "
         "OR p.valid_to IS DISTINCT FROM q.valid_to OR p.stance IS DISTINCT FROM q.stance"),
        ("treaties_plain.treaty_literal and parties_text agree with treaties, row for row",
         "SELECT (SELECT count(*) FROM bilateral.treaties) - count(*) FROM bilateral.treaties p "
         "JOIN bilateral.treaties_plain q ON p.treaty::text = q.treaty_literal "
         "AND p.mention_id IS NOT DISTINCT FROM q.mention_id "
         "AND array_to_string(p.parties, '+') = q.parties_text AND p.signed_on = q.signed_on"),
        ("events_plain agrees with events (dates, precision, actors)",
         "SELECT count(*) FROM bilateral.events p JOIN bilateral.events_plain q USING (event_id) "
         "WHERE p.occurred_from IS DISTINCT FROM q.occurred_from OR p.precision IS DISTINCT FROM q.date_precision "
         "OR array_to_string(p.actors, '+') IS DISTINCT FROM q.actors_text"),
        ("dyad_year_panel equals dyad_years(1816, this year), issue-summary rows included",
         "SELECT count(*) FROM ((SELECT * FROM bilateral.dyad_years(1816, extract(year FROM current_date)::int) "
         "EXCEPT ALL SELECT * FROM bilateral.dyad_year_panel) UNION ALL (SELECT * FROM bilateral.dyad_year_panel "
         "EXCEPT ALL SELECT * FROM bilateral.dyad_years(1816, extract(year FROM current_date)::int))) x")):
    cur.execute(sql)
    t.eq(cur.fetchone()[0], 0, name)

cur.execute("SELECT count(*) FROM bilateral.positions_plain")
n_plain = cur.fetchone()[0]
cur.execute("SELECT count(*) FROM bilateral.positions")
t.eq(n_plain, cur.fetchone()[0], "positions_plain has as many rows as positions (%d)" % n_plain)
sys.exit(t.done())
