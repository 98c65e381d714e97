#!/usr/bin/python3
"""The pandas recipe of docs/clients.md: pandas over SQLAlchemy 1.4 and psycopg2 (Debian's
python3-pandas, python3-sqlalchemy, python3-psycopg2), run with every warning an error.

Usage: pandas_sqlalchemy.py DBNAME       (connection from the libpq environment)

Checks: the recipe emits no warning (SQLAlchemy's 2.0 deprecation warnings included); the 1635
event keeps its date (a datetime.date, not NaT) and becomes a pandas Period; the pitfall is real
(parse_dates turns it into NaT silently); column dtypes of the panel; a join of a COW-format
frame on (ccode1, ccode2, year); a date parameter.  Prints TAP.
"""

import datetime
import os
import sys
import warnings

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import Tap  # noqa: E402

t = Tap()
if len(sys.argv) != 2:
    sys.stderr.write(__doc__)
    sys.exit(2)
DBNAME = sys.argv[1]
try:
    import pandas as pd
    import sqlalchemy as sa
except ImportError as e:
    t.ok(False, "pandas and SQLAlchemy import (python3-pandas, python3-sqlalchemy)", diag=str(e))
    sys.exit(t.done())

warnings.simplefilter("error")     # the recipe must run without a single warning

# --- the recipe (docs/clients.md, "pandas") ----------------------------------------------------
# URL without host or user: libpq takes them from PGHOST, PGPORT, PGUSER, PGPASSWORD;
# a researcher writes postgresql+psycopg2://researcher:researcher@localhost:5499/bilateral
engine = sa.create_engine("postgresql+psycopg2:///" + DBNAME, future=True,
                          connect_args={"options": "-c search_path=bilateral,public"})


def recipe():
    with engine.connect() as conn:
        events = pd.read_sql(sa.text("SELECT * FROM events_plain"), conn)     # no parse_dates
        panel = pd.read_sql(sa.text("SELECT * FROM dyad_year_panel WHERE issue IS NULL"), conn)
        claims = pd.read_sql(sa.text("SELECT * FROM stance_at(:actor, :counterpart, :issue, :day)"), conn,
                             params={"actor": "JPN", "counterpart": "RUS", "issue": "territorial_dispute",
                                     "day": datetime.date(2016, 6, 1)})
        pitfall = pd.read_sql(sa.text("SELECT event_id, occurred_from FROM events_plain"), conn,
                              parse_dates=["occurred_from"])
    return events, panel, claims, pitfall


r = t.run("the recipe runs without a warning", recipe)
if r is None:
    sys.exit(t.done())
events, panel, claims, pitfall = r
t.ok(True, "the recipe runs with warnings as errors (SQLAlchemy future engine, sa.text, a Connection)")

sakoku = events[events.event_key == "japan_sakoku_policy"]
t.eq(list(sakoku.occurred_from), [datetime.date(1635, 1, 1)],
     "events_plain: the 1635 event's occurred_from is datetime.date(1635, 1, 1), not NaT")
t.eq(list(sakoku.occurred_from_year), [1635], "events_plain: occurred_from_year is 1635")
t.ok(events.occurred_from.map(type).eq(datetime.date).all() and not events.occurred_from.isna().any(),
     "events_plain: every occurred_from is a datetime.date (%d rows, object dtype)" % len(events))
periods = events.occurred_from.map(lambda d: pd.Period(d, freq="D"))
t.eq(str(periods[sakoku.index[0]]), "1635-01-01",
     "a date column becomes pandas Periods (day frequency) with the 1635 date intact")
bad = pitfall.set_index("event_id").occurred_from.isna().sum()
t.ok(bad >= 1, "the pitfall: parse_dates turns %d pre-1677 date(s) into NaT without a warning" % bad)

want = {"ccode1": "int64", "ccode2": "int64", "year": "int64", "stance_mean": "float64",
        "n_claims": "int64", "in_system": "bool", "actor1": "object"}
got = {c: str(panel[c].dtype) for c in want}
t.eq(got, want, "dyad_year_panel dtypes: codes and year int64, stance_mean float64, in_system bool")

cow = pd.DataFrame({"ccode1": [740, 365, 740], "ccode2": [365, 740, 365], "year": [1956, 1956, 1850],
                    "cow_trade": [1.5, 2.5, 9.9]})
joined = cow.merge(panel, on=["ccode1", "ccode2", "year"], how="inner")
row = joined[(joined.ccode1 == 740) & (joined.year == 1956)]
t.ok(len(joined) == 2 and len(row) == 1 and abs(row.stance_mean.iloc[0] - (-1.799)) < 1e-9,
     "a COW-format frame merged on (ccode1, ccode2, year): Japan-Russia 1956 stance_mean -1.799, no 1850 row",
     diag=joined.to_string())
t.ok(len(claims) > 0 and claims.certain.dtype == bool and claims.position.map(type).eq(str).all(),
     "stance_at with a datetime.date parameter: %d claims, certain bool, position str" % len(claims))

sys.exit(t.done())
