-- bilateral_position: literals, accessors, the two temporal readings, operators
SET search_path TO bilateral, public;
SET datestyle TO ISO;

SELECT p::text
FROM (VALUES ('JPN->RUS:peace_treaty:+2:2018-11/2019-01'::bilateral_position),
             ('RUS->JPN:territorial_dispute:hostile:1945-08/..'),
             ('JPN->RUS:energy:0:../..'),
             ('JPN->RUS:energy:Pragmatic:2009/2014'),
             ('JPN->RUS:energy:3:2009/2014'),
             ('  USA->JPN:us_alliance:aligned:1960-01-19/..  ')) v(p);

SELECT make_position('JPN', 'RUS', 'peace_treaty', 2, '2018-11', '2019-01');
SELECT make_position('JPN', 'RUS', 'peace_treaty', -1, NULL, NULL);
SELECT make_position('JPN', 'RUS', 'peace_treaty', 2, '2018-11', '2019-01')
     = 'JPN->RUS:peace_treaty:cooperative:2018-11/2019-01'::bilateral_position AS same;

-- accessors: the widest reading
SELECT actor(p), counterpart(p), issue(p), stance(p), stance_label(p),
       valid_from(p), valid_to(p), valid_from_precision(p) AS from_prec,
       valid_to_precision(p) AS to_prec, valid_period(p), certain_period(p)
FROM (VALUES ('JPN->RUS:peace_treaty:+2:2018-11/2019-01'::bilateral_position),
             ('RUS->JPN:territorial_dispute:-3:1945-08/..'),
             ('JPN->RUS:energy:0:../..'),
             ('JPN->RUS:sanctions:-1:2012/2020-09'),
             ('JPN->RUS:sanctions:-1:2014/2014')) v(p);

-- began "in 2012": possibly on 2012-03-01, certainly from 2012-12-31;
-- ended "in 2020-09": certainly until 2020-09-01, possibly until 2020-09-30
SELECT d, possibly_at(p, d) AS possibly, certainly_at(p, d) AS certainly, p @> d AS "@>", d <@ p AS "<@"
FROM (SELECT 'JPN->RUS:sanctions:-1:2012/2020-09'::bilateral_position) x(p),
     unnest(ARRAY['2011-12-31','2012-01-01','2012-03-01','2012-12-30','2012-12-31',
                  '2020-09-01','2020-09-02','2020-09-30','2020-10-01']::date[]) d;

-- open ends, and infinite dates
SELECT possibly_at(p, '1000-01-01'), certainly_at(p, '9999-12-31'), p @> 'infinity'::date
FROM (SELECT 'JPN->RUS:energy:0:../..'::bilateral_position) x(p);

-- && : same actor, counterpart and issue, periods possibly overlap
SELECT a && b AS overlaps
FROM (VALUES ('JPN->RUS:peace_treaty:+1:2012/2020-09'::bilateral_position, 'JPN->RUS:peace_treaty:-1:2020-09-30/..'::bilateral_position),
             ('JPN->RUS:peace_treaty:+1:2012/2020-09', 'JPN->RUS:peace_treaty:-1:2020-10/..'),
             ('JPN->RUS:peace_treaty:+1:2012/2020-09', 'RUS->JPN:peace_treaty:+1:2012/2020-09'),
             ('JPN->RUS:peace_treaty:+1:2012/2020-09', 'JPN->RUS:energy:+1:2012/2020-09'),
             ('JPN->RUS:peace_treaty:+1:../..', 'JPN->RUS:peace_treaty:+1:1855/1855')) v(a, b);

-- && daterange: the period possibly overlaps the range
SELECT r, 'JPN->RUS:sanctions:-1:2012/2020-09'::bilateral_position && r AS overlaps
FROM unnest(ARRAY[daterange('2011-01-01','2012-01-01'), daterange('2011-01-01','2012-01-02'),
                  daterange('2020-09-30', NULL), daterange('2020-10-01', NULL),
                  daterange(NULL, NULL), 'empty'::daterange]) r;

-- constructor errors: class 22 with the bad part named
SELECT make_position('JP', 'RUS', 'peace_treaty', 2, NULL, NULL);
SELECT make_position('JPN', 'rus', 'peace_treaty', 2, NULL, NULL);
SELECT make_position('JPN', 'RUS', 'Peace Treaty', 2, NULL, NULL);
SELECT make_position('JPN', 'RUS', repeat('x', 33), 2, NULL, NULL);
SELECT make_position('JPN', 'RUS', 'peace_treaty', 4, NULL, NULL);
SELECT make_position('JPN', 'RUS', 'peace_treaty', 2, '2019-02-29', NULL);
SELECT make_position('JPN', 'RUS', 'peace_treaty', 2, '19 Oct 1956', NULL);
SELECT make_position('JPN', 'RUS', 'peace_treaty', 2, '2020', '2019');
SELECT make_position('JPN', 'JPN', 'peace_treaty', 2, NULL, NULL);
SELECT make_position(NULL, 'RUS', 'peace_treaty', 2, NULL, NULL);
SELECT make_position('JPN', 'RUS', 'peace_treaty', NULL, NULL, NULL);

-- order: actor, counterpart, issue, start (open first), end (open last), stance
SELECT p FROM (VALUES ('RUS->JPN:energy:0:2000/..'::bilateral_position),
                      ('JPN->RUS:peace_treaty:+1:2000/2001'),
                      ('JPN->RUS:peace_treaty:+1:../2001'),
                      ('JPN->RUS:peace_treaty:+1:2000/..'),
                      ('JPN->RUS:peace_treaty:-1:2000/2001'),
                      ('JPN->RUS:peace_treaty:+1:2000-01/2001'),
                      ('JPN->RUS:energy:+1:2000/2001'),
                      ('JPN->CHN:energy:+1:2000/2001')) v(p)
ORDER BY p;

SELECT a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
       bilateral_position_cmp(a, b) AS cmp
FROM (VALUES ('JPN->RUS:energy:+1:2000/2001'::bilateral_position, 'JPN->RUS:energy:+1:2000/2001'::bilateral_position),
             ('JPN->RUS:energy:+1:2000/2001', 'JPN->RUS:energy:+1:2000-01/2001'),
             ('JPN->RUS:energy:+1:2000/2001-12-31', 'JPN->RUS:energy:+1:2000/2001')) v(a, b);

-- casts
SELECT 'JPN->RUS:peace_treaty:+2:2018-11/2019-01'::bilateral_position::jsonb;
SELECT 'JPN->RUS:energy:0:../..'::bilateral_position::jsonb;
SELECT CAST('JPN->RUS:energy:cool:2014/..'::text AS bilateral_position)::text;
