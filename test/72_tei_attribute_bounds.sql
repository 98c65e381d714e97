-- pgTAP: import_tei bounds what reaches libxml2 (issue #22, item 11): at most 256 attributes per
-- element and 64 kB per attribute value, counted in one linear pass before parsing (libxml2 2.9
-- compares each attribute with all before it: 60,000 attributes took 8.5 s, and 120,000 ran past
-- a 5 s statement_timeout to 33.9 s).  Timing is asserted only through a statement_timeout.
BEGIN;
SELECT plan(7);

CREATE FUNCTION pg_temp.doc(key text, standoff text) RETURNS text LANGUAGE sql AS $$
  SELECT '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Attrs</title>'
    || '</titleStmt><publicationStmt><date when="2019"/><idno type="bilateral">' || key
    || '</idno></publicationStmt></fileDesc><profileDesc><langUsage><language ident="en"/></langUsage>'
    || '</profileDesc></teiHeader><standOff>' || standoff || '</standOff></TEI>' $$;
CREATE FUNCTION pg_temp.attrs(n int) RETURNS text LANGUAGE sql AS $$
  SELECT string_agg(' a' || g || '="x"', '') FROM generate_series(1, n) g $$;
CREATE FUNCTION pg_temp.rel(extra text) RETURNS text LANGUAGE sql AS $$
  SELECT '<listRelation><relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="1" when="2019"'
    || extra || '><desc>q</desc></relation></listRelation>' $$;
CREATE FUNCTION pg_temp.err(d text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; m text;
BEGIN
    PERFORM * FROM bilateral.import_tei(d);
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN s || ' ' || m;
END $f$;

SELECT is(pg_temp.err(pg_temp.doc('attr_60k', pg_temp.rel(pg_temp.attrs(60000)))), '54000 too many attributes in one element in <relation> at line 1',
          '60,000 attributes on one element: refused before parsing (before: 8.5 s in libxml2)');
SET LOCAL statement_timeout = '5s';
SELECT is(pg_temp.err(pg_temp.doc('attr_120k', pg_temp.rel(pg_temp.attrs(120000)))), '54000 too many attributes in one element in <relation> at line 1',
          '120,000 under a 5 s statement_timeout: our error, not the timeout (before: the timeout fired at 33.9 s)');
RESET statement_timeout;
SELECT is(pg_temp.err(pg_temp.doc('attr_long', pg_temp.rel(' type="' || repeat('x', 70000) || '"'))), '54000 attribute value too long in <relation> at line 1',
          'a 70 kB attribute value is refused before parsing');
SELECT is(pg_temp.err(pg_temp.doc('attr_250', pg_temp.rel(pg_temp.attrs(240)))), 'ok',
          '250 attributes (240 unknown ones) still import');
SELECT is(pg_temp.err(pg_temp.doc('attr_comment', '<!-- ' || repeat('a="x" ', 1000) || ' -->' || pg_temp.rel('')))
                      || pg_temp.err(pg_temp.doc('attr_cdata_pi', '<?pi ' || repeat('a="x" ', 1000) || '?>' || pg_temp.rel(''))), 'okok',
          'what looks like attributes in a comment or a processing instruction is not counted');
SELECT is(pg_temp.err(pg_temp.doc('attr_quoted', pg_temp.rel(' type="' || repeat('=', 1000) || '" subtype=''' || repeat('"=', 300) || ''''))), 'ok',
          '= and the other quote inside a quoted value are not attributes');
SELECT is(length(pg_temp.err(pg_temp.doc('attr_long2', pg_temp.rel(' type="' || repeat('x', 9000000) || '"')))) < 200, true,
          'the error quotes nothing of a 9 MB value');

SELECT * FROM finish();
ROLLBACK;
