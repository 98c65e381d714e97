#!/bin/sh
# check_exports.sh - bilateral.so exports what PostgreSQL looks up, and only
# that.  The library is built with -fvisibility=hidden (Makefile); PostgreSQL
# looks up Pg_magic_func, _PG_init, and for every C function of the release
# scripts its symbol and pg_finfo_<symbol>.  Fails when
#   1. the library exports a defined symbol that is none of these, or
#   2. a symbol a script names (AS 'MODULE_PATHNAME', 'symbol', or the
#      function's own name when the script names none) or its pg_finfo_ record
#      is not exported: that script, old releases included, would fail to run.
#
#   test/unit/check_exports.sh [LIBRARY [SCRIPT...]]
#   (default: bilateral.so, extension/*.sql, extension/next/*.sql and the
#   source tree src/sql/*.sql, whose unreleased functions the next release names)
set -eu
cd "$(dirname "$0")/../.."
lib=${1:-bilateral.so}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- extension/*.sql $(ls extension/next/*.sql 2>/dev/null || true) src/sql/*.sql
[ -f "$lib" ] || { echo "Bail out! $lib is missing (run make first)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }' | sort -u >"$tmp/exported"

# the symbols the scripts name, one "symbol file" a line; a 'MODULE_PATHNAME'
# the parser did not understand is reported rather than skipped
perl -e '
	my $bad = 0;
	for my $f (@ARGV) {
		open my $h, "<", $f or die "$f: $!";
		local $/; my $sql = <$h>;
		$sql =~ s/--[^\n]*//g;    # comments
		my $all = () = $sql =~ /\x27MODULE_PATHNAME\x27/g;
		my $n = 0;
		while ($sql =~ /CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(?:"?\w+"?\.)?"?(\w+)"?\s*\([^;]*?\bAS\s+\x27MODULE_PATHNAME\x27(?:\s*,\s*\x27(\w+)\x27)?/gis) {
			print +(defined $2 ? $2 : $1), " $f\n";
			$n++;
		}
		if ($n != $all) {
			print STDERR "$f: $all MODULE_PATHNAME clauses, $n read\n";
			$bad = 1;
		}
	}
	exit $bad;
' "$@" >"$tmp/read" || { echo "Bail out! could not read every MODULE_PATHNAME clause"; exit 1; }
sort -u "$tmp/read" >"$tmp/named"

echo "1..3"
fail=0

# 1: nothing exported beyond what PostgreSQL looks up
awk 'NR == FNR { ex[$1] = 1; next }
	$1 == "Pg_magic_func" || $1 == "_PG_init" { next }
	$1 ~ /^pg_finfo_/ { next }
	("pg_finfo_" $1) in ex { next }
	{ print }' "$tmp/exported" "$tmp/exported" >"$tmp/extra"
if [ -s "$tmp/extra" ]; then
	echo "not ok 1 - $lib exports only Pg_magic_func, _PG_init, pg_finfo_* and their functions"
	echo "# $(wc -l <"$tmp/extra") other symbols:"
	sed 's/^/#   /' "$tmp/extra"
	fail=1
else
	echo "ok 1 - $lib exports only Pg_magic_func, _PG_init, pg_finfo_* and their functions ($(wc -l <"$tmp/exported") symbols)"
fi

# 2: the module magic
if grep -qx Pg_magic_func "$tmp/exported"; then
	echo "ok 2 - $lib exports Pg_magic_func"
else
	echo "not ok 2 - $lib exports Pg_magic_func"
	fail=1
fi

# 3: every symbol of every script, and its pg_finfo_ record
awk 'NR == FNR { ex[$1] = 1; next }
	!($1 in ex) { print "#   " $1 " (" $2 ")"; next }
	!(("pg_finfo_" $1) in ex) { print "#   pg_finfo_" $1 " (" $2 ")" }' "$tmp/exported" "$tmp/named" >"$tmp/missing"
nsym=$(awk '{ print $1 }' "$tmp/named" | sort -u | wc -l)
if [ -s "$tmp/missing" ]; then
	echo "not ok 3 - the $nsym C symbols the SQL scripts name are exported, with their pg_finfo_ records"
	echo "# missing:"
	cat "$tmp/missing"
	fail=1
else
	echo "ok 3 - the $nsym C symbols the SQL scripts name ($# scripts) are exported, with their pg_finfo_ records"
fi
exit $fail
