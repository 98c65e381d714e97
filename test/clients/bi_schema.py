#!/usr/bin/python3
"""The schema for BI tools, bilateral_bi (src/sql/95_bi.sql), keeps its promises.

Usage: bi_schema.py DBNAME      (psycopg2; connection from the libpq environment)

It holds views only, exactly the documented ones; every column has a built-in scalar type and no
column is named by a reserved word of SQL:2016, ODBC or PostgreSQL (no exception); every view and
column has a comment; views are security_invoker and readable by PUBLIC; each twin has its
source's rows; dyad_years is the whole panel (every COW dyad-year, one row each, with in_system)
and dyad_issue_years the issue rows, which together are dyad_year_panel's rows.  Prints TAP.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import Tap  # noqa: E402
from reserved import RESERVED  # noqa: E402

import psycopg2  # noqa: E402

VIEWS = {"positions": "bilateral.positions_plain", "treaties": "bilateral.treaties_plain",
         "events": "bilateral.events_plain", "indicators": "bilateral.indicators_plain",
         "office_terms": "bilateral.office_terms_plain", "sources": "bilateral.sources_plain",
         "actors": "bilateral.actors", "errata": "bilateral.errata", "evidence": "bilateral.evidence",
         "dyad_years": None, "dyad_issue_years": None}

t = Tap()
conn = psycopg2.connect(dbname=sys.argv[1])
conn.autocommit = True
cur = conn.cursor()
cur.execute("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'")
PG_RESERVED = {r[0] for r in cur.fetchall()}

cur.execute("""SELECT c.relname, c.relkind FROM pg_class c
                WHERE c.relnamespace = 'bilateral_bi'::regnamespace ORDER BY 1""")
rels = cur.fetchall()
t.eq(sorted(rels), sorted((v, "v") for v in VIEWS), "bilateral_bi holds exactly the documented views, nothing else")
cur.execute("""SELECT count(*) FROM pg_proc WHERE pronamespace = 'bilateral_bi'::regnamespace""")
t.eq(cur.fetchone()[0], 0, "bilateral_bi holds no function")
cur.execute("SELECT has_schema_privilege('public', 'bilateral_bi', 'USAGE'), obj_description('bilateral_bi'::regnamespace, 'pg_namespace') IS NOT NULL")
t.eq(cur.fetchone(), (True, True), "bilateral_bi: USAGE to PUBLIC, commented")

for view in VIEWS:
    rel = "bilateral_bi." + view
    cur.execute("""SELECT a.attname, n.nspname, ty.typname, ty.typcategory, ty.typtype,
                          col_description(a.attrelid, a.attnum)
                     FROM pg_attribute a
                     JOIN pg_type ty ON ty.oid = a.atttypid
                     JOIN pg_namespace n ON n.oid = ty.typnamespace
                    WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""", (rel,))
    cols = cur.fetchall()
    bad_type = ["%s %s.%s" % (c[0], c[1], c[2]) for c in cols if c[1] != "pg_catalog" or c[3] == "A" or c[4] != "b"]
    bad_name = [c[0] for c in cols if c[0] in RESERVED or c[0] in PG_RESERVED]
    t.ok(cols and not bad_type and not bad_name,
         "%s: %d columns, built-in scalar types, no reserved-word name" % (rel, len(cols)),
         diag="types: %s; names: %s" % (bad_type, bad_name))
    cur.execute("""SELECT obj_description(%s::regclass, 'pg_class'), coalesce(array_to_string(c.reloptions, ','), ''),
                          has_table_privilege('public', %s::regclass, 'SELECT')
                     FROM pg_class c WHERE c.oid = %s::regclass""", (rel,) * 3)
    comment, opts, public = cur.fetchone()
    nocomment = [c[0] for c in cols if not c[5]]
    t.ok(comment and not nocomment and "security_invoker=true" in opts and public,
         "%s: commented (view and every column), security_invoker, SELECT to PUBLIC" % rel,
         diag="comment %r, uncommented %r, options %r, public %r" % (comment, nocomment, opts, public))
    if VIEWS[view]:
        cur.execute("SELECT (SELECT count(*) FROM %s), (SELECT count(*) FROM %s)" % (rel, VIEWS[view]))
        a, b = cur.fetchone()
        t.ok(a == b and a > 0, "%s has the rows of %s (%d)" % (rel, VIEWS[view], a), diag="%d against %d" % (a, b))

# the panel: every COW dyad-year once, and with dyad_issue_years exactly dyad_year_panel's rows
cur.execute("""SELECT count(*), count(DISTINCT (ccode1, ccode2, panel_year)), count(*) FILTER (WHERE NOT in_system)
                 FROM bilateral_bi.dyad_years""")
rows, keys, outside = cur.fetchone()
cur.execute("""SELECT count(*) FROM bilateral.dyad_years(1816, extract(year FROM current_date)::int, all_dyads => true)
                WHERE issue IS NULL""")
t.ok(rows == keys == cur.fetchone()[0] and rows > 1000000,
     "dyad_years: the whole panel, %d rows, one per (ccode1, ccode2, panel_year)" % rows)
cur.execute("""SELECT count(DISTINCT ccode1) FILTER (WHERE in_system), count(DISTINCT ccode1)
                 FROM bilateral_bi.dyad_years WHERE panel_year = 1855""")
t.eq(cur.fetchone(), (43, 44), "1855: 43 states in the system counted WHERE in_system, 44 naively (Japan-China, outside)")
t.ok(outside > 0, "dyad_years keeps %d rows with claims outside the system, in_system false" % outside)
cur.execute("""SELECT count(*) FROM bilateral_bi.dyad_years WHERE ccode1 = 740 AND ccode2 = 365 AND panel_year = 1956
                  AND stance_mean = -1.799""")
t.eq(cur.fetchone()[0], 1, "dyad_years: Japan-Russia 1956, stance_mean -1.799")
cur.execute("""SELECT count(*) FROM (
                 (SELECT ccode1, ccode2, panel_year, issue, n_claims, stance_mean FROM bilateral_bi.dyad_issue_years
                  UNION ALL
                  SELECT ccode1, ccode2, panel_year, NULL, n_claims, stance_mean FROM bilateral_bi.dyad_years WHERE n_claims > 0)
                 EXCEPT ALL
                 SELECT ccode1, ccode2, year, issue, n_claims, stance_mean FROM bilateral.dyad_year_panel) x""")
extra = cur.fetchone()[0]
cur.execute("SELECT (SELECT count(*) FROM bilateral_bi.dyad_issue_years) + (SELECT count(*) FROM bilateral_bi.dyad_years WHERE n_claims > 0), (SELECT count(*) FROM bilateral.dyad_year_panel)")
a, b = cur.fetchone()
t.ok(extra == 0 and a == b, "dyad_issue_years and the covered rows of dyad_years are dyad_year_panel's %d rows, separated" % b,
     diag="%d rows not in dyad_year_panel; %d against %d" % (extra, a, b))
sys.exit(t.done())
