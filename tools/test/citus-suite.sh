#!/bin/sh
# tools/test/citus-suite.sh: the whole test suite (pgTAP test/*.sql, pg_regress sql/, the client
# recipes of test/clients) against the running Citus cluster of tools/citus-cluster (CITUS_PORT,
# CITUS_CLUSTER_DIR as there), each part in a distributed database of its own.  Called by
# tools/test/citus.sh; run as root or as postgres.
#
# What differs from a single server comes from limits of Citus that docs/scale.md states:
#  - the roles the tests use are made first, with LOGIN, and the one group membership granted on
#    the workers too (test/citus/roles.sql): a role made inside a test's transaction cannot connect
#    to the workers, and Citus connects to them as the role;
#  - the files in which one role reads what another role wrote (ONE_STATEMENT below) run one
#    statement per transaction (their SET LOCAL become SET; the group memberships they grant are
#    granted on the workers first), each in a fresh database: within one
#    transaction Citus refuses to read, as one role, shards another role has written ("modified in
#    this transaction by a different user").  Every other file runs as on one server, in one
#    transaction;
#  - every session sets citus.multi_shard_modify_mode = sequential, which a transaction needs that
#    writes the catalogue (reference tables) after a query over every shard.
# The two slowest files (SLOW_TAP of tools/lib.sh) ran on one server already and are left out
# here; CITUS_SUITE_ALL=1 runs them too.
set -u
. "$(dirname "$0")/../lib.sh"
bin=$(pg_bin)
port=${CITUS_PORT:-5551}
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
export PGOPTIONS="${PGOPTIONS:-} -c citus.multi_shard_modify_mode=sequential"
ONE_STATEMENT="20_dataset_integrity 60_security 61_shared_database 62_borrowed_rights 63_no_one_elses_rows 69_include_owners_quoting 71_import_claims 73_what_blocks_a_delete 74_owner_roles 75_documents 76_coding_tasks 77_adjudication 78_agreement_task 85_panel_certainty 87_coding_rules"
status=0
make_tmpdir
[ "$(id -u)" = 0 ] && chown postgres "$tmp"
skip=
[ "${CITUS_SUITE_ALL:-}" = 1 ] || skip=$SLOW_TAP

drop_db() { "$here/tools/citus-cluster" dropdb "$1" >/dev/null; }
distributed_db() {   # distributed_db NAME: a fresh distributed database on the cluster, with the roles and pgTAP
  drop_db "$1" || return 1
  CITUS_DB=$1 "$here/tools/citus-cluster" start > "$tmp/start.log" 2>&1 || { cat "$tmp/start.log"; return 1; }
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$here/test/citus/roles.sql" -c 'CREATE EXTENSION IF NOT EXISTS pgtap'
}

echo "== pgTAP, one transaction per file, in database bl_suite${skip:+ (without $skip: they ran on one server)}"
distributed_db bl_suite || exit 1
files=
for f in "$here"/test/*.sql; do
  case " $ONE_STATEMENT $skip " in *" $(basename "$f" .sql) "*) ;; *) files="$files $f" ;; esac
done
# Citus warns that the tests' pg_temp functions are made on the coordinator only; that is what they need
pg_prove -d bl_suite $files 2> "$tmp/stderr" || { status=1; grep -v 'pg_temp\|will be created only locally' "$tmp/stderr" | head -40; }

echo "== pgTAP, one statement per transaction, each file in a database of its own"
for name in $ONE_STATEMENT; do
  db=bl_suite_$(echo "$name" | cut -d_ -f1)
  distributed_db "$db" || { status=1; continue; }
  # a group membership the file grants (GRANT role TO roles;) reaches the workers first: Citus
  # passes on a GRANT only for roles it made from this database (test/citus/roles.sql)
  grep -E '^GRANT [a-z_]+ TO [a-z_, ]+;$' "$here/test/$name.sql" | while IFS= read -r g; do
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -c "$g" \
      -c "SELECT 1 FROM run_command_on_workers('${g%;}') WHERE NOT success" >/dev/null || status=1
  done
  sed -e '0,/^BEGIN;$/s/^BEGIN;$/-- (one statement per transaction: tools\/test\/citus-suite.sh)/' \
      -e 's/^ROLLBACK;$/-- (no transaction to roll back)/' -e 's/^SET LOCAL /SET /' "$here/test/$name.sql" > "$tmp/$name.sql"
  pg_prove -d "$db" "$tmp/$name.sql" 2> "$tmp/stderr" || { status=1; grep -v 'pg_temp\|will be created only locally' "$tmp/stderr" | head -40; }
  drop_db "$db"
done

echo "== pg_regress, in database bl_regress"
distributed_db bl_regress || exit 1
# (client_min_messages = error: Citus warns that the tests' pg_temp functions stay on the coordinator,
# which the expected outputs of one server do not show; errors are shown as there)
PGOPTIONS="$PGOPTIONS -c client_min_messages=error" make -s -C "$here" installcheck CONTRIB_TESTDB=bl_regress EXTRA_REGRESS_OPTS="--use-existing --host=127.0.0.1 --port=$port --user=postgres" \
  || { status=1; head -200 "$here/regression.diffs" 2>/dev/null; }
drop_db bl_regress
drop_db bl_suite

echo "== clients (psycopg2, psycopg 3, pandas, R, Node, ODBC), in database bl_clients"
distributed_db bl_clients || exit 1
CLIENTS_TCP_HOST=127.0.0.1 "$here/tools/test/clients.sh" bl_clients || status=1
drop_db bl_clients

[ $status = 0 ] && echo "citus: the whole suite passed on the distributed install" || echo "citus: the suite FAILED on the distributed install"
exit $status
