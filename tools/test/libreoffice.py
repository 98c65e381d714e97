#!/usr/bin/python3
"""tools/test/libreoffice.py DBNAME: LibreOffice Base and Calc, headless, driven through Python-UNO,
against the BI schema bilateral_bi (docs/clients.md, "LibreOffice").  Debian: libreoffice-base,
libreoffice-calc, libreoffice-sdbc-postgresql, python3-uno.

Base, with LibreOffice's own PostgreSQL driver (sdbc:postgresql:) and the table filter the docs
give (bilateral_bi.%): the Tables pane lists exactly the views of bilateral_bi; each view opens
(rows read through LibreOffice equal psql's count; the full panel, 2.3 million rows, is read
through a query on one year instead); a query over the panel gives psql's rows; Calc imports a
view and a query with psql's row counts; the 1635 date arrives as 1635-01-01 and keeps its four
digits in the ISO format the docs give.  The connection comes from the libpq environment (PGHOST
must be a host name or address: LibreOffice connects over TCP).  Every step is bounded (soffice
is killed after LO_TIMEOUT seconds, default 240).  Prints TAP.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

DB = sys.argv[1] if len(sys.argv) > 1 else "bilateral"
HOST = os.environ.get("LO_PGHOST", "localhost")
PORT = os.environ.get("PGPORT", "5432")
USER = os.environ.get("PGUSER", "postgres")
PASSWORD = os.environ.get("PGPASSWORD", "")
TIMEOUT = int(os.environ.get("LO_TIMEOUT", "240"))

n = failed = 0
ODBC_INI = """[bilateral_lo_test]
Driver     = PostgreSQL Unicode
Servername = %s
Port       = %s
Database   = %s
Username   = %s
Password   = %s
ConnSettings = SET search_path TO bilateral_bi, bilateral, public
UpdatableCursors = 0
TextAsLongVarchar = 0
MaxVarcharSize = 65535
BoolsAsChar = 0
"""


def tap(cond, name, diag=None):
    global n, failed
    n += 1
    print("%s %d - %s" % ("ok" if cond else "not ok", n, name))
    if not cond:
        failed += 1
        if diag:
            for line in str(diag).splitlines()[-20:]:
                print("# " + line)
    sys.stdout.flush()


def psql(sql):
    return subprocess.run(["psql", "-X", "-At", "-d", DB, "-c", sql], check=True, text=True,
                          stdout=subprocess.PIPE).stdout.strip()


def main():
    try:
        import uno
        from com.sun.star.beans import PropertyValue
    except ImportError as e:
        tap(False, "python3-uno imports", str(e))
        return
    soffice = shutil.which("soffice")
    if not soffice:
        tap(False, "soffice is installed (libreoffice-base, libreoffice-calc)")
        return

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    tmp = tempfile.mkdtemp(prefix="bilateral-lo-")
    pipe = "bilateral_lo_%d" % os.getpid()
    # the DSN of docs/clients.md, for the ODBC route (ODBCINI: /etc is not touched)
    with open(os.path.join(tmp, "odbc.ini"), "w") as f:
        f.write(ODBC_INI % (HOST, PORT, DB, USER, PASSWORD))
    proc = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                             "-env:UserInstallation=file://%s/profile" % tmp,
                             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env=dict(os.environ, ODBCINI=os.path.join(tmp, "odbc.ini")))
    deadline = time.time() + TIMEOUT
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        while ctx is None and time.time() < deadline:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            tap(False, "soffice --headless answers on its UNO pipe")
            return
        smgr = ctx.ServiceManager
        dbctx = smgr.createInstanceWithContext("com.sun.star.sdb.DatabaseContext", ctx)

        # --- Base: a database document on LibreOffice's PostgreSQL driver ------------------------
        ds = dbctx.createInstance()
        ds.URL = "sdbc:postgresql:host=%s port=%s dbname=%s" % (HOST, PORT, DB)
        ds.User = USER
        ds.TableFilter = ("bilateral_bi.%",)       # the docs' Tools > Table Filter setting
        odb = "file://%s/bilateral.odb" % tmp
        ds.DatabaseDocument.storeAsURL(odb, ())
        dbctx.registerObject("bilateral_test", ds)
        conn = ds.getConnection(USER, PASSWORD)
        tap(conn is not None, "Base connects with sdbc:postgresql:host=%s port=%s dbname=%s" % (HOST, PORT, DB))

        want = sorted("bilateral_bi." + v for v in psql(
            "SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class "
            "WHERE relnamespace = 'bilateral_bi'::regnamespace").split())
        got = sorted(conn.getTables().getElementNames())
        tap(got == want, "the Tables pane lists exactly the %d views of bilateral_bi" % len(want),
            "got: %s\nwant: %s" % (got, want))

        def open_view(c, element, schema, view):
            """What double-clicking a table does: a RowSet on it (the panel: on one year of it)."""
            rs = smgr.createInstanceWithContext("com.sun.star.sdb.RowSet", ctx)
            rs.ActiveConnection = c
            if view == "dyad_years":
                rs.CommandType = 2
                rs.Command = 'SELECT * FROM "%s"."%s" WHERE "panel_year" = 2016' % (schema, view)
            else:
                rs.CommandType = 0
                rs.Command = element
            try:
                rs.execute()
                rs.last()
                return rs.getRow()
            except Exception as e:
                return "error: %s" % e.Message if hasattr(e, "Message") else str(e)

        def psql_count(schema, view):
            return int(psql("SELECT count(*) FROM %s.%s%s" % (schema, view, " WHERE panel_year = 2016" if view == "dyad_years" else "")))

        for name in got:
            schema, view = name.split(".")
            k, w = open_view(conn, name, schema, view), psql_count(schema, view)
            tap(k == w, "%s opens in Base: %s rows, psql counts %d%s" % (name, k, w, " (2016)" if view == "dyad_years" else ""))

        sql = ('SELECT "panel_year", count(*) AS "n", count(*) FILTER (WHERE "in_system") AS "in_system_n" '
               'FROM "bilateral_bi"."dyad_years" GROUP BY "panel_year" ORDER BY "panel_year"')
        stmt = conn.createStatement()
        rs = stmt.executeQuery(sql)
        rows = []
        while rs.next():
            rows.append("%d|%d|%d" % (rs.getInt(1), rs.getLong(2), rs.getLong(3)))
        want_rows = psql(sql.replace('"', "")).splitlines()
        tap(rows == want_rows, "a query over the whole panel (rows by year) gives psql's %d rows; 2016: %s"
            % (len(want_rows), [r for r in rows if r.startswith("2016|")]))

        # --- Base over ODBC (psqlODBC), with the DSN settings of docs/clients.md -------------------
        ods = dbctx.createInstance()
        ods.URL = "sdbc:odbc:bilateral_lo_test"
        ods.User = USER
        oconn = ods.getConnection(USER, PASSWORD)
        # psqlODBC answers LibreOffice's catalogue call (no schema given) with the current schema's
        # tables: ConnSettings' search_path makes that bilateral_bi
        elements = dict((".".join(t.split(".")[-2:]), t) for t in oconn.getTables().getElementNames())
        ogot = sorted(elements)
        tap(ogot == want, "over ODBC (DSN with ConnSettings search_path bilateral_bi): the Tables pane lists exactly the %d views"
            % len(want), "got: %s" % ogot)
        for name in ogot:
            schema, view = name.split(".")
            k, w = open_view(oconn, elements[name], schema, view), psql_count(schema, view)
            tap(k == w, "%s opens over ODBC (UpdatableCursors=0): %s rows, psql counts %d%s"
                % (name, k, w, " (2016)" if view == "dyad_years" else ""))
        oconn.close()

        # --- Calc: import a view and a query (Data > Import from a registered source) -----------
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
        sheet = doc.Sheets.getByIndex(0)

        def calc_import(command, kind):
            # kind: 0 table, 2 SQL (com.sun.star.sheet.DataImportMode)
            mode = uno.Enum("com.sun.star.sheet.DataImportMode", {0: "TABLE", 2: "SQL"}[kind])
            desc = (prop("DatabaseName", "bilateral_test"), prop("SourceType", mode), prop("SourceObject", command),
                    prop("IsNative", True))
            sheet.getCellRangeByName("A1").doImport(desc)
            cur = sheet.createCursor()
            cur.gotoEndOfUsedArea(False)
            return cur.RangeAddress.EndRow      # header row + data rows - 1

        k = calc_import("bilateral_bi.events", 0)
        w = int(psql("SELECT count(*) FROM bilateral_bi.events"))
        tap(k == w, "Calc imports bilateral_bi.events: %d data rows, psql counts %d" % (k, w))
        # the 1635 event: a real date, four-digit year in ISO format
        header = [sheet.getCellByPosition(c, 0).String for c in range(20)]
        col = header.index("occurred_from") if "occurred_from" in header else -1
        keycol = header.index("event_key") if "event_key" in header else -1
        found = None
        for r in range(1, k + 1):
            if keycol >= 0 and sheet.getCellByPosition(keycol, r).String == "japan_sakoku_policy":
                found = sheet.getCellByPosition(col, r)
                break
        if found is None:
            tap(False, "Calc: the 1635 event is imported")
        else:
            fmts = doc.NumberFormats
            loc = uno.createUnoStruct("com.sun.star.lang.Locale")
            iso = fmts.queryKey("YYYY-MM-DD", loc, False)
            if iso == -1:
                iso = fmts.addNew("YYYY-MM-DD", loc)
            shown_default = found.String
            found.NumberFormat = iso
            tap(found.String == "1635-01-01",
                "Calc: the 1635 event's occurred_from is a date, 1635-01-01 in the YYYY-MM-DD format (default format shows %r)"
                % shown_default, "shown: %r, value %r" % (found.String, found.Value))
        sheet2 = doc.Sheets.getByIndex(0)
        sheet2.getCellRangeByName("A1:Z100000").clearContents(1 | 2 | 4 | 16)
        sql = ('SELECT "ccode1", "ccode2", "panel_year", "n_claims", "stance_mean" FROM "bilateral_bi"."dyad_years" '
               'WHERE "panel_year" = 2016')
        k = calc_import(sql, 2)
        w = int(psql("SELECT count(*) FROM bilateral_bi.dyad_years WHERE panel_year = 2016"))
        tap(k == w, "Calc imports a query over the panel (2016): %d data rows, psql counts %d" % (k, w))
        doc.close(True)
        conn.close()
        dbctx.revokeObject("bilateral_test")
    finally:
        try:
            os.killpg(proc.pid, 9)
        except ProcessLookupError:
            pass
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGALRM, lambda *a: (_ for _ in ()).throw(TimeoutError("LibreOffice run over %ds" % TIMEOUT)))
    signal.alarm(TIMEOUT + 30)
    try:
        main()
    except Exception as e:
        tap(False, "the LibreOffice run completes", repr(e))
    print("1..%d" % n)
    sys.exit(1 if failed or n == 0 else 0)
