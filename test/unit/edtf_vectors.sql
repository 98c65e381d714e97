-- EDTF test vectors: the examples of the EDTF specification and the test cases of two public
-- EDTF libraries, with what bilateral makes of each (docs/edtf.md).  Read by test/unit/test_edtf.c
-- (the lines between COPY and \.) and by test/82_edtf.sql (psql \ir, into its table edtf_vector).
-- COPY's text format: one vector a line, fields separated by a tab, \N for NULL.
--
-- input           the EDTF text
-- outcome         date or interval (read), or the SQLSTATE of the error
-- from_date, to_date            the ends as partial dates ('..' open, \N unknown); a date has both the same
-- from_qualifier, to_qualifier  uncertain, approximate, uncertain_approximate, or \N
-- detail          for an error: words its detail contains (for 22007, the character position)
-- source          where the vector and its verdict come from:
--   loc  the EDTF specification of the Library of Congress, 2019-02-04, levels 0 and 1
--        (https://www.loc.gov/standards/datetime/): its examples
--   py   ixc/python-edtf, edtf/parser/tests.py at commit 077eac56bdcae7901f0c504ac7ed8c52aa110c39
--        (EXAMPLES and BAD_EXAMPLES; where it reads a value, the value it gives)
--   js   inukshuk/edtf.js, test/parser.js at commit d17ebafe08c2efb27a7a3d9451495ef1787cf8d4
--        (what it produces or rejects)
--   bl   bilateral's own: the edges of the mapping
-- Where a library reads a value the project refuses, the outcome is the project's (years BC,
-- seasons, times: 22P02) and the library's reading is checked only where the two can agree:
-- the ends and their precision.  Level 2 values, which both libraries read, are refused (22007).
-- edtf.js reads '19' and '-04' as centuries (ISO 8601-1); the specification's level 0 has no
-- century, and they are refused.  The time shifts edtf.js refuses (-00:00, -12:01, +14:01, ...)
-- are refused here too (22007); those it reads are times, refused as such (22P02).
COPY edtf_vector (input, outcome, from_date, to_date, from_qualifier, to_qualifier, detail, source) FROM stdin;
1985-04-12	date	1985-04-12	1985-04-12	\N	\N	\N	loc
1985-04	date	1985-04	1985-04	\N	\N	\N	loc
1985	date	1985	1985	\N	\N	\N	loc
1985-04-12T23:20:30	22P02	\N	\N	\N	\N	time of day "T23:20:30"	loc
1985-04-12T23:20:30Z	22P02	\N	\N	\N	\N	time of day "T23:20:30Z"	loc
1985-04-12T23:20:30-04	22P02	\N	\N	\N	\N	time of day "T23:20:30-04"	loc
1985-04-12T23:20:30+04:30	22P02	\N	\N	\N	\N	time of day "T23:20:30+04:30"	loc
1964/2008	interval	1964	2008	\N	\N	\N	loc py
2004-06/2006-08	interval	2004-06	2006-08	\N	\N	\N	loc py
2004-02-01/2005-02-08	interval	2004-02-01	2005-02-08	\N	\N	\N	loc py
2004-02-01/2005-02	interval	2004-02-01	2005-02	\N	\N	\N	loc py
2004-02-01/2005	interval	2004-02-01	2005	\N	\N	\N	loc py
2005/2006-02	interval	2005	2006-02	\N	\N	\N	loc py
Y170000002	22P02	\N	\N	\N	\N	after 9999	loc py
Y-170000002	22P02	\N	\N	\N	\N	before 0001	loc py
2001-21	22P02	\N	\N	\N	\N	season (spring 2001)	loc py
1984?	date	1984	1984	uncertain	uncertain	\N	loc py
2004-06~	date	2004-06	2004-06	approximate	approximate	\N	loc
2004-06-11%	date	2004-06-11	2004-06-11	uncertain_approximate	uncertain_approximate	\N	loc py
201X	22P02	\N	\N	\N	\N	a decade (2010 to 2019)	loc
20XX	22P02	\N	\N	\N	\N	a century (2000 to 2099)	loc
2004-XX	date	2004	2004	\N	\N	\N	loc
1985-04-XX	date	1985-04	1985-04	\N	\N	\N	loc
1985-XX-XX	date	1985	1985	\N	\N	\N	loc
1985-04-12/..	interval	1985-04-12	..	\N	\N	\N	loc
1985-04/..	interval	1985-04	..	\N	\N	\N	loc
1985/..	interval	1985	..	\N	\N	\N	loc
../1985-04-12	interval	..	1985-04-12	\N	\N	\N	loc
../1985-04	interval	..	1985-04	\N	\N	\N	loc
../1985	interval	..	1985	\N	\N	\N	loc
1985-04-12/	interval	1985-04-12	\N	\N	\N	\N	loc
1985-04/	interval	1985-04	\N	\N	\N	\N	loc
1985/	interval	1985	\N	\N	\N	\N	loc
/1985-04-12	interval	\N	1985-04-12	\N	\N	\N	loc
/1985-04	interval	\N	1985-04	\N	\N	\N	loc
/1985	interval	\N	1985	\N	\N	\N	loc
1984~/2004-06	interval	1984	2004-06	approximate	\N	\N	loc py
1984/2004-06~	interval	1984	2004-06	\N	approximate	\N	loc py
1984~/2004~	interval	1984	2004	approximate	approximate	\N	loc py
1984?/2004%	interval	1984	2004	uncertain	uncertain_approximate	\N	loc py
1984-06?/2004-08?	interval	1984-06	2004-08	uncertain	uncertain	\N	loc py
1984-06-02?/2004-08-08~	interval	1984-06-02	2004-08-08	uncertain	approximate	\N	loc py
1984-06-02?/	interval	1984-06-02	\N	uncertain	\N	\N	loc py
-1985	22P02	\N	\N	\N	\N	1986 BC	loc
2001-02-03	date	2001-02-03	2001-02-03	\N	\N	\N	py
2008-12	date	2008-12	2008-12	\N	\N	\N	py
2008	date	2008	2008	\N	\N	\N	py
-0999	22P02	\N	\N	\N	\N	1000 BC	py
0000	22P02	\N	\N	\N	\N	1 BC	py js
2001-02-03T09:30:01	22P02	\N	\N	\N	\N	time of day	py
2004-01-01T10:10:10Z	22P02	\N	\N	\N	\N	time of day	py
2004-01-01T10:10:10+05:00	22P02	\N	\N	\N	\N	time of day	py
-2005/-1999-02	22P02	\N	\N	\N	\N	2006 BC	py
2004-06-11?	date	2004-06-11	2004-06-11	uncertain	uncertain	\N	py
2004-06?	date	2004-06	2004-06	uncertain	uncertain	\N	py
1984~	date	1984	1984	approximate	approximate	\N	py
1984%	date	1984	1984	uncertain_approximate	uncertain_approximate	\N	py
199X	22P02	\N	\N	\N	\N	a decade (1990 to 1999)	py
19XX	22P02	\N	\N	\N	\N	a century (1900 to 1999)	py js
1999-XX	date	1999	1999	\N	\N	\N	py
1999-01-XX	date	1999-01	1999-01	\N	\N	\N	py
1999-XX-XX	date	1999	1999	\N	\N	\N	py
-0275~	22P02	\N	\N	\N	\N	276 BC	py
-0001~	22P02	\N	\N	\N	\N	2 BC	py
0000~	22P02	\N	\N	\N	\N	1 BC	py
/2006	interval	\N	2006	\N	\N	\N	py
2004-06-01/	interval	2004-06-01	\N	\N	\N	\N	py
../2006	interval	..	2006	\N	\N	\N	py
2004-01-01/..	interval	2004-01-01	..	\N	\N	\N	py
2003-22	22P02	\N	\N	\N	\N	summer 2003	py
2000-23	22P02	\N	\N	\N	\N	autumn 2000	py
2010-24	22P02	\N	\N	\N	\N	winter 2010	py
2004?-06-11	22007	\N	\N	\N	\N	character 6	py
2004-06~-11	22007	\N	\N	\N	\N	character 9	py
2004-06-~11	22007	\N	\N	\N	\N	character 9	py
2004-%06	22007	\N	\N	\N	\N	character 6	py
2004-?06-?11	22007	\N	\N	\N	\N	character 6	py
?2004-%06	22007	\N	\N	\N	\N	character 1	py
2004?-~06-~04	22007	\N	\N	\N	\N	character 6	py
156X-12-25	22007	\N	\N	\N	\N	character 6	py
15XX-12-25	22007	\N	\N	\N	\N	character 6	py
1560-XX-25	22007	\N	\N	\N	\N	character 9	py
15XX-12-XX	22007	\N	\N	\N	\N	character 6	py
XXXX-XX-23	22007	\N	\N	\N	\N	character 9	py
[1667, 1668, 1670..1672]	22007	\N	\N	\N	\N	character 1	py
[..1760-12-03]	22007	\N	\N	\N	\N	character 1	py
{1960, 1961-12}	22007	\N	\N	\N	\N	character 1	py
196X	22P02	\N	\N	\N	\N	a decade (1960 to 1969)	py
2004-06-~01/2004-06-~20	22007	\N	\N	\N	\N	character 9	py
2004-06-XX/2004-07-03	interval	2004-06	2004-07-03	\N	\N	\N	py
Y17E7	22007	\N	\N	\N	\N	character 4	py js
Y-17E7	22007	\N	\N	\N	\N	character 5	py js
2001-29	22007	\N	\N	\N	\N	character 6	py
2001-34	22007	\N	\N	\N	\N	character 6	py
	22007	\N	\N	\N	\N	empty	py
not a edtf string	22007	\N	\N	\N	\N	character 1	py
Y17E7-12-26	22007	\N	\N	\N	\N	character 4	py
2016-13-08	22008	\N	\N	\N	\N	month	py
2016-02-39	22008	\N	\N	\N	\N	day	py
-0000-01-01	22007	\N	\N	\N	\N	character 1	py
2004-(06)?-11	22007	\N	\N	\N	\N	character 6	py
2004-06-(11)~	22007	\N	\N	\N	\N	character 9	py
2004-(06)%	22007	\N	\N	\N	\N	character 6	py
2004-(06-11)?	22007	\N	\N	\N	\N	character 6	py
2004?-06-(11)~	22007	\N	\N	\N	\N	character 6	py
(2004-(06)~)?	22007	\N	\N	\N	\N	character 1	py
(2004)?-06-04~	22007	\N	\N	\N	\N	character 1	py
(2011)-06-04~	22007	\N	\N	\N	\N	character 1	py
2011-(06-04)~	22007	\N	\N	\N	\N	character 6	py
2004-06-(01)~/2004-06-(20)~	22007	\N	\N	\N	\N	character 9	py
2016	date	2016	2016	\N	\N	\N	js
0409	date	0409	0409	\N	\N	\N	js
0023	date	0023	0023	\N	\N	\N	js
0007	date	0007	0007	\N	\N	\N	js
9999	date	9999	9999	\N	\N	\N	js
-0002	22P02	\N	\N	\N	\N	3 BC	js
-9999	22P02	\N	\N	\N	\N	10000 BC	js
-0000	22007	\N	\N	\N	\N	character 1	js
12345	22007	\N	\N	\N	\N	character 5	js
2016-05	date	2016-05	2016-05	\N	\N	\N	js
2016-01	date	2016-01	2016-01	\N	\N	\N	js
2016-12	date	2016-12	2016-12	\N	\N	\N	js
2016-13	22008	\N	\N	\N	\N	month	js
2016-00	22008	\N	\N	\N	\N	month	js
2016-05-01	date	2016-05-01	2016-05-01	\N	\N	\N	js
2016-05-13	date	2016-05-13	2016-05-13	\N	\N	\N	js
2016-05-29	date	2016-05-29	2016-05-29	\N	\N	\N	js
2016-05-30	date	2016-05-30	2016-05-30	\N	\N	\N	js
2016-05-31	date	2016-05-31	2016-05-31	\N	\N	\N	js
2016-05-00	22008	\N	\N	\N	\N	day	js
2016-05-32	22008	\N	\N	\N	\N	day	js
2016-02-30	22008	\N	\N	\N	\N	day	js
2016-02-31	22008	\N	\N	\N	\N	day	js
2016-04-31	22008	\N	\N	\N	\N	day	js
2016-06-31	22008	\N	\N	\N	\N	day	js
2016-09-31	22008	\N	\N	\N	\N	day	js
2016-11-31	22008	\N	\N	\N	\N	day	js
2016-05-02T16:54:59	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59.042	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T24:00:00	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59Z	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59.042Z	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59+02:30	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59+00:00	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59+14:00	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59-00:15	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59-11:59	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59-12:00	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59+0230	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59-1200	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59+14	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T16:54:59-12	22P02	\N	\N	\N	\N	time of day	js
2016-05-02T24:00:01	22007	\N	\N	\N	\N	character 18	js
2016-05-02T00:61:00	22007	\N	\N	\N	\N	character 15	js
2016-05-02T01:01:60	22007	\N	\N	\N	\N	character 18	js
2016-05-02T12:00:00-00:00	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-12:01	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-13:00	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-14:00	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00+14:01	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-0000	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-2000	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-1201	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00+1401	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-00	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00-13	22007	\N	\N	\N	\N	character 21	js
2016-05-02T12:00:00+15	22007	\N	\N	\N	\N	character 21	js
19	22007	\N	\N	\N	\N	ends after character 2	js
-04	22007	\N	\N	\N	\N	ends after character 3	js
1980/1994	interval	1980	1994	\N	\N	\N	js
1980-08/1994	interval	1980-08	1994	\N	\N	\N	js
2016?	date	2016	2016	uncertain	uncertain	\N	js
2016~	date	2016	2016	approximate	approximate	\N	js
2016%	date	2016	2016	uncertain_approximate	uncertain_approximate	\N	js
2016-05?	date	2016-05	2016-05	uncertain	uncertain	\N	js
2016-05~	date	2016-05	2016-05	approximate	approximate	\N	js
2016-05%	date	2016-05	2016-05	uncertain_approximate	uncertain_approximate	\N	js
2016-05-03?	date	2016-05-03	2016-05-03	uncertain	uncertain	\N	js
2016-05-03~	date	2016-05-03	2016-05-03	approximate	approximate	\N	js
2016-05-03%	date	2016-05-03	2016-05-03	uncertain_approximate	uncertain_approximate	\N	js
2016-05-XX	date	2016-05	2016-05	\N	\N	\N	js
2016-13-XX	22008	\N	\N	\N	\N	month	js
2016-XX	date	2016	2016	\N	\N	\N	js
XXXX	22P02	\N	\N	\N	\N	any year (0000 to 9999)	js
198X	22P02	\N	\N	\N	\N	a decade (1980 to 1989)	js
XXXX-XX	22P02	\N	\N	\N	\N	any year	js
XXXX-XX-XX	22P02	\N	\N	\N	\N	any year	js
Y170002	22P02	\N	\N	\N	\N	after 9999	js
Y10000	22P02	\N	\N	\N	\N	after 9999	js
Y9999	22007	\N	\N	\N	\N	character 1	js
Y00001	22007	\N	\N	\N	\N	character 2	js
Y-170002	22P02	\N	\N	\N	\N	before 0001	js
Y-10000	22P02	\N	\N	\N	\N	before 0001	js
Y-9999	22007	\N	\N	\N	\N	character 1	js
Y-00001	22007	\N	\N	\N	\N	character 3	js
2001-22	22P02	\N	\N	\N	\N	summer 2001	js
2001-23	22P02	\N	\N	\N	\N	autumn 2001	js
2001-24	22P02	\N	\N	\N	\N	winter 2001	js
1980?/1994~	interval	1980	1994	uncertain	approximate	\N	js
/	interval	\N	\N	\N	\N	\N	js
../..	interval	..	..	\N	\N	\N	js
../2016	interval	..	2016	\N	\N	\N	js
2016-05/..	interval	2016-05	..	\N	\N	\N	js
2004-06-01/..	interval	2004-06-01	..	\N	\N	\N	js
/2016-05	interval	\N	2016-05	\N	\N	\N	js
2016-05-31/..	interval	2016-05-31	..	\N	\N	\N	js
?2001	22007	\N	\N	\N	\N	character 1	js
2001~-09	22007	\N	\N	\N	\N	character 6	js
2001-?09~-09	22007	\N	\N	\N	\N	character 6	js
2004?-06-~11	22007	\N	\N	\N	\N	character 6	js
156X-12-31	22007	\N	\N	\N	\N	character 6	js
15XX-01-3X	22007	\N	\N	\N	\N	character 6	js
15XX-XX-25	22007	\N	\N	\N	\N	character 9	js
1500-1X-25	22007	\N	\N	\N	\N	character 7	js
15XX-X2	22007	\N	\N	\N	\N	character 6	js
1XXX-XX	22P02	\N	\N	\N	\N	a millennium (1000 to 1999)	js
1XXX-12	22007	\N	\N	\N	\N	character 6	js
1XX3	22007	\N	\N	\N	\N	character 4	js
1950S2	22007	\N	\N	\N	\N	character 5	js
Y17101000S3	22007	\N	\N	\N	\N	character 10	js
Y-17101E3S3	22007	\N	\N	\N	\N	character 8	js
2001-25	22007	\N	\N	\N	\N	character 6	js
2001-36	22007	\N	\N	\N	\N	character 6	js
2001-39	22007	\N	\N	\N	\N	character 6	js
193	22007	\N	\N	\N	\N	ends after character 3	js
 1855 	date	1855	1855	\N	\N	\N	bl
0001	date	0001	0001	\N	\N	\N	bl
9999-12-31	date	9999-12-31	9999-12-31	\N	\N	\N	bl
2000-02-29	date	2000-02-29	2000-02-29	\N	\N	\N	bl
2015-02-29	22008	\N	\N	\N	\N	day	bl
1900-02-29	22008	\N	\N	\N	\N	day	bl
1985-20	22008	\N	\N	\N	\N	month	bl
1985-42	22008	\N	\N	\N	\N	month	bl
1855-06/1855	interval	1855-06	1855	\N	\N	\N	bl
1855/1855	interval	1855	1855	\N	\N	\N	bl
1985%/..	interval	1985	..	uncertain_approximate	\N	\N	bl
2004-06~/2004-06	interval	2004-06	2004-06	approximate	\N	\N	bl
../	interval	..	\N	\N	\N	\N	bl
/..	interval	\N	..	\N	\N	\N	bl
1904/1855	22023	\N	\N	\N	\N	ends before it starts	bl
1855-02/1855-01-31	22023	\N	\N	\N	\N	ends before it starts	bl
..	22007	\N	\N	\N	\N	character 1	bl
..?/1985	22007	\N	\N	\N	\N	character 3	bl
.../1985	22007	\N	\N	\N	\N	character 3	bl
1985 /1904	22007	\N	\N	\N	\N	character 5	bl
1985//	22007	\N	\N	\N	\N	character 6	bl
1985/2004/2010	22007	\N	\N	\N	\N	character 10	bl
1985??	22007	\N	\N	\N	\N	character 6	bl
1985?~	22007	\N	\N	\N	\N	character 6	bl
1985-04-12T10:00:00/2000	22007	\N	\N	\N	\N	character 11	bl
1985T10:00:00	22007	\N	\N	\N	\N	character 5	bl
1985-XXT10:00:00	22007	\N	\N	\N	\N	character 8	bl
1985-04-12T10:00:00?	22007	\N	\N	\N	\N	character 20	bl
1985-04-12T23:20:30,5	22007	\N	\N	\N	\N	character 20	bl
1985-04-12T23:20	22007	\N	\N	\N	\N	ends after character 16	bl
1985-1	22007	\N	\N	\N	\N	ends after character 6	bl
1985-	22007	\N	\N	\N	\N	ends after character 5	bl
1985-04-12x	22007	\N	\N	\N	\N	character 11	bl
1985é	22007	\N	\N	\N	\N	non-ASCII character at character 5	bl
１９８５	22007	\N	\N	\N	\N	non-ASCII character at character 1	bl
1985/20é0	22007	\N	\N	\N	\N	character 8	bl
1985-01-01/Y170000002	22P02	\N	\N	\N	\N	after 9999	bl
2001-21/2001-23	22P02	\N	\N	\N	\N	spring 2001	bl
2001-21?	22P02	\N	\N	\N	\N	season	bl
1985-04-12T23:20:30.5Z	22P02	\N	\N	\N	\N	time of day	bl
1855-XX-07	22007	\N	\N	\N	\N	character 9	bl
11111111111111111111111111111111111111111111111111111111111111111	22007	\N	\N	\N	\N	65 bytes	bl
\.
