-- Binary input validates every field: hand-made COPY BINARY files.
SET search_path TO bilateral, public;
SET datestyle TO ISO;
CREATE TABLE b (p bilateral_position);
CREATE TABLE bt (t treaty_ref);

-- COPY BINARY header, one tuple of one field of 25 bytes, trailer.  The field:
-- version 1, JPN, RUS, stance +1, from: year 2000 (precision 1, day 0), to: open, issue "energy"
\set hdr 'PGCOPY\\n\\377\\r\\n\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\001\\000\\000\\000\\031'
\setenv HDR :hdr
\! printf "${HDR}\001JPNRUS\001\001\000\000\000\000\000\000\000\000\000\006energy\377\377" > results/b_good.bin
\copy b FROM 'results/b_good.bin' WITH (FORMAT binary)
SELECT p FROM b;
-- format version 2
\! printf "${HDR}\002JPNRUS\001\001\000\000\000\000\000\000\000\000\000\006energy\377\377" > results/b_version.bin
\copy b FROM 'results/b_version.bin' WITH (FORMAT binary)
-- stance 9
\! printf "${HDR}\001JPNRUS\011\001\000\000\000\000\000\000\000\000\000\006energy\377\377" > results/b_stance.bin
\copy b FROM 'results/b_stance.bin' WITH (FORMAT binary)
-- a month that does not start on its first day
\! printf "${HDR}\001JPNRUS\001\002\000\000\000\001\000\000\000\000\000\006energy\377\377" > results/b_month.bin
\copy b FROM 'results/b_month.bin' WITH (FORMAT binary)
-- an open bound with a day
\! printf "${HDR}\001JPNRUS\001\001\000\000\000\000\000\000\000\000\001\006energy\377\377" > results/b_open.bin
\copy b FROM 'results/b_open.bin' WITH (FORMAT binary)
-- issue length 7 with 6 bytes
\! printf "${HDR}\001JPNRUS\001\001\000\000\000\000\000\000\000\000\000\007energy\377\377" > results/b_len.bin
\copy b FROM 'results/b_len.bin' WITH (FORMAT binary)
-- lower-case actor
\! printf "${HDR}\001jpnRUS\001\001\000\000\000\000\000\000\000\000\000\006energy\377\377" > results/b_actor.bin
\copy b FROM 'results/b_actor.bin' WITH (FORMAT binary)
-- an upper-case issue
\! printf "${HDR}\001JPNRUS\001\001\000\000\000\000\000\000\000\000\000\006Energy\377\377" > results/b_issue.bin
\copy b FROM 'results/b_issue.bin' WITH (FORMAT binary)
SELECT count(*) AS rows_after_failures FROM b;

-- treaty_ref: version 1, day precision (3), day -15779 (1956-10-19), 2 parties, slug "x"; 15 bytes
\set hdr 'PGCOPY\\n\\377\\r\\n\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\001\\000\\000\\000\\017'
\setenv HDR :hdr
\! printf "${HDR}\001\003\377\377\302\135\002JPNRUS\001x\377\377" > results/t_good.bin
\copy bt FROM 'results/t_good.bin' WITH (FORMAT binary)
SELECT t FROM bt;
-- parties out of order
\! printf "${HDR}\001\003\377\377\302\135\002RUSJPN\001x\377\377" > results/t_order.bin
\copy bt FROM 'results/t_order.bin' WITH (FORMAT binary)
-- open signature date
\! printf "${HDR}\001\000\377\377\302\135\002JPNRUS\001x\377\377" > results/t_open.bin
\copy bt FROM 'results/t_open.bin' WITH (FORMAT binary)
-- zero parties (and the byte count off)
\! printf "${HDR}\001\003\377\377\302\135\000JPNRUS\001x\377\377" > results/t_none.bin
\copy bt FROM 'results/t_none.bin' WITH (FORMAT binary)
SELECT count(*) AS treaties_after_failures FROM bt;
