-- Malformed literals: each is a clean 22P02 naming the bad part, with a hint.
SET search_path TO bilateral, public;
SET datestyle TO ISO;

CREATE FUNCTION pg_temp.try(typ text, lit text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; hnt text;
BEGIN
    EXECUTE format('SELECT %L::bilateral.%I', lit, typ);
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
    RETURN st || ' | ' || det || CASE WHEN hnt <> '' THEN ' | hint: yes' ELSE ' | NO HINT' END;
END $$;

SELECT lit, pg_temp.try('bilateral_position', lit) AS result
FROM unnest(ARRAY[
    '',
    '   ',
    'JPN',
    'JPN->',
    'JPN->RUS',
    'JPN->RUS:peace_treaty',
    'JPN->RUS:peace_treaty:+2',
    'JPN->RUS:peace_treaty:+2:2018',
    'JPN->RUS:peace_treaty:+2:2018/2019/2020',
    'JPN->RUS:peace_treaty:+2:2018/2019:extra',
    'JP->RUS:peace_treaty:+2:2018/2019',
    'JAPAN->RUS:peace_treaty:+2:2018/2019',
    'jpn->RUS:peace_treaty:+2:2018/2019',
    'JPN->R1S:peace_treaty:+2:2018/2019',
    'JPN->JPN:peace_treaty:+2:2018/2019',
    'JPN=>RUS:peace_treaty:+2:2018/2019',
    'JPN->RUS::+2:2018/2019',
    'JPN->RUS:Peace_treaty:+2:2018/2019',
    'JPN->RUS:1peace:+2:2018/2019',
    'JPN->RUS:peace-treaty:+2:2018/2019',
    'JPN->RUS:' || repeat('a', 33) || ':+2:2018/2019',
    'JPN->RUS:peace_treaty::2018/2019',
    'JPN->RUS:peace_treaty:+4:2018/2019',
    'JPN->RUS:peace_treaty:-4:2018/2019',
    'JPN->RUS:peace_treaty:99999999999999999999:2018/2019',
    'JPN->RUS:peace_treaty:friendly:2018/2019',
    'JPN->RUS:peace_treaty:+:2018/2019',
    'JPN->RUS:peace_treaty:2.5:2018/2019',
    'JPN->RUS:peace_treaty:+2:2005-13/..',
    'JPN->RUS:peace_treaty:+2:2005-02-30/..',
    'JPN->RUS:peace_treaty:+2:1900-02-29/..',
    'JPN->RUS:peace_treaty:+2:0000/..',
    'JPN->RUS:peace_treaty:+2:10000/..',
    'JPN->RUS:peace_treaty:+2:2005-1/..',
    'JPN->RUS:peace_treaty:+2:2005/01/..',
    'JPN->RUS:peace_treaty:+2:19 Oct 1956/..',
    'JPN->RUS:peace_treaty:+2:./..',
    'JPN->RUS:peace_treaty:+2:/',
    'JPN->RUS:peace_treaty:+2:2020/2019',
    'JPN->RUS:peace_treaty:+2:2019-06/2019-05-31',
    'JPN->RUS:peace_treaty:+2:2018/2019' || chr(1)
]) lit;

SELECT left(lit, 60) AS lit, pg_temp.try('treaty_ref', lit) AS result
FROM unnest(ARRAY[
    '',
    '1956',
    '1956:JPN+RUS',
    '1956:JPN+RUS:x:y',
    '1956::x',
    '1956:JPN+:x',
    '1956:JPN++RUS:x',
    '1956:JP+RUS:x',
    '1956:jpn+RUS:x',
    '1956:JPN+JPN:x',
    '1956:JPN,RUS:x',
    '1956:JPN+RUS:',
    '1956:JPN+RUS:Joint',
    '1956:JPN+RUS:_joint',
    '1956:JPN+RUS:' || repeat('x', 33),
    '1956:JPN+RUS:' || repeat('x', 10000),
    '1956-10-32:JPN+RUS:x',
    '1956-00:JPN+RUS:x',
    '0000:JPN+RUS:x',
    '19561:JPN+RUS:x',
    '1956-10-19T00:JPN+RUS:x',
    '1900:' || (SELECT string_agg('A' || chr(65 + i / 26) || chr(65 + i % 26), '+') FROM generate_series(0, 64) i) || ':x',
    '/akn/int/doc/treaty/',
    '/akn/int/doc/treaty/jpn-rus',
    '/akn/int/doc/treaty/jpn-rus/1956-10-19',
    '/akn/int/doc/treaty/jpn-RUS/1956-10-19/x',
    '/akn/jp/doc/treaty/jpn-rus/1956-10-19/x',
    '/akn/int/doc/treaty/jpn-rus/1956-13/x'
]) lit;

-- the full message of one of each, as a user sees it
SELECT 'JPN->RUS:peace_treaty:+4:2018/2019'::bilateral_position;
SELECT '1956:JPN+JPN:x'::treaty_ref;

-- the session lives on
SELECT 'JPN->RUS:peace_treaty:+2:2018/2019'::bilateral_position AS still_alive;
