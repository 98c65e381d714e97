-- treaty_ref: literals, round trips, the Akoma Ntoso URI, accessors, order
SET search_path TO bilateral, public;
SET datestyle TO ISO;

SELECT t::text AS canonical, to_akn_uri(t) AS akn
FROM (VALUES ('1855-02-07:RUS+JPN:shimoda'::treaty_ref),
             ('1956-10-19:JPN+RUS:joint_declaration'),
             ('1945-02:GBR+USA+RUS:yalta_agreement'),
             ('1905:JPN+RUS:portsmouth'),
             ('  2001-03-25:JPN+RUS:irkutsk_statement  ')) v(t);

-- every canonical form and every AKN URI reads back to the same value
SELECT t::text::treaty_ref = t AS text_round_trip,
       to_akn_uri(t)::treaty_ref = t AS akn_round_trip
FROM (VALUES ('1855-02-07:JPN+RUS:shimoda'::treaty_ref),
             ('1945-02:GBR+RUS+USA:yalta_agreement'),
             ('1905:JPN+RUS:portsmouth')) v(t);

SELECT '/akn/int/doc/treaty/jpn-rus/1956-10-19/joint_declaration'::treaty_ref;

-- accessors
SELECT parties(t), signed_on(t), signed_precision(t), slug(t)
FROM (VALUES ('1956-10-19:RUS+JPN:joint_declaration'::treaty_ref),
             ('1945-02:USA+GBR+RUS:yalta_agreement'),
             ('1905:JPN+RUS:portsmouth')) v(t);

-- the constructor sorts parties and checks every argument
SELECT make_treaty_ref(ARRAY['RUS','JPN'], '1956-10-19', 'joint_declaration');
SELECT make_treaty_ref(ARRAY['RUS','JPN'], '1956-10-19', 'joint_declaration')
     = '1956-10-19:JPN+RUS:joint_declaration'::treaty_ref AS same;
SELECT make_treaty_ref(ARRAY['JPN'], '1956-13', 'x');
SELECT make_treaty_ref(ARRAY['JPN','jpn'], '1956', 'x');
SELECT make_treaty_ref(ARRAY['JPN','RUS'], '1956', 'Bad Slug');
SELECT make_treaty_ref(ARRAY[]::text[], '1956', 'x');
SELECT make_treaty_ref(ARRAY['JPN',NULL], '1956', 'x');
SELECT make_treaty_ref(ARRAY['JPN','RUS'], NULL, 'x');
SELECT make_treaty_ref(ARRAY['JPN','JPN'], '1956', 'x');

-- total order: signature date (first day, then precision), then parties, then slug
SELECT t FROM (VALUES ('1956-10-19:JPN+RUS:joint_declaration'::treaty_ref),
                      ('1956:JPN+RUS:zzz'),
                      ('1956-10:JPN+RUS:a'),
                      ('1855-02-07:JPN+RUS:shimoda'),
                      ('1956-10-19:JPN+USA:a'),
                      ('1956-10-19:CHN+JPN+RUS:a'),
                      ('1956-10-19:JPN+RUS:a'),
                      ('1956-10-19:JPN:a')) v(t)
ORDER BY t;

SELECT a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
       treaty_ref_cmp(a, b) AS cmp
FROM (VALUES ('1855:JPN+RUS:x'::treaty_ref, '1855:JPN+RUS:x'::treaty_ref),
             ('1855:JPN+RUS:x', '1855-01:JPN+RUS:x'),
             ('1905:JPN+RUS:portsmouth', '1855:JPN+RUS:shimoda')) v(a, b);

-- casts
SELECT '1956-10-19:JPN+RUS:joint_declaration'::treaty_ref::jsonb;
SELECT ('1956:JPN+RUS:x'::treaty_ref)::text || ' as text';
SELECT CAST('1956:RUS+JPN:x'::text AS treaty_ref);
