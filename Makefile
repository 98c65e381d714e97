# bilateral - PGXS build.  See README.md for the two commands that set up,
# run and test everything.  What a developer runs:
#   make                 build                 make install       install (root)
#   make check           the fast tier: unit tests, then pg_regress and pgTAP (without the
#                        slow files) in a throwaway cluster, bilateral installed into a
#                        temporary folder only (no root needed for the install)
#   make installcheck    pg_regress against a running server (PGXS's; PGHOST, PGPORT...)
#   make test            everything: tools/test.sh, the README's test command and CI's
#   make unit, unit-asan, fuzz   the C core alone
#   make release         the next release (tools/release)
#   make data-changes    record what the unreleased data/ does to the shipped rows
#                        (tools/release --record; commit it with the change)
#   make bench           the benchmark (bench/run.sh, about 9 minutes)

EXTENSION  = bilateral
MODULE_big = bilateral
CORE_OBJS  = src/core/fail.o src/core/bits.o src/core/pdate.o src/core/pdate_pack.o src/core/codes.o src/core/treaty_core.o src/core/position_core.o src/core/wire.o src/core/xmlchars.o src/core/stats_core.o src/core/xmlwrite.o src/core/timeline_layout.o src/core/timeline_draw.o src/core/agreement.o src/core/edtf.o src/core/canon.o src/core/contest.o
TEI_CORE_OBJS = src/core/tei_common.o src/core/tei_read.o src/core/tei_nodes.o src/core/tei_header.o src/core/tei_relations.o src/core/tei_events.o src/core/tei_write.o
OBJS       = src/bilateral.o src/citation.o src/citus.o src/treaty_ref.o src/position.o src/position_gist.o src/position_analyze.o src/position_selfuncs.o src/import.o src/scope.o src/partial_date.o src/timeline.o src/tei.o src/agreement.o src/edtf.o src/panel.o $(TEI_CORE_OBJS) $(CORE_OBJS)
DATA       = $(wildcard extension/bilateral--*.sql)
# installed as share/doc/.../extension/README.bilateral, beside other extensions' READMEs
DOCS       = README.bilateral
EXTRA_CLEAN = README.bilateral

REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=bilateral

PG_CONFIG ?= pg_config
XML2_CONFIG ?= xml2-config
# export only what PostgreSQL looks up (Pg_magic_func, the fmgr functions and
# their pg_finfo_ records, as PostgreSQL 16 does): PGDLLEXPORT marks them, the
# rest is hidden (make check-exports; src/bilateral.h for PostgreSQL 15)
PG_CPPFLAGS = -I$(srcdir)/src $(shell $(XML2_CONFIG) --cflags) -DPGDLLEXPORT='__attribute__((visibility("default")))'
# the library's version, for its errors on a schema not yet updated (src/bilateral.c)
PG_CPPFLAGS += -DBILATERAL_LIBRARY_VERSION='"$(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(srcdir)/bilateral.control)"'
SHLIB_LINK  = $(shell $(XML2_CONFIG) --libs)
# -Wno-unused-parameter: PostgreSQL's own headers (fmgr.h, bufpage.h) trip it under -Wextra
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter

PGXS := $(shell $(PG_CONFIG) --pgxs)
# `make check` is ours: PGXS's only says that it is not supported, and a second recipe for it
# would make every make warn.  So when check is asked for, PGXS is not read; check runs its
# steps with makes of their own, and so does every other goal of the same command line.
# It installs into a temporary DESTDIR, not into PostgreSQL's directories, and its cluster
# (pg_virtualenv -t: a temporary folder, even as root) loads bilateral from there through
# Debian's extension_destdir: two checks on one machine do not meet, and need no lock.
ifeq ($(filter check,$(MAKECMDGOALS)),)
include $(PGXS)
src/bilateral.o: bilateral.control
else
.PHONY: check $(filter-out check,$(MAKECMDGOALS))
check:
	$(MAKE) -s all $(UNIT_TESTS)
	prove $(UNIT_TESTS)
	tools/sqltree check
	d=$$(mktemp -d "$${TMPDIR:-/tmp}/bilateral-check.XXXXXX") && chmod 755 "$$d" && \
	trap 'rm -rf "$$d"' EXIT INT TERM && \
	$(MAKE) -s install DESTDIR="$$d" >/dev/null && \
	pg_virtualenv -t -v 15 -o "extension_destdir=$$d" tools/test/check-in-cluster.sh
$(filter-out check,$(MAKECMDGOALS)):
	$(MAKE) $@
endif

all: README.bilateral
README.bilateral: README.md
	cp README.md $@

# no JIT bitcode: it would need the exact clang the server was built with
override with_llvm = no

# after PGXS, so that a PG_CFLAGS given on the command line keeps it
override CFLAGS += -fvisibility=hidden

# bilateral.so exports only what PostgreSQL looks up, and every symbol the
# release scripts name (test/unit/check_exports.sh)
.PHONY: check-exports
check-exports: $(shlib)
	test/unit/check_exports.sh $(shlib)

# ---- the plain C core, without a server ----
# test_core: types and calendar; test_edtf: EDTF in and out (its vectors:
# test/unit/edtf_vectors.sql); test_timeline: the XML writer and the timeline
# against golden SVGs; test_tei: the TEI reader and writer (libxml2); test_agreement:
# the agreement measures against published examples and brute force
CORE_SRC = $(CORE_OBJS:.o=.c)
CORE_HDR = $(wildcard src/core/*.h) test/unit/tap.h
TEI_CORE_SRC = $(TEI_CORE_OBJS:.o=.c)
UNIT_CFLAGS = -std=c99 -g -O1 -Wall -Wextra -Werror -Isrc
UNIT_TESTS = test/unit/test_core test/unit/test_timeline test/unit/test_tei test/unit/test_agreement test/unit/test_edtf
ASAN = -fsanitize=address,undefined -fno-sanitize-recover=all
.PHONY: unit unit-asan core-deps test fuzz
test/unit/test_core test/unit/test_timeline test/unit/test_agreement test/unit/test_edtf: test/unit/%: test/unit/%.c $(CORE_SRC) $(CORE_HDR)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRC) -lm
test/unit/test_core_asan test/unit/test_timeline_asan test/unit/test_agreement_asan test/unit/test_edtf_asan: test/unit/%_asan: test/unit/%.c $(CORE_SRC) $(CORE_HDR)
	clang $(UNIT_CFLAGS) $(ASAN) -o $@ $< $(CORE_SRC) -lm
# the TEI reader's libxml2 SAX hooks take parameters they do not use (PG_CFLAGS says the same)
test/unit/test_tei: test/unit/test_tei.c $(CORE_SRC) $(TEI_CORE_SRC) $(CORE_HDR)
	$(CC) $(UNIT_CFLAGS) -Wno-unused-parameter $(shell $(XML2_CONFIG) --cflags) -o $@ $< $(TEI_CORE_SRC) $(CORE_SRC) $(shell $(XML2_CONFIG) --libs) -lm
test/unit/test_tei_asan: test/unit/test_tei.c $(CORE_SRC) $(TEI_CORE_SRC) $(CORE_HDR)
	clang $(UNIT_CFLAGS) -Wno-unused-parameter $(ASAN) $(shell $(XML2_CONFIG) --cflags) -o $@ $< $(TEI_CORE_SRC) $(CORE_SRC) $(shell $(XML2_CONFIG) --libs) -lm
# no circle between the core's object files (what each defines and uses, by nm)
core-deps: $(CORE_OBJS) $(TEI_CORE_OBJS)
	test/unit/check_core_deps.sh $^
unit: $(UNIT_TESTS) $(CORE_OBJS) $(TEI_CORE_OBJS)
	CORE_OBJECTS="$(CORE_OBJS) $(TEI_CORE_OBJS)" prove -v $(UNIT_TESTS) test/unit/check_core_deps.sh
unit-asan: $(UNIT_TESTS:%=%_asan)
	prove $(UNIT_TESTS:%=%_asan)

# ---- releases: extension/bilateral--X--Y.sql is written by tools/release from
# extension/next/*.sql and data/ (the data package), then frozen ----
.PHONY: release data-changes validate-data
release:
	tools/release $(VERSION)
data-changes:
	tools/release --record
validate-data:
	tools/datapkg validate

# make test: everything the README's test command runs
test:
	tools/test.sh

# the benchmark against the plain-SQL baseline (docs/benchmark.md)
.PHONY: bench
bench:
	bench/run.sh

# PGXN: a zip of the committed tree, named after META.json's version
DIST_VERSION = $(shell sed -n 's/^   "version": "\(.*\)",/\1/p' META.json | head -1)
.PHONY: dist
dist:
	git archive --format=zip --prefix=bilateral-$(DIST_VERSION)/ -o bilateral-$(DIST_VERSION).zip HEAD
	@echo "wrote bilateral-$(DIST_VERSION).zip"

clean: clean-unit
clean-unit:
	rm -f $(UNIT_TESTS) $(UNIT_TESTS:%=%_asan)
	$(MAKE) -s -C fuzz clean

# libFuzzer harnesses of the core (docs/fuzzing.md): a bounded smoke run
fuzz:
	$(MAKE) -C fuzz smoke
