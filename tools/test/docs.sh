#!/bin/sh
# tools/test/docs.sh [FILE.md ...]: docs that run.  Every code block of README.md and docs/*.md
# is run against a fresh install, its shown output compared (tools/test/docs.py says how; the
# writers' rules are in docs/index.md, "Docs that run").  Runs inside pg_virtualenv (PGHOST,
# PGPORT, PGUSER of a superuser) with the extension installable, like tools/test/clients.sh;
# needs the packages of tools/setup-deps and, for the Node blocks, test/clients/node's npm ci.
set -u
cd "$(dirname "$0")/../.."
if [ ! -d test/clients/node/node_modules/pg ]; then
  (cd test/clients/node && npm ci --no-audit --no-fund --silent) >/dev/null 2>&1 ||
    echo "# npm ci in test/clients/node failed: the JavaScript blocks will fail"
fi
exec /usr/bin/python3 tools/test/docs.py "$@"
