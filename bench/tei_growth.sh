#!/bin/sh
# bench/tei_growth.sh: how the TEI reader's time grows with the document (not a test).
#
#   bench/tei_growth.sh [psql connection options]     e.g. -d bilateral, or PG* variables
#   TEI_GROWTH_SIZES=1000,2000,4000 TEI_GROWTH_IMPORT_SIZES=1000,2000 bench/tei_growth.sh ...   (other sizes)
#
# Needs a database with the extension.  For N = 8k, 16k, 32k relations in ONE
# <listRelation type="claim"> (the shape that made the reader quadratic), and for the same
# number of non-matching <desc> beside them, it times bilateral.import_tei() on a document whose
# last relation is bad (so the whole document is read and nothing is written: the reader alone),
# then a full import of 8k/16k claims (reader plus rows, rolled back).  Prints seconds and the
# ratio to the previous size: a linear reader doubles (ratio ~2), a quadratic one quadruples.
set -eu
psql -X -q -v ON_ERROR_STOP=1 -v sizes="${TEI_GROWTH_SIZES:-8000,16000,32000}" -v import_sizes="${TEI_GROWTH_IMPORT_SIZES:-4000,8000,16000}" "$@" <<'SQL'
SET client_min_messages = warning;
BEGIN;
CREATE FUNCTION pg_temp.doc(n int, ndesc int, key text, bad_last bool) RETURNS xml LANGUAGE sql AS $f$
  SELECT ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Growth</title></titleStmt>'
    || '<publicationStmt><date when="2019"/><idno type="bilateral">' || key || '</idno></publicationStmt></fileDesc>'
    || '<profileDesc><langUsage><language ident="en"/></langUsage></profileDesc></teiHeader>'
    || '<standOff><listRelation type="claim">'
    || (SELECT coalesce(string_agg('<desc type="other">d</desc>', ''), '') FROM generate_series(1, ndesc))
    || string_agg(format('<relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="%s" when="2019"><desc>quote %s</desc></relation>',
                         CASE WHEN bad_last AND i = n THEN '9' ELSE '+1' END, i), E'\n')
    || '</listRelation></standOff></TEI>')::xml
  FROM generate_series(1, n) i
$f$;
CREATE FUNCTION pg_temp.secs(d xml) RETURNS numeric LANGUAGE plpgsql AS $f$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
  BEGIN
    PERFORM * FROM bilateral.import_tei(d);
    RAISE EXCEPTION 'rollback' USING ERRCODE = 'P0001';
  EXCEPTION WHEN invalid_parameter_value OR raise_exception THEN NULL;
  END;
  RETURN round(extract(epoch FROM clock_timestamp() - t0)::numeric, 3);
END $f$;
CREATE TEMP TABLE r(what text, n int, s numeric);
INSERT INTO r SELECT 'reader, relations only', n, pg_temp.secs(pg_temp.doc(n, 0, 'growth', true)) FROM unnest(string_to_array(:'sizes', ',')::int[]) n;
INSERT INTO r SELECT 'reader, as many other <desc>', n, pg_temp.secs(pg_temp.doc(n, n, 'growth', true)) FROM unnest(string_to_array(:'sizes', ',')::int[]) n;
INSERT INTO r SELECT 'full import (rolled back)', n, pg_temp.secs(pg_temp.doc(n, 0, 'growth', false)) FROM unnest(string_to_array(:'import_sizes', ',')::int[]) n;
SELECT what, n AS relations, s AS seconds,
       round(s / nullif(lag(s) OVER (PARTITION BY what ORDER BY n), 0), 2) AS ratio_to_half
FROM r ORDER BY what, n;
ROLLBACK;
SQL
