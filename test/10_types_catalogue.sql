-- pgTAP: the catalogue of the two types (types, functions, operators,
-- operator classes, casts, volatility and parallel markings) and behaviour.
BEGIN;
SELECT plan(54);
SET search_path TO bilateral, public;

SELECT has_type('bilateral', 'treaty_ref', 'type treaty_ref');
SELECT has_type('bilateral', 'bilateral_position', 'type bilateral_position');

-- constructors and accessors, with their signatures and return types
SELECT has_function('bilateral', 'make_treaty_ref', ARRAY['text[]', 'text', 'text']);
SELECT function_returns('bilateral', 'parties', ARRAY['treaty_ref'], 'text[]');
SELECT function_returns('bilateral', 'signed_on', ARRAY['treaty_ref'], 'date');
SELECT function_returns('bilateral', 'signed_precision', ARRAY['treaty_ref'], 'text');
SELECT function_returns('bilateral', 'slug', ARRAY['treaty_ref'], 'text');
SELECT function_returns('bilateral', 'to_akn_uri', ARRAY['treaty_ref'], 'text');
SELECT has_function('bilateral', 'make_position', ARRAY['text', 'text', 'text', 'integer', 'text', 'text']);
SELECT function_returns('bilateral', 'actor', ARRAY['bilateral_position'], 'text');
SELECT function_returns('bilateral', 'counterpart', ARRAY['bilateral_position'], 'text');
SELECT function_returns('bilateral', 'issue', ARRAY['bilateral_position'], 'text');
SELECT function_returns('bilateral', 'stance', ARRAY['bilateral_position'], 'integer');
SELECT function_returns('bilateral', 'stance_label', ARRAY['bilateral_position'], 'text');
SELECT function_returns('bilateral', 'valid_from', ARRAY['bilateral_position'], 'date');
SELECT function_returns('bilateral', 'valid_to', ARRAY['bilateral_position'], 'date');
SELECT function_returns('bilateral', 'valid_period', ARRAY['bilateral_position'], 'daterange');
SELECT function_returns('bilateral', 'possibly_at', ARRAY['bilateral_position', 'date'], 'boolean');
SELECT function_returns('bilateral', 'certainly_at', ARRAY['bilateral_position', 'date'], 'boolean');

-- operators
SELECT has_operator('treaty_ref', 'bilateral', '=', 'treaty_ref', 'boolean', 'treaty_ref = treaty_ref');
SELECT has_operator('treaty_ref', 'bilateral', '<', 'treaty_ref', 'boolean', 'treaty_ref < treaty_ref');
SELECT has_operator('bilateral_position', 'bilateral', '=', 'bilateral_position', 'boolean', 'bilateral_position = bilateral_position');
SELECT has_operator('bilateral_position', 'bilateral', '<>', 'bilateral_position', 'boolean', 'bilateral_position <> bilateral_position');
SELECT has_operator('bilateral_position', 'bilateral', '&&', 'bilateral_position', 'boolean', 'bilateral_position && bilateral_position');
SELECT has_operator('bilateral_position', 'bilateral', '@>', 'date', 'boolean', 'bilateral_position @> date');
SELECT has_operator('bilateral_position', 'bilateral', '&&', 'daterange', 'boolean', 'bilateral_position && daterange');

-- operator classes
SELECT has_opclass('bilateral', 'treaty_ref_ops', 'btree opclass for treaty_ref');
SELECT has_opclass('bilateral', 'treaty_ref_hash_ops', 'hash opclass for treaty_ref');
SELECT has_opclass('bilateral', 'bilateral_position_ops', 'btree opclass for bilateral_position');
SELECT has_opclass('bilateral', 'bilateral_position_hash_ops', 'hash opclass for bilateral_position');
SELECT has_opclass('bilateral', 'bilateral_position_gist_ops', 'GiST opclass for bilateral_position');
SELECT is((SELECT count(*)::int FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily
           JOIN pg_am am ON am.oid = f.opfmethod
           WHERE f.opfnamespace = 'bilateral'::regnamespace AND am.amname = 'hash' AND p.amprocnum = 2),
          2, 'both hash opclasses have the extended hash (support function 2)');
SELECT ok(EXISTS (SELECT 1 FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily
                  WHERE f.opfname = 'bilateral_position_gist_ops' AND p.amprocnum = 11),
          'the GiST opclass has sortsupport (sorted build)');

-- casts to text and jsonb, both ways where it makes sense
SELECT has_cast('treaty_ref', 'text', 'cast treaty_ref to text');
SELECT has_cast('text', 'treaty_ref', 'cast text to treaty_ref');
SELECT has_cast('treaty_ref', 'jsonb', 'cast treaty_ref to jsonb');
SELECT has_cast('bilateral_position', 'text', 'cast bilateral_position to text');
SELECT has_cast('text', 'bilateral_position', 'cast text to bilateral_position');
SELECT has_cast('bilateral_position', 'jsonb', 'cast bilateral_position to jsonb');

-- every C function of the two types is IMMUTABLE and PARALLEL SAFE; all but
-- the two constructors (NULL means an open end), to_edtf() of a period (NULL means an unknown
-- end or no qualifier) and the support functions of the panels' aggregates (an internal state that
-- starts NULL) are STRICT.  The C functions
-- that read or write tables, or the session, are marked for what they do.
CREATE TEMP VIEW type_c_functions AS
    SELECT p.* FROM pg_proc p
     WHERE p.pronamespace = 'bilateral'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
       AND p.proname NOT IN ('import_tei', 'export_tei', 'timeline_svg', 'calling_role', 'may_edit', 'in_scope',
                             'position_analyze', 'position_sel', 'position_joinsel', 'position_stats',
                             'local_execution_avoidable', 'delete_row', 'delete_source', 'import_claims_rows', 'row_owner',
                             -- the agreement aggregates' transitions see NULLs (missing values, refused keys)
                             'agreement_level_step', 'agreement_weights_step', 'agreement_text_step',
                             'agreement_interval_step', 'agreement_span_step',
                             'create_coding_task', 'add_coding', 'task_progress', 'close_task', 'adjudicate',
                             'adjudicate_claim', 'dismiss_coding');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM type_c_functions p WHERE p.provolatile <> 'i' ORDER BY 1),
          ARRAY[]::text[], 'every C function of the types is IMMUTABLE');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM type_c_functions p WHERE p.proparallel <> 's' ORDER BY 1),
          ARRAY[]::text[], 'every C function of the types is PARALLEL SAFE');
SELECT is(ARRAY(SELECT DISTINCT p.proname::text FROM type_c_functions p WHERE NOT p.proisstrict ORDER BY 1),
          ARRAY['make_position', 'make_treaty_ref', 'source_keys_accum', 'source_keys_final',
                'stances_share_a_day_accum', 'stances_share_a_day_final', 'to_edtf'],
          'only the constructors, to_edtf() of a period and the panels'' aggregate support functions are not STRICT');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM type_c_functions p WHERE NOT p.proisstrict AND p.proname = 'to_edtf'),
          ARRAY['to_edtf(text,text,text,text,boolean)'], 'of the to_edtf() functions, only that of a period is not STRICT');
SELECT is(ARRAY(SELECT p.proname || ':' || p.provolatile::text || p.proparallel::text || CASE WHEN p.proisstrict THEN ' strict' ELSE '' END
                  FROM pg_proc p WHERE p.pronamespace = 'bilateral'::regnamespace
                   AND p.proname IN ('import_tei', 'export_tei', 'timeline_svg', 'calling_role', 'may_edit', 'in_scope',
                                     'position_analyze', 'position_sel', 'position_joinsel', 'position_stats',
                                     'local_execution_avoidable', 'delete_row', 'delete_source', 'import_claims_rows') ORDER BY 1),
          ARRAY['calling_role:ss', 'delete_row:vu', 'delete_source:vu', 'export_tei:ss strict', 'import_claims_rows:vu', 'import_tei:vu strict', 'import_tei:vu strict', 'in_scope:ss', 'local_execution_avoidable:vs', 'may_edit:ss',
                'position_analyze:vs strict', 'position_joinsel:ss strict', 'position_sel:ss strict', 'position_stats:ss',
                'timeline_svg:ss'],
          'export_tei and timeline_svg read tables (STABLE, PARALLEL SAFE); import_tei (xml and text) and the gates delete_row, delete_source and import_claims_rows write (VOLATILE, PARALLEL UNSAFE; the gates take NULLs to their bodies); calling_role, may_edit and in_scope depend on the session (STABLE; NULL owner: false, not NULL); local_execution_avoidable on the transaction''s state (VOLATILE); the planner statistics functions read pg_statistic (STABLE; typanalyze VOLATILE, as PostgreSQL''s own)');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
                WHERE p.pronamespace = 'bilateral'::regnamespace AND obj_description(p.oid, 'pg_proc') IS NULL ORDER BY 1),
          ARRAY[]::text[], 'every function has a comment');
SELECT is(ARRAY(SELECT o.oid::regoperator::text FROM pg_operator o
                WHERE o.oprnamespace = 'bilateral'::regnamespace AND obj_description(o.oid, 'pg_operator') IS NULL ORDER BY 1),
          ARRAY[]::text[], 'every operator has a comment');
SELECT is(ARRAY(SELECT t.typname::text FROM pg_type t
                WHERE t.typnamespace = 'bilateral'::regnamespace AND t.typtype = 'b' AND t.typcategory <> 'A'
                  AND obj_description(t.oid, 'pg_type') IS NULL ORDER BY 1),
          ARRAY[]::text[], 'every base type has a comment');

-- behaviour
SELECT is('1956-10-19:RUS+JPN:joint_declaration'::treaty_ref::text, '1956-10-19:JPN+RUS:joint_declaration', 'treaty parties sorted');
SELECT is(to_akn_uri('1956-10-19:JPN+RUS:joint_declaration')::treaty_ref, '1956-10-19:JPN+RUS:joint_declaration'::treaty_ref, 'AKN URI round trip');
SELECT throws_ok($$SELECT 'JPN->RUS:peace_treaty:+4:2018/2019'::bilateral_position$$, '22P02', NULL, 'stance +4 is 22P02');
SELECT throws_ok($$SELECT make_position('JPN','RUS','peace_treaty',4,NULL,NULL)$$, '22003', NULL, 'constructor: stance 4 is 22003');
SELECT throws_ok($$SELECT make_position('JPN','RUS','peace_treaty',1,'2005-02-30',NULL)$$, '22008', NULL, 'constructor: impossible date is 22008');
SELECT throws_ok($$SELECT make_position('JPN','RUS','Peace',1,NULL,NULL)$$, '22023', NULL, 'constructor: bad issue is 22023');
SELECT ok(certainly_at('JPN->RUS:x:+1:2012/2020-09', '2012-12-31') AND NOT certainly_at('JPN->RUS:x:+1:2012/2020-09', '2012-12-30'),
          'certainly from the last day of a year-precision start');

SELECT * FROM finish();
ROLLBACK;
