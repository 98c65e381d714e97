#!/bin/sh
# Every version the server offers (pg_available_extension_versions: the released scripts, and the
# preview of the unreleased work that tools/release --preview installs), installed and updated to
# the default, must equal a fresh install of the default: objects and data
# (test/upgrade/snapshot.sql).  ALTER EXTENSION ... UPDATE on the default must change nothing.
# Runs inside a cluster (PGHOST etc. set, e.g. by pg_virtualenv).
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
default=$(q -d postgres -Atc "SELECT default_version FROM pg_available_extensions WHERE name = 'bilateral'")
versions=$(q -d postgres -Atc "SELECT version FROM pg_available_extension_versions WHERE name = 'bilateral'" | sort -V)
snap() { q -d "$1" -f test/upgrade/snapshot.sql; }
tmp=$(mktemp -d)
dbs=""
cleanup() { for d in $dbs; do dropdb --if-exists "$d" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
fail=0 pass=0

fresh=up_fresh_$$; dbs="$dbs $fresh"
createdb "$fresh"
q -d "$fresh" -c "CREATE EXTENSION bilateral"
snap "$fresh" > "$tmp/fresh.snap"
q -d "$fresh" -c "ALTER EXTENSION bilateral UPDATE" 2>&1 | grep -v 'already installed' || true
snap "$fresh" > "$tmp/noop.snap"
if cmp -s "$tmp/fresh.snap" "$tmp/noop.snap"; then
  echo "ok - ALTER EXTENSION bilateral UPDATE on $default is a no-op"; pass=$((pass + 1))
else
  echo "not ok - ALTER EXTENSION bilateral UPDATE on $default changed something"; fail=$((fail + 1))
  diff "$tmp/fresh.snap" "$tmp/noop.snap" | head -40
fi

for v in $versions; do
  [ "$v" = "$default" ] && continue
  db=up_from_$(echo "$v" | tr . _)_$$; dbs="$dbs $db"
  createdb "$db"
  q -d "$db" -c "CREATE EXTENSION bilateral VERSION '$v'" -c "ALTER EXTENSION bilateral UPDATE"
  snap "$db" > "$tmp/$v.snap"
  dropdb "$db"
  if cmp -s "$tmp/fresh.snap" "$tmp/$v.snap"; then
    echo "ok - $v updated to $default equals a fresh install of $default"; pass=$((pass + 1))
  else
    echo "not ok - $v updated to $default differs from a fresh install"; fail=$((fail + 1))
    diff "$tmp/fresh.snap" "$tmp/$v.snap" | head -40
  fi
done
echo "upgrades: $pass passed, $fail failed"
[ "$fail" = 0 ]
