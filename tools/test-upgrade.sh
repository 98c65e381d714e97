#!/bin/sh
# Every released version older than default_version (every version a script
# reaches, not only base scripts), installed and updated, must equal a
# fresh install of the default: objects and data (test/upgrade/snapshot.sql).
# Then ALTER EXTENSION ... UPDATE on the newest version must change nothing.
# Runs inside a cluster (PGHOST etc. set, e.g. by pg_virtualenv).
set -eu
cd "$(dirname "$0")/.."
default=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" bilateral.control)
snap() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f test/upgrade/snapshot.sql; }
fail=0 pass=0

dropdb --if-exists up_fresh; createdb up_fresh
psql -X -q -v ON_ERROR_STOP=1 -d up_fresh -c "CREATE EXTENSION bilateral"
snap up_fresh > /tmp/bilateral_fresh.snap

psql -X -q -v ON_ERROR_STOP=1 -d up_fresh -c "ALTER EXTENSION bilateral UPDATE" 2>&1 | grep -v 'already installed' || true
snap up_fresh > /tmp/bilateral_noop.snap
if cmp -s /tmp/bilateral_fresh.snap /tmp/bilateral_noop.snap; then
  echo "ok - ALTER EXTENSION bilateral UPDATE on $default is a no-op"; pass=$((pass + 1))
else
  echo "not ok - ALTER EXTENSION bilateral UPDATE on $default changed something"; fail=$((fail + 1))
  diff /tmp/bilateral_fresh.snap /tmp/bilateral_noop.snap | head -40
fi

for v in $(ls extension/bilateral--*.sql | sed 's|.*/bilateral--||; s|\.sql$||' | tr -- '-' '\n' | grep . | sort -uV); do
  [ "$v" = "$default" ] && continue
  db=up_from_$(echo "$v" | tr . _)
  dropdb --if-exists "$db"; createdb "$db"
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION bilateral VERSION '$v'" -c "ALTER EXTENSION bilateral UPDATE"
  snap "$db" > "/tmp/bilateral_$v.snap"
  if cmp -s /tmp/bilateral_fresh.snap "/tmp/bilateral_$v.snap"; then
    echo "ok - $v updated to $default equals a fresh install of $default"; pass=$((pass + 1))
  else
    echo "not ok - $v updated to $default differs from a fresh install"; fail=$((fail + 1))
    diff /tmp/bilateral_fresh.snap "/tmp/bilateral_$v.snap" | head -40
  fi
done
echo "upgrades: $pass passed, $fail failed"
[ "$fail" = 0 ]
