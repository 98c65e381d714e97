#!/bin/sh
# DROP EXTENSION bilateral leaves nothing behind: every catalogue that can hold
# an object of ours (schemas, relations, types, functions, operators and their
# classes and families, casts, policies, comments, extension config) looks the
# same after CREATE EXTENSION + user rows + DROP EXTENSION as before; the
# schema CREATE EXTENSION made is left empty (docs/reference.md, Uninstalling).  Runs
# inside a cluster (PGHOST etc. set, e.g. by pg_virtualenv).
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
make_tmpdir
db=uninstall_check
fresh_db "$db"
snap() {
  psql -X -qtA -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
SELECT 'schema ' || nspname FROM pg_namespace ORDER BY 1;
SELECT 'class ' || relnamespace::regnamespace || '.' || relname || ' ' || relkind::text FROM pg_class ORDER BY 1;
SELECT 'type ' || typnamespace::regnamespace || '.' || typname FROM pg_type ORDER BY 1;
SELECT 'proc ' || p.oid::regprocedure FROM pg_proc p ORDER BY 1;
SELECT 'operator ' || o.oid::regoperator FROM pg_operator o ORDER BY 1;
SELECT 'opclass ' || opcmethod || ' ' || opcnamespace::regnamespace || '.' || opcname FROM pg_opclass ORDER BY 1;
SELECT 'opfamily ' || opfmethod || ' ' || opfnamespace::regnamespace || '.' || opfname FROM pg_opfamily ORDER BY 1;
SELECT 'cast ' || castsource::regtype || ' -> ' || casttarget::regtype FROM pg_cast ORDER BY 1;
SELECT 'policy ' || polrelid::regclass || ' ' || polname FROM pg_policy ORDER BY 1;
SELECT 'trigger ' || tgname FROM pg_trigger ORDER BY 1;
SELECT 'description ' || classoid::regclass || ' ' || objoid || ' ' || objsubid FROM pg_description ORDER BY 1;
SELECT 'depend ' || classid::regclass || ' ' || objid || ' ' || refclassid::regclass || ' ' || refobjid || ' ' || deptype::text FROM pg_depend ORDER BY 1;
SELECT 'extension ' || extname FROM pg_extension ORDER BY 1;
SQL
}
snap > "$tmp/before.snap"
psql_do "$db" -o /dev/null <<'SQL'
CREATE EXTENSION bilateral;
SELECT bilateral.add_source('my_study', 'My study', 'Me', '2019-05-01', 'en');
SELECT bilateral.add_claim('my_study', 'JPN->RUS:peace_treaty:+1:2019/..', 'Words.');
DROP EXTENSION bilateral;
-- CREATE EXTENSION made the schema named in bilateral.control before the extension existed, so
-- PostgreSQL does not count it as a member; it must be empty now (RESTRICT fails otherwise)
DROP SCHEMA bilateral RESTRICT;
SQL
snap > "$tmp/after.snap"
if cmp -s "$tmp/before.snap" "$tmp/after.snap"; then
  ok "DROP EXTENSION bilateral leaves nothing behind but its empty schema"
else
  notok "DROP EXTENSION bilateral leaves something behind:"
  diff "$tmp/before.snap" "$tmp/after.snap" | head -40
fi
tap_summary uninstall
