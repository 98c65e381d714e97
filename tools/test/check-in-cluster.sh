#!/bin/sh
# make check's part in its throwaway cluster: the unreleased work of the tree as a preview of the
# next version (tools/release --preview; nothing when there is none), then the fast tier of
# tools/test/in-cluster.sh against it; the released default is put back after.
. "$(dirname "$0")/../lib.sh"
cd "$here"
at_exit "tools/release --unpreview"
v=$(tools/release --preview 2>/dev/null) || { echo "not ok - tools/release --preview failed:"; tools/release --preview; exit 1; }
[ -n "$v" ] && echo "== testing the preview of $v (the unreleased work of src/sql/, extension/next/, data/)"
tools/test/in-cluster.sh --quick
