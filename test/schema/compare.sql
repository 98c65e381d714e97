-- test/schema/compare.sql - run by tools/test/library-schema.sh after the calls of
-- calls.sql: the answers tools/test/library-schema.sh compares with the newest release's
-- (the fixture's export and timeline; test/schema/fixture.tei.xml, imported by the call of
-- import_tei), and digests of the shipped rows that export_tei('pajon_ifri_2017') and
-- timeline_svg('JPN', 'RUS', ...) read, so that a different answer on shipped data passes
-- only where the data differ.  Same output format as calls.sql's script.
SET search_path = pg_catalog, public;
\pset format unaligned
\pset tuples_only on
SELECT library_schema_test.line('fixture:export_tei', $q$
    SELECT bilateral.export_tei('library_schema_fixture')::text $q$);
SELECT library_schema_test.line('fixture:timeline_svg', $q$
    SELECT bilateral.timeline_svg('MNG', 'CAN')::text $q$);
SELECT library_schema_test.line('fixture:timeline_svg_issues', $q$
    SELECT bilateral.timeline_svg('Mongolia', 'CAN', ARRAY['territorial_dispute', 'economic_cooperation'],
                                  daterange('2015-01-01', '2021-01-01'))::text $q$);
SELECT library_schema_test.line('digest:export_tei', $q$
    SELECT md5(concat_ws('|',
        (SELECT row(title, title_en, author, publisher, published, published_precision, language, kind, note)::text
           FROM bilateral.source WHERE source_key = 'pajon_ifri_2017'),
        (SELECT string_agg(row(position, quote, quote_lang, statement_en, locator, general_knowledge)::text, ';' ORDER BY claim_id)
           FROM bilateral.position_claim WHERE source_key = 'pajon_ifri_2017'),
        (SELECT string_agg(row(event_key, name_en, kind, occurred_from, from_precision, occurred_to, to_precision,
                               actors, quote, locator, general_knowledge)::text, ';' ORDER BY event_id)
           FROM bilateral.event WHERE source_key = 'pajon_ifri_2017'))) $q$);
SELECT library_schema_test.line('digest:timeline_svg', $q$
    SELECT md5(concat_ws('|',
        (SELECT string_agg(name_en, ',' ORDER BY actor) FROM bilateral.actor WHERE actor IN ('JPN', 'RUS')),
        (SELECT string_agg(row(x.position, x.source_key)::text, ';' ORDER BY x.position::text, x.source_key)
           FROM bilateral.position_claim x
          WHERE bilateral.actor(x.position) = 'JPN' AND bilateral.counterpart(x.position) = 'RUS'),
        (SELECT string_agg(row(i.issue, i.name_en)::text, ';' ORDER BY i.issue) FROM bilateral.issue i
          WHERE i.issue IN (SELECT bilateral.issue(x.position) FROM bilateral.position_claim x
                             WHERE bilateral.actor(x.position) = 'JPN' AND bilateral.counterpart(x.position) = 'RUS')),
        (SELECT string_agg(row(e.event_key, e.name_en, e.occurred_from, e.occurred_to, e.from_precision, e.to_precision)::text,
                           ';' ORDER BY e.event_key, e.event_id)
           FROM bilateral.event e WHERE e.actors @> ARRAY['JPN', 'RUS']),
        (SELECT string_agg(row(t.treaty::text, t.name_en)::text, ';' ORDER BY t.treaty)
           FROM bilateral.treaty t WHERE bilateral.parties(t.treaty) @> ARRAY['JPN', 'RUS']))) $q$);
