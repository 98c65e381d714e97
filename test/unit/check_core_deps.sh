#!/bin/sh
# check_core_deps.sh - the core's object files must not depend on each other in
# a circle.  From nm: a file defines the global symbols it exports and uses the
# ones it leaves undefined; file A depends on file B when A uses a symbol that B
# defines.  Prints the graph as TAP and fails on a cycle, naming each file in it
# and the symbols that make each step.  Test 1 plants a cycle in two throwaway
# objects first, so a check that could never fail does not pass.
#
#   test/unit/check_core_deps.sh [OBJECT...]
# (default: $CORE_OBJECTS, which make unit sets to the build's list, else src/core/*.o)
set -eu
cd "$(dirname "$0")/../.."
# shellcheck disable=SC2086
[ $# -gt 0 ] || set -- ${CORE_OBJECTS:-src/core/*.o}
for o in "$@"; do
	[ -f "$o" ] || { echo "Bail out! $o is missing (build the core first)"; exit 1; }
done

# graph OBJECT...: prints the graph and any cycle as TAP comments; fails on a cycle
graph() {
	# one line per global symbol: "D file symbol" (defined) or "U file symbol" (used)
	for o in "$@"; do
		f=$(basename "$o" .o)
		nm -g --defined-only "$o" | awk -v f="$f" 'NF >= 3 { print "D", f, $3 }'
		nm -u "$o" | awk -v f="$f" '{ print "U", f, $NF }'
	done | awk '
	function file(f) { if (!(f in files)) { files[f] = 1; order[++nf] = f } }
	$1 == "D" { if (($3 in def) && def[$3] != $2) dup = dup " " $3 " (" def[$3] ", " $2 ")"; def[$3] = $2; file($2); next }
	$1 == "U" { use[++nu] = $2 SUBSEP $3; file($2); next }
	function visit(f,    g, i) {
		state[f] = 1; stack[++depth] = f
		for (i = 1; i <= nout[f]; i++) {
			g = out[f, i]
			if (state[g] == 1) { report(g); return 1 }
			if (state[g] == 0 && visit(g)) return 1
		}
		state[f] = 2; depth--
		return 0
	}
	function report(g,    i, s, line) {
		for (i = 1; i <= depth; i++) if (stack[i] == g) s = i
		line = "cycle:"
		for (i = s; i <= depth; i++)
			line = line " " stack[i] ".o -> (" syms[stack[i], (i < depth ? stack[i + 1] : g)] ")"
		print "# " line " " g ".o"
	}
	END {
		if (dup != "") { print "# symbols defined in two files:" dup; exit 1 }
		for (k = 1; k <= nu; k++) {
			split(use[k], p, SUBSEP)
			if (!(p[2] in def) || def[p[2]] == p[1]) continue
			e = p[1] SUBSEP def[p[2]]
			if (!(e in syms)) { out[p[1], ++nout[p[1]]] = def[p[2]]; syms[e] = p[2] }
			else syms[e] = syms[e] " " p[2]
			nedges++
		}
		print "# " nf " object files, " nedges + 0 " uses of another file'"'"'s symbol"
		for (j = 1; j <= nf; j++) {
			f = order[j]; line = ""
			for (i = 1; i <= nout[f]; i++) line = line " " out[f, i]
			print "# " f " uses:" (line == "" ? " (nothing)" : line)
		}
		for (j = 1; j <= nf; j++)
			if (state[order[j]] == 0 && visit(order[j])) exit 1
	}'
}

echo "1..2"

# 1: two objects that call each other must be reported
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'int bl_b(int);\nint bl_a(int x) { return x ? bl_b(x - 1) : 0; }\n' >"$tmp/a.c"
printf 'int bl_a(int);\nint bl_b(int x) { return x ? bl_a(x - 1) : 1; }\n' >"$tmp/b.c"
${CC:-cc} -c -o "$tmp/a.o" "$tmp/a.c" && ${CC:-cc} -c -o "$tmp/b.o" "$tmp/b.c"
if graph "$tmp/a.o" "$tmp/b.o" >"$tmp/planted"; then
	echo "not ok 1 - a planted cycle (a.o <-> b.o) is reported"
	sed 's/^/# /' "$tmp/planted"
	fail=1
elif grep -q '^# cycle: .*a\.o.*b\.o' "$tmp/planted"; then
	echo "ok 1 - a planted cycle (a.o <-> b.o) is reported"
else
	echo "not ok 1 - a planted cycle (a.o <-> b.o) is reported"
	sed 's/^/# /' "$tmp/planted"
	fail=1
fi

# 2: the core
if graph "$@"; then
	echo "ok 2 - no cycle between the core's $# object files"
else
	echo "not ok 2 - no cycle between the core's $# object files"
	fail=1
fi
exit ${fail:-0}
