"""pandas frames from bilateral with types that keep what the data say.

    import psycopg
    import bilateral_pandas

    conn = psycopg.connect("host=localhost port=5499 user=researcher password=researcher dbname=bilateral")
    claims = bilateral_pandas.read_frame(conn, "SELECT * FROM bilateral_bi.positions")
    claims.stance.dtype          # Int64: a contested or silent period is <NA>, never NaN in a float
    claims.valid_from.dtype      # period[D]: 1635 and 9999 are days like any other
    claims.stance_label.dtype    # ordered category, hostile < adversarial < ... < aligned

pandas' own read_sql turns an integer column with a NULL into float64 (NaN), turns dates before
1677-09-21 into NaT or refuses them (datetime64[ns]), and warns that a psycopg 3 connection is not
supported.  read_frame reads through psycopg 3 itself and builds each column from the server's
type of it:

    smallint, integer, bigint      Int64 (nullable)
    numeric, real, double          Float64 (nullable)
    boolean                        boolean (nullable)
    date                           period[D] (any day of 0001..9999; NULL is NaT)
    text, varchar                  string, except a column named stance_label, from_label or
                                   to_label: an ordered Categorical of the seven stance labels
    bilateral_position, treaty_ref the module bilateral_psycopg's objects when registered on the
                                   connection, otherwise their text (object)
    anything else                  what psycopg 3 returns (object)

Rows are fetched by a server-side cursor in chunks of `chunk_rows` and each chunk is turned into
typed columns at once, so the Python objects of one chunk at most are alive beside the frame.

One file, needing psycopg 3 and pandas (Debian: python3-psycopg, python3-pandas); put
clients/python on PYTHONPATH.  Tested by test/clients/pandas_typed.py and the docs' own blocks
(tools/test/docs.sh).
"""

import datetime

import pandas as pd

__all__ = ["read_frame", "STANCE_LABELS", "STANCE_DTYPE"]

STANCE_LABELS = ["hostile", "adversarial", "cool", "neutral", "pragmatic", "cooperative", "aligned"]
STANCE_DTYPE = pd.CategoricalDtype(STANCE_LABELS, ordered=True)
LABEL_COLUMNS = {"stance_label", "from_label", "to_label"}

_INT = {"int2", "int4", "int8"}
_FLOAT = {"numeric", "float4", "float8"}
_TEXT = {"text", "varchar", "bpchar", "name"}
_EPOCH = datetime.date(1970, 1, 1).toordinal()


def _dates(values):
    # days since 1970-01-01 as period ordinals: no datetime64[ns] on the way, so no 1677 limit
    ordinals = [pd.NA if v is None else v.toordinal() - _EPOCH for v in values]
    codes = pd.array(ordinals, dtype="Int64").to_numpy(dtype="int64", na_value=pd.NaT.value)
    return pd.arrays.PeriodArray(codes, freq="D")


def _column(name, typname, values):
    if typname in _INT:
        return pd.array(values, dtype="Int64")
    if typname in _FLOAT:
        return pd.array([None if v is None else float(v) for v in values], dtype="Float64")
    if typname == "bool":
        return pd.array(values, dtype="boolean")
    if typname == "date":
        return _dates(values)
    if typname in _TEXT:
        if name in LABEL_COLUMNS:
            return pd.Categorical(values, dtype=STANCE_DTYPE)
        return pd.array(values, dtype="string")
    return pd.array(values, dtype=object)


def read_frame(conn, query, params=None, chunk_rows=100000):
    """The rows of `query` (with psycopg 3 `params`) as a DataFrame with the types above."""
    import psycopg
    from psycopg.types import TypeInfo  # noqa: F401  (psycopg 3 is required)

    # a server-side cursor (WITH HOLD in autocommit, where there is no transaction to hold it)
    with conn.cursor(name="bilateral_read_frame", withhold=conn.autocommit) as cur:
        cur.execute(query, params)
        if cur.description is None:
            raise psycopg.ProgrammingError("read_frame: the query returns no rows")
        names = [d.name for d in cur.description]
        with conn.cursor() as c:
            c.execute("SELECT oid::int, typname FROM pg_type WHERE oid = ANY(%s)", [[d.type_code for d in cur.description]])
            typname = dict(c.fetchall())
        types = [typname.get(d.type_code, "unknown") for d in cur.description]
        parts = []
        while True:
            rows = cur.fetchmany(chunk_rows)
            if not rows:
                break
            cols = list(zip(*rows))
            parts.append(pd.DataFrame({n: _column(n, t, list(c)) for n, t, c in zip(names, types, cols)}))
            if len(rows) < chunk_rows:
                break
    if not parts:
        return pd.DataFrame({n: _column(n, t, []) for n, t in zip(names, types)})
    return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)

