# tools/lib.sh: what every script of tools/ repeats, once.  POSIX sh; source it with
#   . "$(dirname "$0")/lib.sh"          (a script in tools/)
#   . "$(dirname "$0")/../lib.sh"       (a script in tools/test/)
# It sets $here (the project folder) and PG_CONFIG (default: the system's PostgreSQL 15),
# and changes nothing else until a function is called.
#
# versions      default_version, released_versions, version_le A B
# test suite    SLOW_TAP (the slow pgTAP files)
# sections      section TITLE ("== TITLE", timed), section_times (the time of each)
# TAP           ok, notok, tap_summary NAME (prints "NAME: N passed, M failed", fails on any)
# temporaries   make_tmpdir (sets $tmp; removed on exit), at_exit CMD (run on exit, last first)
# PostgreSQL    pg_bin, as_pg CMD..., psql_do DB ARGS..., psql_val DB SQL, fresh_db NAME,
#               in_throwaway_cluster CMD... (pg_virtualenv), extension_file NAME (sets $ext_file: a
#               file of PostgreSQL's extension directory, removed on exit)
# CI            skip_or_fail WHY: "skipped: WHY", or under CI=true "not ok - WHY" and status 1

here=$(cd "$(dirname "$0")" && while [ ! -f bilateral.control ] && [ "$(pwd)" != / ]; do cd ..; done; pwd)
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}

# ---- versions ----
# default_version [CONTROL]: the default_version of bilateral.control
default_version() {
  sed -n "s/^default_version *= *'\(.*\)'/\1/p" "${1:-$here/bilateral.control}"
}
# released_versions: every version some extension/bilateral--*.sql reaches, oldest first
released_versions() {
  ls "$here"/extension/bilateral--*.sql | sed 's|.*/bilateral--||; s|\.sql$||' | tr -- '-' '\n' | grep . | sort -uV
}
# version_le A B: true when version A is B or older
version_le() {
  [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -1)" = "$1" ]
}

# ---- the test suite ----
# the two slowest pgTAP files (the whole state system's panels; hostile TEI documents bounded in
# time and memory: 15-30 s each on 2 cores): not in make check, and run once in tools/test.sh (on
# one server, not again on the Citus cluster)
SLOW_TAP="70_state_system 65_hostile_documents"

# ---- TAP ----
tap_pass=0
tap_fail=0
ok() { echo "ok - $*"; tap_pass=$((tap_pass + 1)); }
notok() { echo "not ok - $*"; tap_fail=$((tap_fail + 1)); }
# tap_summary NAME: the last line of a check; its status is 1 when anything failed
tap_summary() {
  echo "$1: $tap_pass passed, $tap_fail failed"
  [ "$tap_fail" = 0 ]
}

# ---- sections of a long run, and their times ----
_sec_name=""
_sec_times=""
# section TITLE: prints "== TITLE"; the part before it ends
section() {
  _now=$(date +%s)
  [ -n "$_sec_name" ] && _sec_times="$_sec_times$(printf '%6s s  %s' $((_now - _sec_t0)) "$_sec_name")
"
  _sec_name=$1
  _sec_t0=$_now
  echo "== $1"
}
# section_times: ends the last part and prints how long each took
section_times() {
  section "times"
  printf '%s' "$_sec_times"
}

# ---- temporaries: nothing at a fixed path ----
_at_exit=""
_run_at_exit() {
  _rc=$?
  # shellcheck disable=SC2086
  eval "$_at_exit"
  exit $_rc
}
# at_exit CMD: run CMD (a shell command line) when the script exits, even on failure or a signal
at_exit() {
  _at_exit="{ $1; } || true; $_at_exit"
  trap _run_at_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}
# make_tmpdir: a private temporary folder in $tmp (TMPDIR or /tmp), removed on exit;
# readable by postgres too, for a server run as postgres
make_tmpdir() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/bilateral.XXXXXX")
  chmod 755 "$tmp"
  at_exit 'rm -rf "$tmp"'
}

# ---- PostgreSQL ----
pg_bin() { "$PG_CONFIG" --bindir; }
# as_pg CMD...: as the postgres user when we are root (PostgreSQL refuses to run as root)
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# psql_do DB ARGS...: psql that stops at the first error, quiet, without ~/.psqlrc
psql_do() {
  _db=$1; shift
  psql -X -q -v ON_ERROR_STOP=1 -d "$_db" "$@"
}
# psql_val DB SQL: one value (or unaligned rows), no header
psql_val() {
  psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}
# fresh_db NAME: the database NAME, new and empty
fresh_db() {
  dropdb --if-exists "$1" 2>/dev/null || true
  createdb "$1"
}
# in_throwaway_cluster CMD...: CMD in a new PostgreSQL 15 cluster in a temporary folder (pg_virtualenv
# -t: as root, plain pg_virtualenv makes the one cluster 15/regress, which a second run meets; it sets PGHOST,
# PGPORT, PGUSER, PGPASSWORD), removed afterwards
in_throwaway_cluster() {
  pg_virtualenv -t -v 15 "$@"
}
# extension_dir: PostgreSQL's extension directory; inside a cluster that loads extensions from a
# temporary install (Debian's extension_destdir, as make check's does), that one
extension_dir() {
  _dest=""
  [ -n "${PGHOST:-}${PGPORT:-}" ] &&
    _dest=$(psql -X -qAt -d postgres -c "SELECT current_setting('extension_destdir', true)" 2>/dev/null || true)
  echo "$_dest$("$PG_CONFIG" --sharedir)/extension"
}
# extension_file NAME: sets $ext_file to NAME in PostgreSQL's extension directory (for a test
# release a script writes there) and removes that file when the script exits
extension_file() {
  ext_file="$(extension_dir)/$1"
  at_exit "rm -f '$ext_file'"
}

# ---- what CI must have ----
# skip_or_fail WHY: a check that cannot run here (WHY: what is missing) is skipped, status 0;
# under CI=true it fails, status 1 (CI has ../shared beside the clone: its absence is a broken
# set-up, not a reason to pass)
skip_or_fail() {
  if [ "${CI:-}" = true ]; then
    echo "not ok - $1 (CI=true: it must be there)"
    return 1
  fi
  echo "skipped: $1"
}
