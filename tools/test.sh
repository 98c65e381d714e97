#!/bin/sh
# tools/test.sh (make test): sets everything up and runs every test: the data package, the C
# core's unit tests (plain and under ASan/UBSan) and a fuzz smoke run, then pg_regress, pgTAP,
# clients, quotes, data, upgrade, dump, race and uninstall checks against a real PostgreSQL 15
# server in a throwaway cluster (pg_virtualenv, tools/test/in-cluster.sh), then the same on a
# throwaway three-node Citus cluster (tools/test/citus.sh).  The fast tier alone: make check.
# Ends with the time each part took.
set -eu
. "$(dirname "$0")/lib.sh"
cd "$here"
tools/setup-deps
export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config

section "the data package (data/) is valid without a database"
tools/datapkg validate

section "the SQL source tree (src/sql/): every object defined once"
tools/sqltree check

section "build (warnings are errors), and only what PostgreSQL looks up exported"
make -s clean
make -s PG_CFLAGS="-Wall -Wextra -Wno-unused-parameter -Werror"
tools/test/clang.sh
make -s check-exports
make -s install
# the parts below install nothing more (tools/citus-cluster would, and so drop the preview)
export BILATERAL_INSTALLED=1

section "the unreleased work of the tree as a preview of the next version (tools/release --preview)"
# when src/sql/, extension/next/ or data/ differ from the last release, every test below runs
# against the next version as tools/release would cut it, and checks that the last release
# updated to it equals a fresh install of it; nothing to do otherwise
at_exit "tools/release --unpreview"
in_throwaway_cluster tools/release --preview

section "the PGXN distribution"
tools/test/dist.sh

section "unit tests of the C core"
make -s unit
make -s unit-asan

section "fuzzing the core's parsers (a smoke run of SMOKE_BUDGET seconds in all; docs/fuzzing.md)"
make -s -C fuzz smoke

section "pg_regress and pgTAP in a throwaway cluster"
status=0
in_throwaway_cluster tools/test/in-cluster.sh || status=1

section "on a three-node Citus cluster against one server (builds Citus once into .citus/; docs/scale.md)"
tools/test/citus.sh || status=1
section_times
exit $status
