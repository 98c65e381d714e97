#!/bin/sh
# tools/test.sh (make test): sets everything up and runs every test: the data
# package, the C core's unit tests (plain and under ASan/UBSan), then pg_regress,
# pgTAP, data, upgrade, dump and uninstall checks against a real PostgreSQL 15
# server in a throwaway cluster (pg_virtualenv).
set -eu
cd "$(dirname "$0")/.."
tools/setup-deps
export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config

echo "== the data package (data/) is valid without a database"
tools/datapkg validate

echo "== the published reliability figures are what the repository's codings give"
tools/reliability --check
tools/reliability --check --before

echo "== build (warnings are errors)"
make -s clean
make -s PG_CFLAGS="-Wall -Wextra -Wno-unused-parameter -Werror"
tools/check-clang
make -s install

echo "== the PGXN distribution"
tools/check-dist

echo "== unit tests of the C core"
make -s unit
make -s unit-asan

echo "== fuzzing the core's parsers (a bounded smoke run; docs/fuzzing.md)"
make -s -C fuzz smoke

echo "== pg_regress and pgTAP in a throwaway cluster"
status=0
pg_virtualenv -v 15 tools/test-in-cluster.sh || status=1

echo "== on a three-node Citus cluster against one server (builds Citus once into .citus/; docs/scale.md)"
tools/test-citus.sh || status=1
exit $status
