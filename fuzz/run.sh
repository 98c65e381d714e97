#!/bin/sh
# fuzz/run.sh MODE HARNESS... - what fuzz/Makefile runs (see docs/fuzzing.md).
#   replay    each harness once over corpus/<h>/ and regressions/<h>/ (-runs=0)
#   smoke     replay, then fuzz the harnesses for SMOKE_BUDGET seconds in all (default 90),
#             shared equally (at least 5 s each)
#   long      fuzz each harness FUZZ_LONG_TIME seconds (default 3600), with
#             FUZZ_JOBS worker processes (libFuzzer -fork) when more than 1
#   coverage  line coverage of src/core by corpus/<h> and build/work/<h> (an
#             input that crashes would lose the profile: regressions are left out)
# Every harness runs even when one fails; the exit status is 1 if any failed.
# A crash is saved as build/artifacts/<h>/crash-<sha1> (or leak-, timeout-,
# oom-); docs/fuzzing.md says how it becomes a regression.
set -u
cd "$(dirname "$0")"
mode=$1
shift
failed=""

# per harness: the longest useful input and a dictionary
opts() {
	case $1 in
	pdate)           echo "-max_len=16 -dict=dict/pdate.dict" ;;
	treaty)          echo "-max_len=512 -dict=dict/treaty.dict" ;;
	treaty_unpack)   echo "-max_len=160" ;;
	treaty_recv)     echo "-max_len=256" ;;
	position)        echo "-max_len=160 -dict=dict/position.dict" ;;
	position_unpack) echo "-max_len=48" ;;
	position_recv)   echo "-max_len=64" ;;
	tei)             echo "-max_len=16384 -dict=dict/tei.dict" ;;
	esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

dirs() {
	d="corpus/$1"
	[ -d "regressions/$1" ] && d="$d regressions/$1"
	echo "$d"
}

replay() {
	h=$1
	mkdir -p "build/logs"
	log="build/logs/$h.replay.log"
	n=$(find $(dirs "$h") -type f | wc -l)
	mkdir -p "build/artifacts/$h"
	if "build/fuzz_$h" $(opts "$h") -runs=0 -artifact_prefix="build/artifacts/$h/" $(dirs "$h") >"$log" 2>&1; then
		echo "replay $h: $n inputs, ok"
	else
		echo "replay $h: FAILED (an input of corpus/$h or regressions/$h crashes); log: fuzz/$log"
		grep -A1 -E 'INVARIANT FAILED|ERROR: |runtime error|^SUMMARY' "$log" | head -20
		failed="$failed replay:$h"
	fi
}

fuzz() {
	h=$1
	secs=$2
	mkdir -p "build/work/$h" "build/artifacts/$h" "build/logs"
	log="build/logs/$h.fuzz.log"
	extra=""
	[ "${FUZZ_JOBS:-1}" -gt 1 ] && extra="-fork=$FUZZ_JOBS -ignore_crashes=0"
	# the first directory is written to (new inputs); the seeds are read only
	if "build/fuzz_$h" $(opts "$h") $extra -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="build/artifacts/$h/" \
		"build/work/$h" $(dirs "$h") >"$log" 2>&1; then
		status=ok
	else
		status=FAILED
		failed="$failed fuzz:$h"
	fi
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	last=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -E 's/^#([0-9]+)[[:space:]]+[A-Z]+[[:space:]]+//; s/ lim:.*//; s/ exec\/s:.*//')
	echo "fuzz $h: $status (limit ${secs}s); ${execs:-?} execs; $last; log: fuzz/$log"
	if [ $status = FAILED ]; then
		grep -A1 -E "INVARIANT FAILED|ERROR: |runtime error|^SUMMARY|Test unit written" "$log" | head -20
		ls "build/artifacts/$h/" | sed "s|^|  fuzz/build/artifacts/$h/|"
	fi
}

coverage() {
	mkdir -p build/cov/profiles
	rm -f build/cov/profiles/*.profraw
	objs=""
	for h in "$@"; do
		mkdir -p "build/work/$h"
		LLVM_PROFILE_FILE="build/cov/profiles/$h.profraw" \
			"build/cov/fuzz_$h" -runs=0 "build/work/$h" "corpus/$h" >"build/logs/$h.cov.log" 2>&1 ||
			failed="$failed cov:$h"
		if [ -z "$objs" ]; then objs="build/cov/fuzz_$h"; else objs="$objs -object build/cov/fuzz_$h"; fi
	done
	llvm-profdata-14 merge -sparse build/cov/profiles/*.profraw -o build/cov/all.profdata
	# shellcheck disable=SC2086
	llvm-cov-14 report $objs -instr-profile=build/cov/all.profdata ${SRC:-../src}/core/*.c
}

mkdir -p build/logs
case $mode in
replay)
	for h in "$@"; do replay "$h"; done ;;
smoke)
	for h in "$@"; do replay "$h"; done
	each=$(( ${SMOKE_BUDGET:-90} / $# ))
	[ "$each" -ge 5 ] || each=5
	echo "fuzzing $# harnesses ${each} s each (SMOKE_BUDGET=${SMOKE_BUDGET:-90} s in all)"
	for h in "$@"; do fuzz "$h" "$each"; done ;;
long)
	for h in "$@"; do fuzz "$h" "${FUZZ_LONG_TIME:-3600}"; done ;;
coverage)
	coverage "$@" ;;
*)
	echo "usage: $0 replay|smoke|long|coverage HARNESS..." >&2; exit 2 ;;
esac
if [ -n "$failed" ]; then
	echo "FAILED:$failed"
	exit 1
fi
echo "all passed"
