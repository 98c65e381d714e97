#!/usr/bin/python3
"""clients/python/bilateral_pandas.py: typed pandas frames through psycopg 3.

Usage: pandas_typed.py DBNAME       (connection from the libpq environment)

Checks, with every warning an error: stances are Int64 with <NA> where a period is contested
(stance_history) or the documents are silent (the full panel's stance_min/stance_max), never
float64 NaN; dates are period[D] and keep 1635; stance labels are an ordered categorical
(hostile < aligned); the custom types arrive as bilateral_psycopg objects when registered; a
frame read in several chunks equals the frame read at once; no warning from pandas about the
psycopg 3 connection.  Prints TAP.
"""
import datetime
import os
import sys
import warnings

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "clients", "python"))
from tap import Tap  # noqa: E402

t = Tap()
warnings.simplefilter("error")
import pandas as pd  # noqa: E402
import psycopg  # noqa: E402
import bilateral_pandas  # noqa: E402
import bilateral_psycopg  # noqa: E402

conn = psycopg.connect("dbname=" + sys.argv[1], autocommit=True)

h = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral.stance_history('JPN', 'RUS', 'diplomatic_relations')")
t.eq(str(h.stance.dtype), "Int64", "stance_history: stance is Int64")
t.ok(h.stance.isna().sum() == h.contested.sum() and h.contested.sum() > 0,
     "stance_history: <NA> exactly on the %d contested periods of %d" % (h.contested.sum(), len(h)), diag=h.to_string())
t.ok(isinstance(h.stance_label.dtype, pd.CategoricalDtype) and h.stance_label.cat.ordered
     and list(h.stance_label.cat.categories) == bilateral_pandas.STANCE_LABELS,
     "stance_label: an ordered categorical, hostile .. aligned")
t.eq(str(h.valid_from.dtype), "period[D]", "dates are period[D]")

e = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral_bi.events ORDER BY event_id")
s = e[e.event_key == "japan_sakoku_policy"]
t.eq([str(p) for p in s.occurred_from], ["1635-01-01"], "events: the 1635 date survives as a Period")
t.eq(str(e.occurred_from_year.dtype), "Int64", "events: occurred_from_year Int64")
t.ok((e.occurred_to - e.occurred_from).notna().all(), "date arithmetic on the periods works (%d events)" % len(e))

p = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral_bi.dyad_years WHERE panel_year BETWEEN 1855 AND 1856")
t.ok(str(p.stance_min.dtype) == "Int64" and str(p.stance_mean.dtype) == "Float64" and str(p.n_claims.dtype) == "Int64"
     and p.stance_min.isna().sum() == (p.n_claims == 0).sum(),
     "the full panel: stance_min Int64, stance_mean Float64, <NA> on the %d silent rows of %d" % ((p.n_claims == 0).sum(), len(p)))
t.eq(int(p[p.in_system & (p.panel_year == 1855)].ccode1.nunique()), 43, "the full panel: 43 states in 1855, WHERE in_system")
q = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral_bi.dyad_years WHERE panel_year BETWEEN 1855 AND 1856",
                                chunk_rows=1000)
t.ok(q.equals(p), "read in chunks of 1,000 rows: the same frame (%d rows)" % len(q))

pos_info, treaty_info = bilateral_psycopg.register(conn)
c = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral.stance_at(%s, %s, %s, %s)",
                                ["JPN", "RUS", "territorial_dispute", datetime.date(2016, 6, 1)])
t.ok(len(c) > 0 and all(isinstance(x, bilateral_psycopg.Position) for x in c.position)
     and str(c.certain.dtype) == "boolean" and str(c.claim_id.dtype) == "Int64",
     "stance_at with a date parameter: %d claims, position as Position objects, certain boolean" % len(c))
z = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral_bi.positions WHERE false")
t.ok(len(z) == 0 and str(z.stance.dtype) == "Int64", "an empty answer keeps the column types")
conn.close()
sys.exit(t.done())
