#!/bin/sh
# tools/test/clang.sh: compiles every C file with clang -Wall -Wextra -Werror (the gcc build is the
# PGXS one).  PostgreSQL's headers carry gcc-only attributes: those warnings, and only those, are
# silenced.
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
inc="-Isrc -I$("$PG_CONFIG" --includedir-server) $(xml2-config --cflags)"
# with what the Makefile defines for every file: the library's version, the symbols it exports
for f in src/*.c src/core/*.c; do
  clang -std=gnu99 -D_GNU_SOURCE -fPIC -Wall -Wextra -Werror -Wno-unused-parameter -Wno-ignored-attributes $inc "-DBILATERAL_LIBRARY_VERSION=\"$(default_version)\"" "-DPGDLLEXPORT=__attribute__((visibility(\"default\")))" -c "$f" -o /dev/null
done
echo "clang: no warnings"
