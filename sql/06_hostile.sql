SET search_path TO bilateral, public; SET datestyle TO ISO;
-- Hostile input for both types and both constructors: empty, blank, huge
-- (1 MB), control bytes, multi-byte UTF-8, overflowing numbers, too many parts.
-- Each must be a clean class-22 error, shown as SQLSTATE | detail (the message
-- when there is no detail).  Details name the offending part cut to 40
-- characters, with "..." when cut, and show control and non-ASCII characters
-- as '?'.  Never a crash, a hang, a truncated value or an acceptance.  The
-- session lives on.

-- every result is also kept in seen, for the summary at the end
CREATE TEMP TABLE seen (result text);

CREATE FUNCTION pg_temp.try_lit(typ text, lit text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; det text; msg text; r text;
BEGIN
    BEGIN
        EXECUTE format('SELECT %L::bilateral.%I::text', lit, typ) INTO r;
        r := 'accepted: ' || left(r, 60);
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL, msg = MESSAGE_TEXT;
        r := st || ' | ' || CASE WHEN det <> '' THEN det ELSE '(no detail) ' || msg END;
    END;
    INSERT INTO seen VALUES (r);
    RETURN r;
END $$;

CREATE FUNCTION pg_temp.try_sql(expr text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; det text; msg text; r text;
BEGIN
    BEGIN
        EXECUTE 'SELECT (' || expr || ')::text' INTO r;
        r := 'accepted: ' || left(r, 60);
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL, msg = MESSAGE_TEXT;
        r := st || ' | ' || CASE WHEN det <> '' THEN det ELSE '(no detail) ' || msg END;
    END;
    INSERT INTO seen VALUES (r);
    RETURN r;
END $$;

-- bilateral_position literals
SELECT what, length(lit) AS chars, octet_length(lit) AS bytes,
       pg_temp.try_lit('bilateral_position', lit) AS result
FROM (VALUES
    ('empty', ''),
    ('only spaces', '     '),
    ('only blanks of every kind', E' \t\n\r '),
    ('1 MB of x', repeat('x', 1048576)),
    ('1 MB of arrows', 'JPN' || repeat('->', 524288)),
    ('1 MB of colons', 'JPN->RUS' || repeat(':', 1048576)),
    ('many colons', 'JPN->RUS:a:b:c:d:e:f:g'),
    ('10,000-character issue', 'JPN->RUS:' || repeat('a', 10000) || ':+2:2018/2019'),
    ('1 MB issue', 'JPN->RUS:' || repeat('a', 1048576) || ':+2:2018/2019'),
    ('10,000-character actor', repeat('A', 10000) || '->RUS:peace_treaty:+2:2018/2019'),
    ('1 MB counterpart', 'JPN->' || repeat('R', 1048576) || ':peace_treaty:+2:2018/2019'),
    ('1 MB stance', 'JPN->RUS:peace_treaty:' || repeat('9', 1048576) || ':2018/2019'),
    ('1 MB date', 'JPN->RUS:peace_treaty:+2:' || repeat('1', 1048576) || '/..'),
    ('1 MB period of slashes', 'JPN->RUS:peace_treaty:+2:' || repeat('/', 1048576)),
    ('chr(1) in the issue', 'JPN->RUS:peace' || chr(1) || 'treaty:+2:2018/2019'),
    ('chr(1) in the actor', 'J' || chr(1) || 'N->RUS:peace_treaty:+2:2018/2019'),
    ('chr(127) in the period', 'JPN->RUS:peace_treaty:+2:2018' || chr(127) || '/2019'),
    ('chr(127) after the value', 'JPN->RUS:peace_treaty:+2:2018/2019' || chr(127)),
    ('form feed before the value', chr(12) || 'JPN->RUS:peace_treaty:+2:2018/2019'),
    ('no-break space before the value', chr(160) || 'JPN->RUS:peace_treaty:+2:2018/2019'),
    ('Cyrillic actor', 'ЯПН->RUS:peace_treaty:+2:2018/2019'),
    ('Cyrillic counterpart', 'JPN->РОС:peace_treaty:+2:2018/2019'),
    ('Japanese actor', '日本->RUS:peace_treaty:+2:2018/2019'),
    ('full-width actor', 'ＪＰＮ->RUS:peace_treaty:+2:2018/2019'),
    ('Unicode arrow', 'JPN→RUS:peace_treaty:+2:2018/2019'),
    ('Cyrillic issue', 'JPN->RUS:мирный_договор:+2:2018/2019'),
    ('Japanese issue, over 40 bytes', 'JPN->RUS:' || repeat('平和条約', 5) || ':+2:2018/2019'),
    ('Japanese issue, over 40 characters', 'JPN->RUS:' || repeat('平和条約', 11) || ':+2:2018/2019'),
    ('emoji issue', 'JPN->RUS:peace_🕊️:+2:2018/2019'),
    ('emoji stance', 'JPN->RUS:peace_treaty:👍:2018/2019'),
    ('full-width digits in a date', 'JPN->RUS:peace_treaty:+2:２０１８/2019'),
    ('Arabic-Indic digits in a date', 'JPN->RUS:peace_treaty:+2:٢٠١٨/2019'),
    ('year 99999', 'JPN->RUS:peace_treaty:+2:99999/..'),
    ('year 2147483648', 'JPN->RUS:peace_treaty:+2:2147483648/..'),
    ('year 4294967296-01', 'JPN->RUS:peace_treaty:+2:4294967296-01/..'),
    ('negative year', 'JPN->RUS:peace_treaty:+2:-2018/..'),
    ('negative year, 4 characters', 'JPN->RUS:peace_treaty:+2:-018/..'),
    ('negative month', 'JPN->RUS:peace_treaty:+2:2018--1/..'),
    ('year 0000', 'JPN->RUS:peace_treaty:+2:../0000'),
    ('stance +99999999999999999999', 'JPN->RUS:peace_treaty:+99999999999999999999:2018/2019'),
    ('stance -99999999999999999999', 'JPN->RUS:peace_treaty:-99999999999999999999:2018/2019'),
    ('stance 2147483648', 'JPN->RUS:peace_treaty:2147483648:2018/2019'),
    ('stance 10,000 nines', 'JPN->RUS:peace_treaty:' || repeat('9', 10000) || ':2018/2019'),
    ('stance +-1', 'JPN->RUS:peace_treaty:+-1:2018/2019'),
    ('stance --1', 'JPN->RUS:peace_treaty:--1:2018/2019'),
    ('stance 1e3', 'JPN->RUS:peace_treaty:1e3:2018/2019'),
    ('stance with a blank', 'JPN->RUS:peace_treaty: 1:2018/2019'),
    ('stance label and more', 'JPN->RUS:peace_treaty:hostile!:2018/2019')
) AS t(what, lit);

-- treaty_ref literals
SELECT what, length(lit) AS chars, octet_length(lit) AS bytes,
       pg_temp.try_lit('treaty_ref', lit) AS result
FROM (VALUES
    ('empty', ''),
    ('only spaces', '     '),
    ('1 MB of x', repeat('x', 1048576)),
    ('1 MB of colons', repeat(':', 1048576)),
    ('many colons', '1956:JPN+RUS:a:b:c:d'),
    ('1 MB of plus signs', '1956:' || repeat('+', 1048576) || ':x'),
    ('10,000-character slug', '1956:JPN+RUS:' || repeat('x', 10000)),
    ('1 MB slug', '1956:JPN+RUS:' || repeat('x', 1048576)),
    ('10,000-character party', '1956:' || repeat('J', 10000) || ':x'),
    ('64 parties (valid: the limit)',
     '1900:' || (SELECT string_agg('A' || chr(65 + i / 26) || chr(65 + i % 26), '+') FROM generate_series(0, 63) i) || ':x'),
    ('65 parties',
     '1900:' || (SELECT string_agg('A' || chr(65 + i / 26) || chr(65 + i % 26), '+') FROM generate_series(0, 64) i) || ':x'),
    ('10,000 parties',
     '1900:' || (SELECT string_agg(chr(65 + i / 676 % 26) || chr(65 + i / 26 % 26) || chr(65 + i % 26), '+') FROM generate_series(0, 9999) i) || ':x'),
    ('65 times the same party', '1900:' || repeat('JPN+', 64) || 'JPN:x'),
    ('chr(1) in the slug', '1956:JPN+RUS:joint' || chr(1)),
    ('chr(1) in a party', '1956:JPN+R' || chr(1) || 'S:x'),
    ('chr(127) in the date', '1956' || chr(127) || ':JPN+RUS:x'),
    ('Cyrillic party', '1956:ЯПН+RUS:x'),
    ('Japanese party', '1956:日本+RUS:x'),
    ('Japanese slug, over 40 bytes', '1956:JPN+RUS:' || repeat('共同宣言', 5)),
    ('Japanese slug, over 40 characters', '1956:JPN+RUS:' || repeat('共同宣言', 11)),
    ('emoji slug', '1956:JPN+RUS:🕊'),
    ('full-width digits in the date', '１９５６:JPN+RUS:x'),
    ('year 99999', '99999:JPN+RUS:x'),
    ('year 2147483648', '2147483648:JPN+RUS:x'),
    ('negative year', '-1956:JPN+RUS:x'),
    ('negative year, 4 characters', '-956:JPN+RUS:x'),
    ('year 0000', '0000-01-01:JPN+RUS:x'),
    ('AKN URI, 1 MB slug', '/akn/int/doc/treaty/jpn-rus/1956-10-19/' || repeat('x', 1048576)),
    ('AKN URI, 1 MB of parties', '/akn/int/doc/treaty/' || repeat('jpn-', 262144) || 'rus/1956/x'),
    ('AKN URI, 1 MB date', '/akn/int/doc/treaty/jpn-rus/' || repeat('1', 1048576) || '/x'),
    ('AKN URI, 1 MB of slashes', repeat('/', 1048576)),
    ('AKN URI, 65 parties',
     '/akn/int/doc/treaty/' || (SELECT string_agg('a' || chr(97 + i / 26) || chr(97 + i % 26), '-') FROM generate_series(0, 64) i) || '/1900/x'),
    ('AKN URI, Cyrillic party', '/akn/int/doc/treaty/япн-rus/1956/x'),
    ('AKN URI, emoji slug', '/akn/int/doc/treaty/jpn-rus/1956/🕊'),
    ('AKN URI, chr(1) in the date', '/akn/int/doc/treaty/jpn-rus/19' || chr(1) || '6/x'),
    ('AKN URI, extra segments', '/akn/int/doc/treaty/jpn-rus/1956/x/y/z'),
    ('AKN URI, negative year', '/akn/int/doc/treaty/jpn-rus/-1956/x')
) AS t(what, lit);

-- make_position with hostile arguments
SELECT expr, pg_temp.try_sql(expr) AS result
FROM unnest(ARRAY[
    $$make_position('', '', '', 0, '', '')$$,
    $$make_position('   ', 'RUS', 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position(repeat('J', 1048576), 'RUS', 'peace_treaty', 1, '2018', '2019')$$,
    $$make_position('JPN', repeat('R', 1048576), 'peace_treaty', 1, '2018', '2019')$$,
    $$make_position('JPN', 'RUS', repeat('a', 1048576), 1, '2018', '2019')$$,
    $$make_position('JPN', 'RUS', repeat('a', 10000), 1, '2018', '2019')$$,
    $$make_position('JPN', 'RUS', repeat('a', 33), 1, '2018', '2019')$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, repeat('1', 1048576), NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, NULL, repeat('/', 1048576))$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '..', NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '', NULL)$$,
    $$make_position('J' || chr(1) || 'N', 'RUS', 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', 'peace' || chr(127), 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '2018' || chr(1), NULL)$$,
    $$make_position('ЯПН', 'RUS', 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position('JPN', '日本', 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position(repeat('日', 14), 'RUS', 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position('JPN', repeat('日', 50), 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', '平和条約', 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', repeat('平和条約', 11), 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', '🕊', 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '２０１８', NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 99999, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 2147483647, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '99999', NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '2147483648', NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '-2018', NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, NULL, '0000')$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', 1, '2019', '2018')$$,
    $$make_position(NULL, 'RUS', 'peace_treaty', 1, NULL, NULL)$$,
    $$make_position('JPN', 'RUS', 'peace_treaty', NULL, NULL, NULL)$$
]) AS expr;

-- make_treaty_ref with hostile arguments
SELECT left(expr, 110) AS expr, pg_temp.try_sql(expr) AS result
FROM unnest(ARRAY[
    $$make_treaty_ref(ARRAY[]::text[], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY[''], '', '')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', '')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '     ', 'x')$$,
    $$make_treaty_ref(ARRAY(SELECT chr(65 + i / 676 % 26) || chr(65 + i / 26 % 26) || chr(65 + i % 26) FROM generate_series(0, 9999) i), '1956', 'x')$$,
    $$make_treaty_ref(ARRAY(SELECT 'A' || chr(65 + i / 26) || chr(65 + i % 26) FROM generate_series(0, 64) i), '1956', 'x')$$,
    $$make_treaty_ref(array_fill('JPN'::text, ARRAY[64]), '1956', 'x')$$,
    $$make_treaty_ref(ARRAY[repeat('J', 1048576)], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], repeat('9', 1048576), 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', repeat('x', 1048576))$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', repeat('x', 10000))$$,
    $$make_treaty_ref(ARRAY['JPN', 'R' || chr(1) || 'S'], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', 'x' || chr(127))$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], chr(1) || '956', 'x')$$,
    $$make_treaty_ref(ARRAY['ЯПН', 'RUS'], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['日本', 'RUS'], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', '共同宣言')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', repeat('日', 14))$$,
    $$make_treaty_ref(ARRAY[repeat('日', 50)], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '1956', '🕊')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '１９５６', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '99999', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '2147483648', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '-1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], '0000', 'x')$$,
    $$make_treaty_ref(ARRAY[['JPN', 'RUS'], ['USA', 'CHN']], '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', NULL], '1956', 'x')$$,
    $$make_treaty_ref(NULL, '1956', 'x')$$,
    $$make_treaty_ref(ARRAY['JPN', 'RUS'], NULL, 'x')$$
]) AS expr;

-- every case above but the 64 parties is a class-22 error whose detail is
-- printable ASCII (the offending part's other characters shown as '?')
SELECT count(*) AS cases,
       count(*) FILTER (WHERE result LIKE 'accepted: %') AS accepted,
       count(*) FILTER (WHERE result NOT LIKE 'accepted: %' AND result !~ '^22') AS not_class_22,
       count(*) FILTER (WHERE result ~ '[^ -~]') AS not_printable_ascii
FROM seen;

-- the session lives on
SELECT 'JPN->RUS:peace_treaty:+2:2018-11/2019-01'::bilateral_position AS position,
       '1956-10-19:RUS+JPN:joint_declaration'::treaty_ref AS treaty,
       make_position('JPN', 'RUS', 'peace_treaty', 2, '2018-11', NULL) AS made_position,
       to_akn_uri(make_treaty_ref(ARRAY['RUS', 'JPN'], '1956-10-19', 'joint_declaration')) AS made_treaty_uri;
