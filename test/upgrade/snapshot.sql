-- A text snapshot of everything the extension owns, objects and data, for
-- comparing a fresh install with an upgraded one (tools/test/upgrade.sh).
\pset format unaligned
\pset tuples_only on
\pset footer off
SET datestyle TO ISO;
SET extra_float_digits TO 3;

-- every member object, with its definition
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS member,
       CASE d.classid
           WHEN 'pg_proc'::regclass THEN (SELECT md5(CASE WHEN p.prokind = 'a'   -- an aggregate: its parts
                                              THEN (SELECT concat_ws(' ', a.aggtransfn::regprocedure, a.aggfinalfn::regprocedure,
                                                                     a.aggtranstype::regtype, a.aggfinalmodify, p.proparallel)
                                                      FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
                                              ELSE pg_get_functiondef(p.oid) END)
                                            FROM pg_proc p WHERE p.oid = d.objid)
           WHEN 'pg_class'::regclass THEN (SELECT c.relkind::text || ':' || coalesce(md5(pg_get_viewdef(c.oid)), '')
                                           FROM pg_class c WHERE c.oid = d.objid)
           ELSE '' END AS definition,
       coalesce(md5(obj_description(d.objid, (SELECT relname FROM pg_class WHERE oid = d.classid))), '') AS comment
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'bilateral')
  AND d.deptype = 'e'
ORDER BY 1;

-- columns, constraints, indexes, triggers, policies of its tables
SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(ad.adbin, ad.adrelid), a.attidentity
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
WHERE c.relnamespace = 'bilateral'::regnamespace AND c.relkind IN ('r', 'v')
ORDER BY 1, 2;
SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
WHERE connamespace = 'bilateral'::regnamespace ORDER BY 1, 2;
SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
WHERE indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'bilateral'::regnamespace) ORDER BY 1;
SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger
WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'bilateral'::regnamespace) ORDER BY 1, 2;
SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies WHERE schemaname = 'bilateral' ORDER BY 1, 2;
-- privileges as sorted lists (an ACL's order is the order of its grants, which a fresh install and an
-- updated one need not share); column privileges too
SELECT relname, (SELECT array_agg(a::text ORDER BY a::text) FROM unnest(relacl) a) FROM pg_class
WHERE relnamespace = 'bilateral'::regnamespace AND relacl IS NOT NULL ORDER BY 1;
SELECT c.relname, a.attname, (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(a.attacl) x)
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = 'bilateral'::regnamespace AND a.attacl IS NOT NULL ORDER BY 1, 2;
SELECT p.oid::regprocedure::text, (SELECT array_agg(a::text ORDER BY a::text) FROM unnest(p.proacl) a) FROM pg_proc p
WHERE p.pronamespace = 'bilateral'::regnamespace AND p.proacl IS NOT NULL ORDER BY 1;
SELECT nspacl FROM pg_namespace WHERE nspname = 'bilateral';
SELECT x.t::regclass::text, x.c FROM pg_extension, unnest(extconfig, extcondition) x(t, c) WHERE extname = 'bilateral' ORDER BY 1;

-- the data: every table, every row, in a stable order
SELECT format('%s %s rows %s', c.relname,
              (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM bilateral.%I', c.relname), false, true, '')))[1],
              (xpath('/row/h/text()', query_to_xml(format(
                  'SELECT md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) AS h FROM bilateral.%I t', c.relname),
                  false, true, '')))[1])
FROM pg_class c WHERE c.relnamespace = 'bilateral'::regnamespace AND c.relkind = 'r' ORDER BY c.relname;

-- the identity sequences' positions
SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'bilateral' ORDER BY 1;
