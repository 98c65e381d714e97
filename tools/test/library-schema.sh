#!/bin/bash
# tools/test/library-schema.sh - the installed library against the schema of every release.
#
# One library ($libdir/bilateral.so) serves the SQL of every version, and every database is
# at an older version between `make install` and `ALTER EXTENSION bilateral UPDATE`.  For each
# version of extension/bilateral--*.sql, in a fresh database: CREATE EXTENSION bilateral
# VERSION 'v', then call every C function that database's catalogue declares (pg_proc, C,
# probin naming bilateral: a function added later is covered without editing this file), with
# sample arguments built per argument name and type (test/schema/calls.sql) and again with
# every argument NULL.  A call must succeed, or fail with SQLSTATE 55000 and the clear message
# of bl_require_schema() (library and schema versions, hint "Run ALTER EXTENSION bilateral
# UPDATE."); NULL arguments may also fail with a class 22 error.  Anything else fails: 42703,
# 42883, XX000, a lost connection.  Where a call succeeds on an old schema its answer must be
# the newest release's, but for export_tei and timeline_svg on shipped rows, which may differ
# only where the rows they read differ (test/schema/compare.sql); on the fixture's rows
# (test/schema/fixture.tei.xml) they must be equal.  Functions that SQL cannot call (internal
# arguments, the GiST key type) are skipped by that rule and listed as SKIP.
#
# Run inside a throwaway cluster with the library installed: pg_virtualenv -v 15 tools/test/library-schema.sh
# Prints TAP; exits non-zero on any failure.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

versions=$(ls "$root"/extension/bilateral--*.sql |
	sed -n 's/.*bilateral--\([0-9][0-9.]*\)\.sql$/\1/p; s/.*bilateral--[0-9.]*--\([0-9][0-9.]*\)\.sql$/\1/p' | sort -uV)
newest=$(echo "$versions" | tail -1)
hint="Run ALTER EXTENSION bilateral UPDATE."

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
notok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $*"; }

# field k (1-based) of the result line of id in file f
field() { awk -F'\t' -v id="$1" -v k="$3" '$1 == id { print $k; exit }' "$2"; }

# drift STATE: an error that says the library and the schema disagree (an undefined or
# mistyped object, an internal error), never a function's answer to its arguments
drift() {
	case "$1" in
		XX*|42703|42883|42P01|42704|42P02|3F000|42804|42846|42P18|0A000) return 0 ;;
		*) return 1 ;;
	esac
}

run_version() {
	local v=$1 db="library_schema_${1//./_}" out="$tmp/out.$1"
	dropdb --if-exists "$db" >/dev/null 2>&1
	createdb "$db" || { notok "$v: createdb"; return; }
	if ! psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION bilateral VERSION '$v'" >"$tmp/create.$v" 2>&1; then
		notok "$v: CREATE EXTENSION bilateral VERSION '$v': $(tr '\n' ' ' <"$tmp/create.$v")"
		return
	fi
	ok "$v: CREATE EXTENSION bilateral VERSION '$v'"
	if ! psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v tei_doc="$(cat "$root/test/schema/fixture.tei.xml")" \
		-v script="$tmp/script.$v" -v skipped="$tmp/skipped.$v" -f "$root/test/schema/calls.sql" >"$tmp/calls.$v" 2>&1; then
		notok "$v: test/schema/calls.sql: $(tr '\n' ' ' <"$tmp/calls.$v")"
		return
	fi
	# one statement per call; a crash costs that call's line, psql reconnects and goes on
	psql -X -At -d "$db" -f "$tmp/script.$v" >"$out" 2>"$tmp/err.$v"
	psql -X -At -d "$db" -f "$root/test/schema/compare.sql" >>"$out" 2>>"$tmp/err.$v"

	while IFS=$'\t' read -r sig why; do
		ok "$v: $sig # SKIP cannot be called from SQL: $why"
	done <"$tmp/skipped.$v"

	local id state msg h
	while read -r id; do
		state=$(field "$id" "$out" 2)
		msg=$(field "$id" "$out" 3)
		h=$(field "$id" "$out" 4)
		if [ -z "$state" ]; then
			notok "$v: $id: no answer (the backend crashed or the connection was lost): $(tr '\n' ' ' <"$tmp/err.$v" | cut -c1-300)"
		elif [ "$state" = 00000 ]; then
			ok "$v: $id succeeds"
		elif [ "$state" = 55000 ] && [ "$h" = "$hint" ] &&
			[[ "$msg" == "bilateral library "*" cannot run "*" on the schema of version $v" ]]; then
			ok "$v: $id refuses clearly: 55000 $msg"
		elif [ "${id%%:*}" = null ] && [ "${state:0:2}" = 22 ]; then
			ok "$v: $id refuses NULL arguments: $state $msg"
		elif ! drift "$state" && { [ "$v" = "$newest" ] || [ "$state" = "$(field "$id" "$tmp/out.$newest" 2)" ]; }; then
			# the function's own refusal of these arguments (a shipped row, a source not the
			# caller's), as at the newest version, where library and schema agree
			ok "$v: $id refuses these arguments as at $newest: $state $msg"
		else
			notok "$v: $id failed with $state: $msg${h:+ (hint: $h)}"
		fi
	done < <(sed -n "s/^SELECT library_schema_test.line('\([^']*\)'.*/\1/p" "$tmp/script.$v")
	[ "$v" = "$newest" ] && return

	# the answers that succeed on both schemas, against the newest's
	local mine theirs d1 d2
	while read -r id; do
		mine=$(field "$id" "$out" 5)
		theirs=$(field "$id" "$tmp/out.$newest" 5)
		[ "$(field "$id" "$out" 2)" = 00000 ] && [ "$(field "$id" "$tmp/out.$newest" 2)" = 00000 ] || continue
		if [ "$mine" = "$theirs" ]; then
			ok "$v: $id answers as at $newest"
			continue
		fi
		case "$id" in
			sample:bilateral.export_tei\(*) d=digest:export_tei ;;
			sample:bilateral.timeline_svg\(*) d=digest:timeline_svg ;;
			*) d= ;;
		esac
		if [ -n "$d" ]; then
			d1=$(field "$d" "$out" 5)
			d2=$(field "$d" "$tmp/out.$newest" 5)
			if [ -n "$d1" ] && [ "$d1" != "$d2" ]; then
				ok "$v: $id answers otherwise than at $newest, on shipped rows that differ between the releases"
				continue
			fi
		fi
		notok "$v: $id answers otherwise than at $newest: $(field "$id" "$out" 6) ... against $(field "$id" "$tmp/out.$newest" 6) ..."
	done < <(cut -f1 "$out" | grep -v '^digest:')

	# a refusal lasts only until the update: ALTER EXTENSION ... UPDATE, then the same call in the same transaction
	if grep -q "$(printf '\t')55000$(printf '\t')" "$out"; then
		local gated
		gated=$(awk -F'\t' '$2 == "55000" && $1 ~ /^sample:/ { sub(/^sample:/, "", $1); print $1; exit }' "$out")
		local call
		call=$(grep -F "'sample:$gated'" "$tmp/script.$v" | sed -n "s/^SELECT library_schema_test.line('[^']*', \(.*\));$/\1/p")
		printf "SELECT library_schema_test.line('before', %s);\nBEGIN;\nALTER EXTENSION bilateral UPDATE;\nSELECT library_schema_test.line('after', %s);\nCOMMIT;\n" "$call" "$call" |
			psql -X -At -d "$db" >"$tmp/update.$v" 2>&1
		if [ "$(field before "$tmp/update.$v" 2)" = 55000 ] && [ "$(field after "$tmp/update.$v" 2)" = 00000 ]; then
			ok "$v: $gated refuses, and after ALTER EXTENSION bilateral UPDATE in the same transaction succeeds"
		else
			notok "$v: $gated after ALTER EXTENSION bilateral UPDATE: $(tr '\n' ' ' <"$tmp/update.$v" | cut -c1-300)"
		fi
	fi
	dropdb --if-exists "$db" >/dev/null 2>&1
}

echo "# the installed library against the schemas of: $(echo $versions)"
run_version "$newest"
for v in $versions; do
	[ "$v" = "$newest" ] || run_version "$v"
done
dropdb --if-exists "library_schema_${newest//./_}" >/dev/null 2>&1
echo "1..$n"
[ "$failed" -eq 0 ] || echo "# $failed of $n failed"
[ "$failed" -eq 0 ]
