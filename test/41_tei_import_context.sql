-- pgTAP: import_tei runs without a subtransaction per row, and its errors keep what
-- PostgreSQL gave them (SQLSTATE, constraint, table) with a CONTEXT line naming the TEI
-- element, line and value, the way COPY names the line it failed on (docs/tei.md).
BEGIN;
SELECT plan(14);
SET search_path TO bilateral, public;

-- a document of 100 claims and 2 events
CREATE TEMP TABLE big (body text);
INSERT INTO big
SELECT '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
       || '<titleStmt><title>Many claims</title><author>A</author></titleStmt>'
       || '<publicationStmt><publisher>P</publisher><date when="2019"/><idno type="bilateral">tap_subxact</idno></publicationStmt>'
       || '</fileDesc><profileDesc><langUsage><language ident="en"/></langUsage></profileDesc></teiHeader>'
       || '<standOff><listRelation>'
       || string_agg(format(E'\n<relation name="stance" active="#JPN" passive="#RUS" ana="#energy" n="%s" from="%s"><desc>claim %s</desc></relation>',
                            (i % 5) - 2, 1900 + i, i), '' ORDER BY i)
       || E'</listRelation>\n<listEvent>'
       || E'<event when="2016-12-15" type="summit" corresp="#JPN #RUS"><label>x</label><desc>q</desc></event>'
       || E'<event when="2018-11-14" type="summit" corresp="#JPN #RUS"><label>y</label><desc>q</desc></event>'
       || '</listEvent></standOff></TEI>'
  FROM generate_series(1, 100) i;

-- a row's xmin is the transaction id of the (sub)transaction that wrote it: an import with a
-- subtransaction per row gives each row its own.  (The transactionid locks in pg_locks do not
-- show it: a subtransaction releases its lock when it commits.)
-- (imported by a plain statement: pgTAP's own functions run in a subtransaction)
CREATE TEMP TABLE imported AS SELECT * FROM import_tei((SELECT body FROM big)::xml);
SELECT is((SELECT (source_key, claims, events)::text FROM imported), '(tap_subxact,100,2)',
          'a document of 100 claims and 2 events imports');
-- (on a distributed install each table's rows are written over one of Citus's connections, in a
-- transaction of that node: one xmin per table there)
SELECT is(ARRAY[(SELECT count(DISTINCT xmin::text)::int FROM source WHERE source_key = 'tap_subxact'),
                (SELECT count(DISTINCT xmin::text)::int FROM position_claim WHERE source_key = 'tap_subxact'),
                (SELECT count(DISTINCT xmin::text)::int FROM event WHERE source_key = 'tap_subxact')]
          || CASE WHEN is_distributed() THEN ARRAY[]::int[] ELSE ARRAY[(SELECT count(DISTINCT x)::int FROM (
                   SELECT xmin::text FROM source WHERE source_key = 'tap_subxact'
                   UNION ALL SELECT xmin::text FROM position_claim WHERE source_key = 'tap_subxact'
                   UNION ALL SELECT xmin::text FROM event WHERE source_key = 'tap_subxact') r(x))] END,
          ARRAY[1, 1, 1] || CASE WHEN is_distributed() THEN ARRAY[]::int[] ELSE ARRAY[1] END,
          'the source, the 100 claims and the 2 events were each written by one transaction (on one server all by the same): no subtransactions');
SELECT CASE WHEN is_distributed()
            THEN skip('the rows are written over Citus''s connections, in transactions of their own', 1)
            ELSE is((SELECT DISTINCT xmin::text FROM position_claim WHERE source_key = 'tap_subxact'),
                    xid(pg_current_xact_id())::text, 'and that transaction is the caller''s own') END;
SELECT is((SELECT count(*)::int FROM position_claim WHERE source_key = 'tap_subxact'), 100, 'all 100 claims are in');

-- an error PostgreSQL raises keeps its SQLSTATE, constraint and table, and gains a CONTEXT
-- line with the element, line and value; the wrapper below reads those fields
CREATE TEMP TABLE caught (sqlstate text, message text, constraint_name text, table_name text, context text);
CREATE FUNCTION pg_temp.catch(doc text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE s text; m text; c text; t text; x text;
BEGIN
  PERFORM * FROM bilateral.import_tei(doc::xml);
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, c = CONSTRAINT_NAME,
                          t = TABLE_NAME, x = PG_EXCEPTION_CONTEXT;
  INSERT INTO caught VALUES (s, m, c, t, x);
END $f$;

-- a constraint of the table (added here, rolled back at the end) refuses claim 13: the error
-- is the table's own, and its context names the relation's line
ALTER TABLE position_claim ADD CONSTRAINT tap_not_claim_13 CHECK (quote <> 'claim 13') NOT VALID;
SELECT pg_temp.catch(replace((SELECT body FROM big), 'tap_subxact', 'tap_subxact_2'));
-- (on a distributed install the error comes from the worker: Citus passes on its SQLSTATE and
-- message, which name the shard, and drops the constraint and table fields; docs/scale.md)
SELECT is((SELECT (sqlstate, constraint_name, table_name)::text FROM caught),
          CASE WHEN is_distributed() THEN '(23514,"","")' ELSE '(23514,tap_not_claim_13,position_claim)' END,
          'a check violation keeps its SQLSTATE, constraint and table');
SELECT matches((SELECT message FROM caught),
               CASE WHEN is_distributed()
                    THEN '^new row for relation "position_claim_[0-9]+" violates check constraint "tap_not_claim_13_[0-9]+"$'
                    ELSE '^new row for relation "position_claim" violates check constraint "tap_not_claim_13"$' END,
               'and PostgreSQL''s own message');
SELECT matches((SELECT context FROM caught), E'\nimport_tei, <relation> at line 14\n',
               'its last CONTEXT line names the element and line of claim 13');
DELETE FROM caught;
ALTER TABLE position_claim DROP CONSTRAINT tap_not_claim_13;

-- the same for an event
ALTER TABLE event ADD CONSTRAINT tap_not_y CHECK (name_en <> 'y') NOT VALID;
SELECT pg_temp.catch(replace((SELECT body FROM big), 'tap_subxact', 'tap_subxact_3'));
SELECT is((SELECT (sqlstate, constraint_name, table_name)::text FROM caught),
          CASE WHEN is_distributed() THEN '(23514,"","")' ELSE '(23514,tap_not_y,event)' END,
          'an event''s check violation keeps its fields');
SELECT matches((SELECT context FROM caught), E'\nimport_tei, <event> at line 102\n',
               'and names the <event> and its line');
DELETE FROM caught;
ALTER TABLE event DROP CONSTRAINT tap_not_y;

-- errors of the import itself: the value in the context line
SELECT pg_temp.catch(replace(replace((SELECT body FROM big), 'tap_subxact', 'tap_subxact_4'),
                             'passive="#RUS" ana="#energy" n="2" from="1904"', 'passive="#XYZ" ana="#energy" n="2" from="1904"'));
SELECT is((SELECT (sqlstate, message)::text FROM caught), '(22023,"unknown actor: ""XYZ""")',
          'an unknown actor: actor_code''s own error');
SELECT matches((SELECT context FROM caught), E'\nimport_tei, <relation> at line 5: passive="#XYZ"\n',
               'its context names the element, line and value');
DELETE FROM caught;
SELECT pg_temp.catch(replace(replace((SELECT body FROM big), 'tap_subxact', 'tap_subxact_5'),
                             'ana="#energy" n="-2" from="1905"', 'ana="#fishing" n="-2" from="1905"'));
SELECT is((SELECT (sqlstate, message, substring(context from 'import_tei, [^\n]*'))::text FROM caught), '(22023,"unknown issue","import_tei, <relation> at line 6: ana=""#fishing""")',
          'an unknown issue: 22023, the element, line and value');
DELETE FROM caught;
SELECT pg_temp.catch((SELECT body FROM big));
SELECT is((SELECT (sqlstate, message, substring(context from 'import_tei, [^\n]*'))::text FROM caught), '(23505,"source key already exists","import_tei, <idno> at line 1: ""tap_subxact""")',
          'a key that exists: 23505, the <idno> and the key');
SELECT is((SELECT count(*)::int FROM source WHERE source_key LIKE 'tap\_subxact\_%'), 0, 'nothing of the refused imports stays');

SELECT * FROM finish();
ROLLBACK;
