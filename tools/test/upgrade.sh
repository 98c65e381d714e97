#!/bin/sh
# Every version the server offers (pg_available_extension_versions: the released scripts, and the
# preview of the unreleased work that tools/release --preview installs), installed and updated to
# the default, must equal a fresh install of the default: objects and data
# (test/upgrade/snapshot.sql).  ALTER EXTENSION ... UPDATE on the default must change nothing.
# Runs inside a cluster (PGHOST etc. set, e.g. by pg_virtualenv).
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
default=$(psql_val postgres "SELECT default_version FROM pg_available_extensions WHERE name = 'bilateral'")
versions=$(psql_val postgres "SELECT version FROM pg_available_extension_versions WHERE name = 'bilateral'" | sort -V)
snap() { psql_do "$1" -f test/upgrade/snapshot.sql; }
q() { psql_do "$@"; }
make_tmpdir
dbs=""
at_exit 'for d in $dbs; do dropdb --if-exists "$d" 2>/dev/null || true; done'

fresh=up_fresh_$$; dbs="$dbs $fresh"
createdb "$fresh"
q "$fresh" -c "CREATE EXTENSION bilateral"
snap "$fresh" > "$tmp/fresh.snap"
q "$fresh" -c "ALTER EXTENSION bilateral UPDATE" 2>&1 | grep -v 'already installed' || true
snap "$fresh" > "$tmp/noop.snap"
if cmp -s "$tmp/fresh.snap" "$tmp/noop.snap"; then
  ok "ALTER EXTENSION bilateral UPDATE on $default is a no-op"
else
  notok "ALTER EXTENSION bilateral UPDATE on $default changed something"
  diff "$tmp/fresh.snap" "$tmp/noop.snap" | head -40
fi

for v in $versions; do
  [ "$v" = "$default" ] && continue
  db=up_from_$(echo "$v" | tr . _)_$$; dbs="$dbs $db"
  createdb "$db"
  q "$db" -c "CREATE EXTENSION bilateral VERSION '$v'" -c "ALTER EXTENSION bilateral UPDATE"
  snap "$db" > "$tmp/$v.snap"
  dropdb "$db"
  if cmp -s "$tmp/fresh.snap" "$tmp/$v.snap"; then
    ok "$v updated to $default equals a fresh install of $default"
  else
    notok "$v updated to $default differs from a fresh install"
    diff "$tmp/fresh.snap" "$tmp/$v.snap" | head -40
  fi
done
tap_summary upgrades
