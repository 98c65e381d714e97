-- timeline_svg() (docs/timeline.md) on the shipped Japan-Russia data: the structure of the
-- picture, read back with xpath, not the whole SVG.
SET search_path TO bilateral, public;
SET datestyle TO ISO;

CREATE FUNCTION pg_temp.svg(doc xml, path text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
    SELECT unnest(xpath(path, doc, ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))::text
$$;

CREATE TEMP TABLE pic AS
SELECT timeline_svg('JPN', 'RUS') AS whole,
       timeline_svg('Japan', 'Russia', during => daterange('2010-01-01', '2022-01-01')) AS decade;

-- an SVG document in the SVG namespace, spanning the data (1852-2021) or the range asked for
SELECT xml_is_well_formed_document(whole::text) AS well_formed,
       (SELECT pg_temp.svg(whole, 'name(/*)')) AS root,
       (SELECT pg_temp.svg(whole, 'namespace-uri(/*)')) AS ns,
       (SELECT pg_temp.svg(whole, '/s:svg/@data-from')) AS whole_from,
       (SELECT pg_temp.svg(whole, '/s:svg/@data-to')) AS whole_to,
       (SELECT pg_temp.svg(decade, '/s:svg/@data-from')) AS decade_from,
       (SELECT pg_temp.svg(decade, '/s:svg/@data-to')) AS decade_to
FROM pic;

-- one lane per issue with claims, each with its segments, contested ones and uncertain stretches
SELECT l AS issue,
       (SELECT pg_temp.svg(whole, format('count(//s:g[@class="lane"][@data-issue="%s"]/s:g[@class="segment"])', l))) AS segments,
       (SELECT pg_temp.svg(whole, format('count(//s:g[@class="lane"][@data-issue="%s"]//s:rect[@class="contested"])', l))) AS contested,
       (SELECT pg_temp.svg(whole, format('count(//s:g[@class="lane"][@data-issue="%s"]//s:rect[@class="uncertain"])', l))) AS uncertain
FROM pic, pg_temp.svg(whole, '//s:g[@class="lane"]/@data-issue') l;

-- the segments are stance_history's rows, with their stances and dates
WITH seg AS (
    SELECT pg_temp.svg(s, '/*/@data-issue') AS issue, pg_temp.svg(s, '/*/@data-from') AS valid_from,
           pg_temp.svg(s, '/*/@data-to') AS valid_to, pg_temp.svg(s, '/*/@data-stance') AS stance
    FROM pic, unnest(xpath('//s:g[@class="segment"]', whole, ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']])) s
), hist AS (
    SELECT i.issue, h.valid_from::text, h.valid_to::text,
           CASE WHEN h.contested THEN 'contested' WHEN h.stance > 0 THEN '+' || h.stance ELSE h.stance::text END
    FROM (SELECT DISTINCT issue FROM positions WHERE actor = 'JPN' AND counterpart = 'RUS') i,
         stance_history('JPN', 'RUS', i.issue) h
)
SELECT (SELECT count(*) FROM seg) AS segments,
       (SELECT count(*) FROM (SELECT * FROM seg EXCEPT SELECT * FROM hist) x) AS not_in_history,
       (SELECT count(*) FROM (SELECT * FROM hist EXCEPT SELECT * FROM seg) x) AS not_drawn;

-- a contested segment says what each side claims
SELECT pg_temp.svg(whole, '//s:g[@data-issue="peace_treaty"]/s:g[@data-stance="contested"][1]/@data-stances') AS stances,
       pg_temp.svg(whole, '//s:g[@data-issue="peace_treaty"]/s:g[@data-stance="contested"][1]/s:title/text()') AS title
FROM pic;

-- a stance coded "from 1890 to 1904" (years): uncertain through 1890 and through 1904
SELECT pg_temp.svg(whole, '//s:g[@data-issue="diplomatic_relations"]/s:g[@data-from="1890-01-01"]/s:rect[@class="uncertain"]/@data-precision') AS precision,
       pg_temp.svg(whole, '//s:g[@data-issue="diplomatic_relations"]/s:g[@data-from="1890-01-01"]/s:rect[@class="uncertain"]/@data-bound') AS bound
FROM pic;

-- events (one per event_key naming both) and treaties (both parties), in each picture
SELECT (SELECT pg_temp.svg(whole, 'count(//s:g[@class="event"])')) AS events,
       (SELECT count(DISTINCT event_key) FROM events WHERE actors @> ARRAY['JPN', 'RUS']) AS event_keys,
       (SELECT pg_temp.svg(decade, 'count(//s:g[@class="event"])')) AS decade_events,
       (SELECT string_agg(t, ' ') FROM pg_temp.svg(whole, '//s:g[@class="treaty"]/@data-treaty') t) AS treaties,
       (SELECT pg_temp.svg(decade, 'count(//s:g[@class="treaty"])')) AS decade_treaties
FROM pic;
SELECT pg_temp.svg(whole, '//s:g[@class="event"][@data-event="russo_japanese_war"]/s:title/text()') AS event_title FROM pic;

-- the axis: a label every 20 years over 170 years, every year over a decade
SELECT (SELECT string_agg(y, ' ') FROM pg_temp.svg(whole, '//s:g[@class="axis"]/s:text/text()') y) AS whole_years,
       (SELECT string_agg(y, ' ') FROM pg_temp.svg(decade, '//s:g[@class="axis"]/s:text/text()') y) AS decade_years
FROM pic;

-- the legend: the seven stances, uncertain, contested, event, treaty
SELECT l AS legend FROM pic, pg_temp.svg(whole, '//s:g[@class="legend"]//s:text/text()') l;
SELECT string_agg(s, ' ') AS legend_stances FROM pic, pg_temp.svg(whole, '//s:g[@class="legend-stance"]/@data-stance') s;

-- issues chosen and ordered by the caller, repeats dropped
SELECT string_agg(l, ' ') AS lanes
FROM pg_temp.svg(timeline_svg('RUS', 'JPN', ARRAY['peace_treaty', 'energy', 'peace_treaty']), '//s:g[@class="lane"]/@data-issue') l;

-- same data, same bytes
SELECT md5(timeline_svg('JPN', 'RUS')::text) = md5(whole::text) AS deterministic FROM pic;

-- errors
SELECT timeline_svg('Atlantis', 'RUS');
SELECT timeline_svg('JPN', 'RUS', ARRAY['weather']);
SELECT timeline_svg('JPN', 'Japan');
SELECT timeline_svg('JPN', 'RUS', during => 'empty');
SELECT timeline_svg(NULL, 'RUS');
