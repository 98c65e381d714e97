# bilateral - PGXS build.  See README.md for the two commands that set up,
# run and test everything.

EXTENSION  = bilateral
MODULE_big = bilateral
CORE_OBJS  = src/core/pdate.o src/core/codes.o src/core/treaty_core.o src/core/position_core.o src/core/xmlchars.o
OBJS       = src/bilateral.o src/treaty_ref.o src/position.o src/position_gist.o src/partial_date.o src/timeline.o src/tei.o src/core/tei_core.o $(CORE_OBJS)
DATA       = $(wildcard extension/bilateral--*.sql)
DOCS       = README.md

REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=bilateral

PG_CONFIG ?= pg_config
XML2_CONFIG ?= xml2-config
PG_CPPFLAGS = -I$(srcdir)/src $(shell $(XML2_CONFIG) --cflags)
SHLIB_LINK  = $(shell $(XML2_CONFIG) --libs)
# -Wno-unused-parameter: PostgreSQL's own headers (fmgr.h, bufpage.h) trip it under -Wextra
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# no JIT bitcode: it would need the exact clang the server was built with
override with_llvm = no

# ---- the plain C core, without a server ----
CORE_SRC = $(CORE_OBJS:.o=.c)
UNIT_CFLAGS = -std=c99 -g -O1 -Wall -Wextra -Werror -Isrc
.PHONY: unit unit-asan scripts check-scripts test installcheck-tap fuzz
test/unit/test_core: test/unit/test_core.c $(CORE_SRC) src/core/bl_core.h src/core/bl_internal.h src/core/bl_xmlchars.h
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/test_core.c $(CORE_SRC)
test/unit/test_core_asan: test/unit/test_core.c $(CORE_SRC) src/core/bl_core.h src/core/bl_internal.h src/core/bl_xmlchars.h
	clang $(UNIT_CFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=all -o $@ test/unit/test_core.c $(CORE_SRC)
unit: test/unit/test_core
	prove -v test/unit/test_core
unit-asan: test/unit/test_core_asan
	prove test/unit/test_core_asan

# ---- extension scripts, assembled from extension/parts/<version>/ while a
# version is being written; released versions are frozen files ----
# the versions still assembled from parts: DIR:SCRIPT:COMMAND
# 1.0 is released and frozen: extension/bilateral--1.0.sql is its only source now.
ASSEMBLED = 1.1:bilateral--1.0--1.1.sql:ALTER EXTENSION bilateral UPDATE TO '1.1'
scripts check-scripts:
	@echo "$(ASSEMBLED)" | tr ';' '\n' | while IFS=: read -r dir script cmd; do \
	  [ -n "$$dir" ] || continue; \
	  if [ $@ = scripts ]; then tools/assemble-script extension/parts/$$dir extension/$$script "$$cmd"; \
	  else tools/assemble-script extension/parts/$$dir /tmp/bilateral-check-$$script "$$cmd" >/dev/null && \
	    cmp -s /tmp/bilateral-check-$$script extension/$$script || \
	    { echo "extension/$$script differs from extension/parts/$$dir: run make scripts"; exit 1; }; fi; done

# PGXN: a zip of the committed tree, named after META.json's version
DIST_VERSION = $(shell sed -n 's/^   "version": "\(.*\)",/\1/p' META.json | head -1)
.PHONY: dist
dist:
	git archive --format=zip --prefix=bilateral-$(DIST_VERSION)/ -o bilateral-$(DIST_VERSION).zip HEAD
	@echo "wrote bilateral-$(DIST_VERSION).zip"

clean: clean-unit
clean-unit:
	rm -f test/unit/test_core test/unit/test_core_asan
	$(MAKE) -s -C fuzz clean

# libFuzzer harnesses of the core (docs/fuzzing.md): a bounded smoke run
fuzz:
	$(MAKE) -C fuzz smoke
