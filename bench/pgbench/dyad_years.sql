\set y random(1855, 2011)
SELECT count(*) FROM bilateral.dyad_years(:y, :y + 9);
