-- issue #26 item 1: dyad_years() and state_years() say how sure each cell is (stance_certain_min/max,
-- stance_possible_min/max, coverage, contested, n_sources, added after today's columns).  A new
-- result column changes the function's return type, which CREATE OR REPLACE refuses: the views
-- over dyad_years() and the function go first, and the tree's blocks make them again.  (The old
-- state_years(int, int, text) is dropped by the generated part: the tree has only the new
-- signature.)  A view of a user's own over one of them stops the update here (no CASCADE): drop it,
-- update, and make it again.  IF EXISTS: on a Citus cluster the coordinator's drop of a function
-- or view may reach a worker before the worker's own update runs this step.
DROP VIEW IF EXISTS bilateral_bi.dyad_issue_years;
DROP VIEW IF EXISTS bilateral_bi.dyad_years;
DROP VIEW IF EXISTS bilateral.dyad_year_panel;
DROP FUNCTION IF EXISTS bilateral.dyad_years(int, int, boolean, text, date, text[], boolean);
