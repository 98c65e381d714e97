#!/bin/sh
# test/clients/odbc.sh DBNAME: bilateral through ODBC, as BI tools (Excel, Power BI, Tableau)
# reach it: unixODBC's isql with Debian's psqlODBC driver ("PostgreSQL Unicode", package
# odbc-postgresql), both DSN-less (SQLDriverConnect, isql -k) and through a DSN in a temporary
# odbc.ini (ODBCINI; /etc is not touched).  Every flat view yields as many rows through ODBC as
# through psql; positions, treaty_refs and dates arrive as text in their canonical forms; the
# driver's catalogue calls describe the custom types as SQL_VARCHAR.
#
# The connection comes from the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD), which
# ODBC cannot read, so it is passed on in the connection string.  Prints TAP; exits non-zero
# when a test fails.
set -u
db=${1:?usage: test/clients/odbc.sh DBNAME}
host=${PGHOST:-localhost}
port=${PGPORT:-5432}
user=${PGUSER:-$(id -un)}
pass=${PGPASSWORD:-}
driver=${ODBC_DRIVER:-PostgreSQL Unicode}

n=0
failed=0
ok() {   # ok CONDITION-STATUS DESCRIPTION [DIAGNOSTIC]
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    failed=$((failed + 1))
    echo "not ok $n - $2"
    [ $# -ge 3 ] && [ -n "$3" ] && printf '%s\n' "$3" | sed 's/^/# /'
  fi
  return 0
}
done_tap() {
  echo "1..$n"
  [ "$failed" = 0 ] && [ "$n" -gt 0 ] && exit 0
  echo "# failed $failed of $n"
  exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

if ! command -v isql >/dev/null 2>&1; then
  ok 1 "isql is installed (package unixodbc)"
  done_tap
fi
odbcinst -q -d -n "$driver" >"$tmp/drv" 2>&1
ok $? "the ODBC driver \"$driver\" is registered (package odbc-postgresql)" "$(cat "$tmp/drv")"

cs="Driver={$driver};Server=$host;Port=$port;Database=$db;Uid=$user;Pwd=$pass"

# odbc_batch SQL [CONNSTRING]: rows as "a|b|c" lines (NULL is empty), batch mode
odbc_batch() {
  printf '%s\n' "$1" | isql -k "${2:-$cs}" -3 -b -v -d'|' 2>&1
}
# odbc_fetched SQL: how many rows isql fetched (SQLFetch) for the statement; empty on error
odbc_fetched() {
  printf '%s\n' "$1" | isql -k "$cs" -3 -v >"$tmp/fetch.out" 2>&1
  sed -n 's/^\([0-9][0-9]*\) rows fetched$/\1/p' "$tmp/fetch.out" | tail -1
}
psql_rows() {
  psql -X -q -A -t -F'|' -v ON_ERROR_STOP=1 -d "$db" -c "$1" 2>&1
}

# --- connecting ------------------------------------------------------------------------------------

got=$(odbc_batch "SELECT current_user, current_database()")
[ "$got" = "$user|$db" ]
ok $? "DSN-less connection (SQLDriverConnect): Driver={$driver};Server=$host;Port=$port;Database=$db;Uid=$user" \
  "got: $got"

cat >"$tmp/odbc.ini" <<INI
[bilateral_test]
Description = bilateral (test/clients/odbc.sh)
Driver      = $driver
Servername  = $host
Port        = $port
Database    = $db
Username    = $user
Password    = $pass
INI
got=$(printf 'SELECT current_user, current_database()\n' | ODBCINI="$tmp/odbc.ini" isql bilateral_test -3 -b -d'|' 2>&1)
[ "$got" = "$user|$db" ]
ok $? "DSN connection through a temporary odbc.ini (ODBCINI=...)" "got: $got"

# SQLTables, what a BI tool's navigator shows: the nine views, as views, in schema bilateral
views="sources actors treaties events positions indicators office_terms errata evidence"
printf 'help\n' | isql -k "$cs" -3 -b -d'|' >"$tmp/tables" 2>&1
missing=""
for v in $views; do
  grep -q "^[^|]*|bilateral|$v|VIEW|" "$tmp/tables" || missing="$missing $v"
done
[ -z "$missing" ]
ok $? "SQLTables lists the flat views as VIEWs of schema bilateral" "missing:$missing"

# --- every flat view: rows fetched through ODBC = count(*) through psql -----------------------------

for v in $views; do
  want=$(psql_rows "SELECT count(*) FROM bilateral.$v")
  got=$(odbc_fetched "SELECT * FROM bilateral.$v")
  [ -n "$got" ] && [ "$got" = "$want" ] && [ "$want" -gt 0 ] 2>/dev/null
  ok $? "bilateral.$v: $got rows fetched through ODBC, $want counted by psql" "$(tail -5 "$tmp/fetch.out")"
done

got=$(odbc_fetched "SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', '2016-06-01')")
want=$(psql_rows "SELECT count(*) FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', '2016-06-01')")
[ -n "$got" ] && [ "$got" = "$want" ] && [ "$want" -gt 0 ] 2>/dev/null
ok $? "stance_at('JPN', 'RUS', 'territorial_dispute', '2016-06-01'): $got rows through ODBC, $want through psql" \
  "$(tail -5 "$tmp/fetch.out")"

# --- the custom types and dates arrive as text in their canonical forms -------------------------------

pdate='[0-9]\{4\}\(-[0-9]\{2\}\(-[0-9]\{2\}\)\{0,1\}\)\{0,1\}'
iso='[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}'

odbc_batch "SELECT claim_id, position, valid_from, valid_to FROM bilateral.positions ORDER BY claim_id" >"$tmp/pos.odbc"
psql_rows "SELECT claim_id, position::text, valid_from::text, valid_to::text FROM bilateral.positions ORDER BY claim_id" >"$tmp/pos.psql"
diff "$tmp/pos.psql" "$tmp/pos.odbc" >"$tmp/pos.diff" 2>&1 && [ -s "$tmp/pos.psql" ]
ok $? "positions: claim_id, position, valid_from, valid_to of all $(wc -l <"$tmp/pos.psql") claims read through ODBC equal psql's text" \
  "$(head -20 "$tmp/pos.diff")"
bad=$(grep -v "^[0-9]*|[A-Z]\{3\}->[A-Z]\{3\}:[a-z][a-z0-9_]*:\(+[1-3]\|0\|-[1-3]\):\($pdate\|\.\.\)/\($pdate\|\.\.\)|\($iso\)\{0,1\}|\($iso\)\{0,1\}\$" "$tmp/pos.odbc")
[ -z "$bad" ] && [ -s "$tmp/pos.odbc" ]
ok $? "positions through ODBC: each position is canonical text (ACT->CPT:issue:+N:from/to) and each date YYYY-MM-DD" \
  "$(printf '%s\n' "$bad" | head -10)"

got=$(odbc_batch "SELECT position, valid_from, valid_to FROM bilateral.positions WHERE position::text = 'JPN->RUS:territorial_dispute:-1:2016/2016' LIMIT 1")
[ "$got" = "JPN->RUS:territorial_dispute:-1:2016/2016|2016-01-01|2016-12-31" ]
ok $? "a known claim through ODBC: JPN->RUS:territorial_dispute:-1:2016/2016|2016-01-01|2016-12-31" "got: $got"

odbc_batch "SELECT treaty, signed_on, parties FROM bilateral.treaties ORDER BY treaty, mention_id" >"$tmp/tr.odbc"
psql_rows "SELECT treaty::text, signed_on::text, parties::text FROM bilateral.treaties ORDER BY treaty, mention_id" >"$tmp/tr.psql"
diff "$tmp/tr.psql" "$tmp/tr.odbc" >"$tmp/tr.diff" 2>&1 && [ -s "$tmp/tr.psql" ]
ok $? "treaties: treaty, signed_on, parties of all $(wc -l <"$tmp/tr.psql") rows read through ODBC equal psql's text" \
  "$(head -20 "$tmp/tr.diff")"
got=$(odbc_batch "SELECT treaty, in_force_from FROM bilateral.treaties_in_force('JPN', 'RUS', '1956-12-31')")
[ "$got" = "1956-10-19:JPN+RUS:joint_declaration|1956-12-12" ]
ok $? "treaties_in_force('JPN', 'RUS', '1956-12-31') through ODBC: 1956-10-19:JPN+RUS:joint_declaration|1956-12-12" "got: $got"

# --- the driver describes the columns as BI tools see them (SQLColumns) -------------------------------
# unqualified names through the connection option ConnSettings (docs/clients.md)
csp="$cs;ConnSettings=SET search_path TO bilateral, public"
printf 'help positions\n' | isql -k "$csp" -3 -b -d'|' 2>&1 | cut -d'|' -f3-6 >"$tmp/cols"
for want in "positions|position|12|bilateral_position" "positions|valid_from|91|date" "positions|stance|4|int4"; do
  grep -qx "$want" "$tmp/cols"
  ok $? "SQLColumns: $(echo "$want" | cut -d'|' -f2) is SQL type $(echo "$want" | cut -d'|' -f3) ($(echo "$want" | cut -d'|' -f4))" \
    "$(cat "$tmp/cols")"
done
printf 'help treaties\n' | isql -k "$csp" -3 -b -d'|' 2>&1 | cut -d'|' -f3-6 >"$tmp/cols"
grep -qx "treaties|treaty|12|treaty_ref" "$tmp/cols"
ok $? "SQLColumns: treaty is SQL type 12 (SQL_VARCHAR, treaty_ref)" "$(cat "$tmp/cols")"
got=$(odbc_batch "SELECT count(*) FROM positions WHERE position @> DATE '2016-12-15'" "$csp")
want=$(psql_rows "SELECT count(*) FROM bilateral.positions WHERE position OPERATOR(bilateral.@>) DATE '2016-12-15'")
[ -n "$got" ] && [ "$got" = "$want" ]
ok $? "with ConnSettings search_path, custom SQL uses the operators unqualified: position @> DATE '2016-12-15' gives $got" \
  "got: $got; psql: $want"

# --- the views for every client (the plain views, since 1.3), as BI tools read them ---------------
plain="positions_plain treaties_plain events_plain indicators_plain office_terms_plain sources_plain dyad_year_panel"
missing=""
for v in $plain; do
  grep -q "^[^|]*|bilateral|$v|VIEW|" "$tmp/tables" || missing="$missing $v"
done
[ -z "$missing" ]
ok $? "SQLTables lists the plain views and dyad_year_panel as VIEWs of schema bilateral" "missing:$missing"
for v in $plain; do
  want=$(psql_rows "SELECT count(*) FROM bilateral.$v")
  got=$(odbc_fetched "SELECT * FROM bilateral.$v")
  [ -n "$got" ] && [ "$got" = "$want" ] && [ "$want" -gt 0 ] 2>/dev/null
  ok $? "bilateral.$v: $got rows fetched through ODBC, $want counted by psql" "$(tail -5 "$tmp/fetch.out")"
  printf 'help %s\n' "$v" | isql -k "$csp" -3 -b -d'|' 2>&1 | cut -d'|' -f3-6 >"$tmp/cols.$v"
  bad=$(grep -v "^$v|[a-z0-9_]*|-\{0,1\}[0-9]*|\(text\|date\|int4\|int8\|numeric\|bool\)\$" "$tmp/cols.$v")
  [ -s "$tmp/cols.$v" ] && [ -z "$bad" ]
  ok $? "SQLColumns of $v: only text, date, int4, int8, numeric and bool columns (no custom type, no array)" \
    "$(printf '%s\n' "$bad" | head -10)"
done
got=$(odbc_batch "SELECT position_literal, valid_from, valid_to, stance FROM bilateral.positions_plain WHERE position_literal = 'JPN->RUS:territorial_dispute:-1:2016/2016' LIMIT 1")
[ "$got" = "JPN->RUS:territorial_dispute:-1:2016/2016|2016-01-01|2016-12-31|-1" ]
ok $? "positions_plain through ODBC: a known claim's literal, dates and stance" "got: $got"
# text is SQL_LONGVARCHAR (-1) by default, which some tools show as a memo; TextAsLongVarchar=0 makes it SQL_VARCHAR
printf 'help positions_plain\n' | isql -k "$csp;TextAsLongVarchar=0" -3 -b -d'|' 2>&1 | cut -d'|' -f3-6 >"$tmp/cols.tv"
grep -qx "positions_plain|position_literal|-1|text" "$tmp/cols.positions_plain" && grep -qx "positions_plain|position_literal|12|text" "$tmp/cols.tv"
ok $? "position_literal is SQL_LONGVARCHAR (-1) by default and SQL_VARCHAR (12) with TextAsLongVarchar=0" \
  "$(grep position_literal "$tmp/cols.positions_plain" "$tmp/cols.tv")"
# with TextAsLongVarchar=0 text is declared VARCHAR(MaxVarcharSize), 255 by default: longer than
# the longest quote only with the MaxVarcharSize of docs/clients.md
longest=$(psql_rows "SELECT max(length(quote)) FROM bilateral.positions_plain")
printf 'help positions_plain\n' | isql -k "$csp;TextAsLongVarchar=0" -3 -b -d'|' 2>&1 | cut -d'|' -f4,7 | grep '^quote|' >"$tmp/size.default"
printf 'help positions_plain\n' | isql -k "$csp;TextAsLongVarchar=0;MaxVarcharSize=65535" -3 -b -d'|' 2>&1 | cut -d'|' -f4,7 | grep '^quote|' >"$tmp/size.max"
[ "$(cat "$tmp/size.default")" = "quote|255" ] && [ "$longest" -gt 255 ] && [ "$(cat "$tmp/size.max")" = "quote|65535" ]
ok $? "TextAsLongVarchar=0 declares quote VARCHAR(255) though the longest is $longest characters; MaxVarcharSize=65535 declares 65535" \
  "$(cat "$tmp/size.default" "$tmp/size.max")"
got=$(odbc_batch "SELECT ccode1, ccode2, year, stance_mean FROM dyad_year_panel WHERE ccode1 = 740 AND ccode2 = 365 AND year = 1956 AND issue IS NULL" "$csp")
[ "$got" = "740|365|1956|-1.799" ]
ok $? "dyad_year_panel through ODBC with ConnSettings search_path: 740|365|1956|-1.799" "got: $got"

# --- errors reach the client -----------------------------------------------------------------------
got=$(odbc_batch "SELECT 'JPN->RUS:peace_treaty:+4:2018/2019'::bilateral.bilateral_position")
case $got in *22P02*) r=0 ;; *) r=1 ;; esac
ok $r "a malformed position through ODBC reports SQLSTATE 22P02" "got: $got"

done_tap
