#!/bin/sh
# bench/growth.sh: how the query paths grow with the rows they read (docs/benchmark.md, Growth).
# Each query runs on data of size n, 2n, 4n, ... in one run; the report gives the median time of
# 5 runs and the ratio to the size before: about 2 per doubling is linear (n log n is a little
# more), about 4 is quadratic.  Not a test: machines are noisy, so read the ratios, not the times.
#   stance_history   n day-precision claims of one dyad and issue
#   stance_changes   the same, every issue of the dyad
#   conflicting      conflicting_claims('CHN', 'USA', 'trade') with 100 claims of that dyad among
#                    n claims of other dyads (should not grow at all)
#   conflicting, one source   conflicting_claims('JPN', 'RUS', 'trade'): the n claims of
#                    stance_history, all of one source (n log n: a sweep that never reads the
#                    pairs of one source; before 1.9 quadratic, 10k 2.0 s, 20k 6.8 s)
#   dyad_years       dyad_years(1990, 2020) with n events of one dyad
# and, after the table, actor_code() on names of 125 to 1,000 characters made of the patterns its
# regular expressions try hardest ("( ", " (", "(a", "A."): flat (names over 1,000 characters are
# refused before any pattern runs; before 1.9, 20/40/80 kB took 0.58/1.5/5.2 s)
# Runs against the server PGHOST/PGPORT/PGUSER point at (a superuser), in a database of its own
# (GROWTH_DB, default bilateral_growth, made afresh); sizes with GROWTH_SIZES (default "1000 2000
# 4000 8000 16000").  GROWTH_NEXT=1 makes the database with tools/devdb, at the version being
# written (which installs the build into PG_CONFIG's directories: a private server's); otherwise
# CREATE EXTENSION installs the released default version.  GROWTH_ROLE=NAME adds the rows and runs
# the queries as that ordinary role (created NOLOGIN if missing), so every row read passes the
# read policy (bilateral.in_scope()) and every row added the insert policy, as for a researcher;
# without it the superuser bypasses row level security.  Writes bench/growth.md.
set -eu
cd "$(dirname "$0")/.."
db=${GROWTH_DB:-bilateral_growth}
sizes=${GROWTH_SIZES:-1000 2000 4000 8000 16000}
psql_() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
role=${GROWTH_ROLE:-}
if [ "${GROWTH_NEXT:-0}" = 1 ]; then
  tools/devdb "$db" >/dev/null
else
  dropdb --if-exists "$db" 2>/dev/null; createdb "$db"
  psql_ -c "CREATE EXTENSION bilateral" -o /dev/null
fi
as_role=""
if [ -n "$role" ]; then
  psql_ -o /dev/null -v role="$role" <<'SQL'
SELECT format('CREATE ROLE %I NOLOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SQL
  as_role="SET ROLE \"$role\";"
fi
psql_ -o /dev/null <<SQL
$as_role
SELECT bilateral.add_source('growth', 'Growth', 'Bench', '2030-01-01', 'en');
RESET ROLE;
-- median of 5 runs of a query, in ms
CREATE SCHEMA bench;
CREATE FUNCTION bench.median_ms(q text) RETURNS numeric LANGUAGE plpgsql AS \$\$
DECLARE t timestamptz; ms numeric[] := '{}';
BEGIN
    EXECUTE 'SELECT count(*) FROM (' || q || ') x';            -- warm
    FOR i IN 1..5 LOOP
        t := clock_timestamp();
        EXECUTE 'SELECT count(*) FROM (' || q || ') x';
        ms := ms || extract(epoch FROM clock_timestamp() - t) * 1000;
    END LOOP;
    RETURN (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY m)::numeric, 1) FROM unnest(ms) m);
END \$\$;
-- actor_code() of a name it does not know: its answer is the error
CREATE FUNCTION bench.try_actor_code(name text) RETURNS text LANGUAGE plpgsql AS \$\$
BEGIN
    RETURN bilateral.actor_code(name);
EXCEPTION WHEN invalid_parameter_value THEN
    RETURN NULL;
END \$\$;
GRANT USAGE ON SCHEMA bench TO PUBLIC;
SQL
out=bench/growth.md
{
  echo "# Growth of the query paths (bench/growth.sh)"
  echo
  echo "Median of 5 runs, ms; ratio = time / time at the size before (2 per doubling is linear)."
  echo "$(date -u +%Y-%m-%d), PostgreSQL $(psql_ -tAc 'SHOW server_version'), bilateral $(psql_ -tAc "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'")$([ "${GROWTH_NEXT:-0}" = 1 ] && echo " (the version being written: the released default plus extension/next and data/)"),"
  if [ -n "$role" ]; then
    echo "rows added and queries run by an ordinary role (\`GROWTH_ROLE\`), through the row level security policies."
  else
    echo "rows added and queries run by a superuser (row level security bypassed)."
  fi
  echo
  echo "| n | stance_history | ratio | stance_changes | ratio | conflicting (100 of n) | ratio | conflicting, n of one source | ratio | dyad_years, n events | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out"
prev=""
for n in $sizes; do
  psql_ -o /dev/null <<SQL
DELETE FROM bilateral.position_claim WHERE source_key = 'growth';
DELETE FROM bilateral.event WHERE source_key = 'growth';
$as_role
SELECT setseed(0.5);
INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en)
SELECT bilateral.make_position('JPN', 'RUS', 'trade', (floor(random() * 7) - 3)::int,
                               to_char(d, 'YYYY-MM-DD'), to_char(d + (random() * 400)::int, 'YYYY-MM-DD')),
       'growth', 'q', 'en', 's'
  FROM (SELECT DATE '1950-01-01' + (random() * 25000)::int AS d FROM generate_series(1, $n)) x;
INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en)
SELECT bilateral.make_position(a, c, 'trade', (floor(random() * 7) - 3)::int, '2000', '2010'), 'growth', 'q', 'en', 's'
  FROM (SELECT (ARRAY['JPN', 'RUS', 'KOR', 'PRK', 'IND', 'AUS', 'GBR', 'FRA'])[1 + g % 8] AS a,
               (ARRAY['DEU', 'UKR', 'AFG', 'TWN'])[1 + (g / 8) % 4] AS c FROM generate_series(1, $n) g) x;
INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en)
SELECT bilateral.make_position('CHN', 'USA', 'trade', (g % 7) - 3, (1990 + g % 30)::text, (1995 + g % 30)::text), 'growth', 'q', 'en', 's'
  FROM generate_series(1, 100) g;
INSERT INTO bilateral.event (event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, quote)
SELECT 'growth_' || g, 'Event ' || g, 'summit', d, d, 'day', 'day', ARRAY['JPN', 'RUS'], 'growth', 'q'
  FROM (SELECT g, DATE '1990-01-01' + (random() * 11000)::int AS d FROM generate_series(1, $n) g) x;
-- statistics for the new rows, whether or not autovacuum runs (and when), as after a bulk load
RESET ROLE;
ANALYZE bilateral.position_claim;
ANALYZE bilateral.event;
SQL
  row=$(psql_ -tA -F'|' <<SQL
$as_role
SELECT bench.median_ms(\$\$SELECT * FROM bilateral.stance_history('JPN', 'RUS', 'trade')\$\$),
       bench.median_ms(\$\$SELECT * FROM bilateral.stance_changes('JPN', 'RUS')\$\$),
       bench.median_ms(\$\$SELECT * FROM bilateral.conflicting_claims('CHN', 'USA', 'trade')\$\$),
       bench.median_ms(\$\$SELECT * FROM bilateral.conflicting_claims('JPN', 'RUS', 'trade')\$\$),
       bench.median_ms(\$\$SELECT * FROM bilateral.dyad_years(1990, 2020)\$\$);
SQL
)
  set -- $(echo "$row" | tr '|' ' ')
  if [ -n "$prev" ]; then
    r=$(echo "$prev $1 $2 $3 $4 $5" | awk '{ printf "%.2f|%.2f|%.2f|%.2f|%.2f", $6/$1, $7/$2, $8/$3, $9/$4, $10/$5 }')
  else
    r="—|—|—|—|—"
  fi
  echo "$n $1 $2 $3 $4 $5 $r" | awk '{ split($7, q, "|"); printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, q[1], $3, q[2], $4, q[3], $5, q[4], $6, q[5] }' >> "$out"
  prev="$1 $2 $3 $4 $5"
  echo "n=$n done"
done
{
  echo
  echo "actor_code() on names of n characters (median of 5 runs, ms; the worst of four patterns):"
  echo
  echo "| n | actor_code | ratio |"
  echo "|---|---|---|"
} >> "$out"
prev=""
for n in 125 250 500 1000; do
  t=$(psql_ -tA -c "SELECT max(bench.median_ms(format(\$\$SELECT bench.try_actor_code(left(repeat(%L, 1000), $n))\$\$, p)))
                      FROM unnest(ARRAY['( ', ' (', '(a', 'A.']) p")
  r=$([ -n "$prev" ] && echo "$prev $t" | awk '{ printf "%.2f", $2 / $1 }' || echo "—")
  echo "| $n | $t | $r |" >> "$out"
  prev=$t
done
cat "$out"
