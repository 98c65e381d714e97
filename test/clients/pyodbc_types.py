#!/usr/bin/python3
"""What a Unicode ODBC application sees of bilateral_bi's text columns: pyodbc (Debian's
python3-pyodbc) through psqlODBC, with the settings docs/clients.md documents.

Usage: pyodbc_types.py DBNAME      (connection from the libpq environment: PGHOST, PGPORT,
                                    PGUSER, PGPASSWORD, passed on to the driver)

The connection string (the ```odbc block) and the DSN (the ```ini block, written to a scratch
ODBCINI) are read from docs/clients.md, with its host, port, database, user and password
replaced by this cluster's.  docs/clients.md, "ODBC": under the Unicode driver a Unicode
application gets SQL_WLONGVARCHAR (-10, size 8190) for `text`, and SQL_WVARCHAR (-9, size
MaxVarcharSize) with TextAsLongVarchar=0, as in the documented DSN; the ANSI driver
("PostgreSQL ANSI") gives the narrow SQL_LONGVARCHAR (-1) and SQL_VARCHAR (12), and pyodbc reads
its text only after setdecoding(pyodbc.SQL_CHAR, encoding='utf-8').  isql's view (an ANSI
application: -1 and 12 under the Unicode driver too) is test/clients/odbc.sh's.  Prints TAP.
"""

import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from tap import Tap  # noqa: E402

import psycopg2  # noqa: E402

SQL_WLONGVARCHAR, SQL_WVARCHAR, SQL_LONGVARCHAR, SQL_VARCHAR = -10, -9, -1, 12
VIEW = ("bilateral_bi", "positions")
TEXT_COLS = ["position_literal", "quote"]      # two text columns of the view, one short, one long

t = Tap()
DBNAME = sys.argv[1]
HOST = os.environ.get("PGHOST") or "localhost"
PORT = os.environ.get("PGPORT") or "5432"
USER = os.environ.get("PGUSER") or os.getlogin()
PASSWORD = os.environ.get("PGPASSWORD", "")

try:
    import pyodbc
except ImportError as e:
    t.ok(False, "pyodbc imports (package python3-pyodbc)", diag=str(e))
    sys.exit(t.done())

with open(os.path.join(HERE, "..", "..", "docs", "clients.md"), encoding="utf-8") as f:
    DOC = f.read()


def doc_block(lang):
    m = re.search(r"^```%s\n(.*?)^```" % lang, DOC, re.S | re.M)
    return m.group(1) if m else None


def this_cluster(text):
    """docs' settings with this cluster's connection (both the ini's and the string's keys)."""
    for keys, value in ((("Server", "Servername"), HOST), (("Port",), PORT), (("Database",), DBNAME),
                        (("Uid", "Username"), USER), (("Pwd", "Password"), PASSWORD)):
        for k in keys:
            text = re.sub(r"(^|;)(%s *= *)[^;\n]*" % k, lambda m: m.group(1) + m.group(2) + value, text, flags=re.M)
    return text


conn_string = doc_block("odbc")
ini = doc_block("ini")
t.ok(conn_string and "Driver=PostgreSQL Unicode;" in conn_string and ini and "PostgreSQL Unicode" in ini
     and "TextAsLongVarchar = 0" in ini and "MaxVarcharSize = 65535" in ini,
     "docs/clients.md documents a connection string and a DSN, both with the Unicode driver; the DSN has "
     "TextAsLongVarchar = 0, MaxVarcharSize = 65535", diag="odbc: %r\nini: %r" % (conn_string, ini))
conn_string = this_cluster((conn_string or "").strip())
dsn_name = re.search(r"^\[(.*)\]", ini or "[bilateral]", re.M).group(1)
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "odbc.ini"), "w", encoding="utf-8") as f:
    f.write(this_cluster(ini or ""))
os.environ["ODBCINI"] = os.path.join(tmp, "odbc.ini")      # read by unixODBC at connect time


def columns(conn):
    """SQLColumns of the view: {column: (data_type, type_name, column_size)}."""
    return {r.column_name: (r.data_type, r.type_name, r.column_size)
            for r in conn.cursor().columns(table=VIEW[1], schema=VIEW[0])}


def text_types(cols):
    """the SQL types and sizes SQLColumns gives the view's text columns, and how many there are"""
    text = [(c[0], c[2]) for c in cols.values() if c[1] == "text"]
    return sorted(set(text)), len(text)


pg = psycopg2.connect(dbname=DBNAME)
cur = pg.cursor()
cur.execute("SELECT count(*) FROM pg_attribute WHERE attrelid = 'bilateral_bi.positions'::regclass"
            " AND attnum > 0 AND NOT attisdropped AND atttypid = 'text'::regtype")
n_text = cur.fetchone()[0]
cur.execute("SELECT claim_id, quote FROM bilateral_bi.positions ORDER BY claim_id")
quotes = cur.fetchall()
cur.execute("SELECT count(*) FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01')")
stance_count = cur.fetchone()[0]
pg.close()
non_ascii = sum(1 for _, q in quotes if q and not q.isascii())
scripts = [name for name, pattern in (("Cyrillic", "[\u0400-\u04ff]"), ("Japanese", "[\u3040-\u30ff\u4e00-\u9fff]"))
           if any(q and re.search(pattern, q) for _, q in quotes)]


def unicode_connection_string():
    conn = pyodbc.connect(conn_string)
    cols = columns(conn)
    for c in TEXT_COLS:
        t.eq(cols.get(c), (SQL_WLONGVARCHAR, "text", 8190),
             "Unicode driver, the documented connection string: %s.%s (text) is SQL_WLONGVARCHAR (-10), size 8190"
             % (VIEW[1], c))
    t.eq(text_types(cols), ([(SQL_WLONGVARCHAR, 8190)], n_text),
         "Unicode driver, the documented connection string: all %d text columns of %s.%s are SQL_WLONGVARCHAR"
         % (n_text, VIEW[0], VIEW[1]))
    conn.close()


def unicode_dsn():
    conn = pyodbc.connect("DSN=%s" % dsn_name)
    cols = columns(conn)
    for c in TEXT_COLS:
        t.eq(cols.get(c), (SQL_WVARCHAR, "text", 65535),
             "Unicode driver, the documented DSN (TextAsLongVarchar = 0, MaxVarcharSize = 65535): %s.%s (text) "
             "is SQL_WVARCHAR (-9), size 65535" % (VIEW[1], c))
    t.eq(text_types(cols), ([(SQL_WVARCHAR, 65535)], n_text),
         "Unicode driver, the documented DSN: all %d text columns of %s.%s are SQL_WVARCHAR" % (n_text, *VIEW))
    cur = conn.cursor()
    cur.execute("SELECT claim_id, quote FROM positions ORDER BY claim_id")   # ConnSettings: search_path
    got = [tuple(r) for r in cur.fetchall()]
    t.ok(got == quotes and non_ascii > 0 and "Cyrillic" in scripts,
         "Unicode driver, the documented DSN: all %d quotes (%d not ASCII: Spanish, and Russian in Cyrillic) read as "
         "psycopg2 reads them" % (len(quotes), non_ascii),
         diag="scripts: %r; first difference: %r"
         % (scripts, next(((a, b) for a, b in zip(got, quotes) if a != b), (len(got), len(quotes)))))
    # Japanese is in the actors' names, not in the quotes: a name as a parameter
    cur.execute("SELECT count(*) FROM stance_at(?, ?, 'territorial_dispute', DATE '2016-06-01')", ("日本", "ロシア"))
    t.eq(cur.fetchone()[0], stance_count,
         "Unicode driver, the documented DSN: stance_at('日本', 'ロシア', ...) as parameters finds what ('JPN', 'RUS') finds")
    conn.close()


def ansi():
    ansi_string = conn_string.replace("Driver=PostgreSQL Unicode;", "Driver=PostgreSQL ANSI;")
    conn = pyodbc.connect(ansi_string)
    try:
        conn.cursor().execute("SELECT quote FROM bilateral_bi.positions LIMIT 1").fetchall()
        err = None
    except pyodbc.Error as e:
        err = e
    t.ok(err is not None and err.args[0] == "07006",
         "ANSI driver: pyodbc's default reads text as SQL_C_WCHAR, which the ANSI driver refuses (SQLSTATE 07006)",
         diag="got: %r" % (err,))
    conn.setdecoding(pyodbc.SQL_CHAR, encoding="utf-8")
    t.eq(text_types(columns(conn)), ([(SQL_LONGVARCHAR, 8190)], n_text),
         "ANSI driver with setdecoding(SQL_CHAR, 'utf-8'), the connection string: text is SQL_LONGVARCHAR (-1), "
         "not the wide type")
    conn.close()
    conn = pyodbc.connect(this_cluster(ansi_string) + ";TextAsLongVarchar=0;MaxVarcharSize=65535")
    conn.setdecoding(pyodbc.SQL_CHAR, encoding="utf-8")
    t.eq(text_types(columns(conn)), ([(SQL_VARCHAR, 65535)], n_text),
         "ANSI driver with setdecoding, TextAsLongVarchar=0;MaxVarcharSize=65535: text is SQL_VARCHAR (12)")
    conn.close()


t.run("Unicode driver, the documented connection string", unicode_connection_string)
t.run("Unicode driver, the documented DSN", unicode_dsn)
t.run("ANSI driver", ansi)
os.remove(os.environ["ODBCINI"])
os.rmdir(tmp)
sys.exit(t.done())
