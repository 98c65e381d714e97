-- bench/scale/import.sql: import_claims() of the 1M generated claims by an ordinary role, against
-- COPY of the same final rows into a plain table with the same columns and indexes as
-- position_claim (no row level security, no foreign keys, no checks).  psql -v tag=... -v dir=...
-- (dir: a directory the server can write and read).  Run as a superuser.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
DROP TABLE IF EXISTS scale.copy_target, scale.staging;
DROP ROLE IF EXISTS bench_importer;
CREATE ROLE bench_importer NOLOGIN;
GRANT INSERT ON scale.result TO bench_importer;
GRANT USAGE ON SCHEMA scale TO bench_importer;
GRANT EXECUTE ON PROCEDURE scale.timeit(text, text, text, text) TO bench_importer;

-- the staging file a researcher would \copy: position literal, quote, locator
SELECT format('COPY (SELECT literal AS position, ''Words of claim '' || i AS quote, ''row '' || i AS locator FROM scale.gen ORDER BY i) TO %L (FORMAT csv, HEADER)',
              :'dir' || '/staging.csv') AS q \gexec

-- the baseline: the same final rows (as import_claims writes them) COPYed into a plain table with
-- position_claim's columns, defaults, generated columns and indexes
CREATE TABLE scale.copy_target (LIKE bilateral.position_claim INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING INDEXES);
SET ROLE bench_importer;
SELECT bilateral.add_source('bench_import', 'Generated claims', 'bench', DATE '2024-01-01', 'en') \g /dev/null
RESET ROLE;
SELECT format($q$COPY (SELECT g.literal AS position, 'bench_import' AS source_key, 'row ' || g.i AS locator,
                             'Words of claim ' || g.i AS quote, 'en' AS quote_lang,
                             format('According to %%s, %%s holds a %%s (%%s) stance toward %%s on %%s from %%s to %%s.',
                                    'bench_import', bilateral.actor(p), bilateral.stance_label(p),
                                    CASE WHEN bilateral.stance(p) > 0 THEN '+' ELSE '' END || bilateral.stance(p),
                                    bilateral.counterpart(p), bilateral.issue(p),
                                    coalesce(bilateral.valid_from(p)::text, 'an open start'),
                                    coalesce(bilateral.valid_to(p)::text, 'an open end')) AS statement_en,
                             'state' AS voice
                        FROM scale.gen g CROSS JOIN LATERAL (SELECT g.literal::bilateral.bilateral_position AS p) x ORDER BY g.i)
                 TO %L (FORMAT csv, HEADER)$q$, :'dir' || '/final.csv') AS q \gexec
CHECKPOINT;
SELECT format($q$CALL scale.timeit(%L, 'plain', 'copy_final_rows', %L)$q$, :'tag',
              format('COPY scale.copy_target (position, source_key, locator, quote, quote_lang, statement_en, voice) FROM %L (FORMAT csv, HEADER)',
                     :'dir' || '/final.csv')) AS q \gexec

-- the import: \copy into the researcher's staging table, then import_claims() as that researcher
CREATE TABLE scale.staging (position text, quote text, locator text);
ALTER TABLE scale.staging OWNER TO bench_importer;
CHECKPOINT;
SELECT format($q$CALL scale.timeit(%L, 'ext', 'copy_staging', %L)$q$, :'tag',
              format('COPY scale.staging FROM %L (FORMAT csv, HEADER)', :'dir' || '/staging.csv')) AS q \gexec
CHECKPOINT;
SET ROLE bench_importer;
CALL scale.timeit(:'tag', 'ext', 'import_claims', $$SELECT bilateral.import_claims('bench_import', 'scale.staging')$$);
RESET ROLE;
INSERT INTO scale.fact VALUES
    (:'tag', 'ext', 'imported_rows', (SELECT count(*) FROM bilateral.position_claim WHERE source_key = 'bench_import')),
    (:'tag', 'plain', 'copied_rows', (SELECT count(*) FROM scale.copy_target)),
    (:'tag', 'ext', 'imported_owned_by_importer', (SELECT count(*) FROM bilateral.position_claim WHERE source_key = 'bench_import' AND owner = 'bench_importer'));
-- the rows agree
SELECT CASE WHEN EXISTS (SELECT position, locator, quote, statement_en FROM bilateral.position_claim WHERE source_key = 'bench_import'
                         EXCEPT SELECT position, locator, quote, statement_en FROM scale.copy_target)
            THEN 'import and COPY rows differ' END AS problem \gset
\if :{?problem}
\endif
