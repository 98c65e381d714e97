-- The ownership tests every row level security policy evaluates per row, in C (src/scope.c).  As
-- SQL functions with a pinned search_path they could not be inlined and cost a GUC save and
-- restore per row: 1.4 spent about 280 us on each row an ordinary role inserted and 85 us on each
-- of its own rows it read.  Same arguments, same answers (docs/security.md).

CREATE OR REPLACE FUNCTION bilateral.may_edit(owner name) RETURNS boolean
AS 'MODULE_PATHNAME', 'bl_may_edit'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE OR REPLACE FUNCTION bilateral.in_scope(shipped boolean, owner name) RETURNS boolean
AS 'MODULE_PATHNAME', 'bl_in_scope'
LANGUAGE C STABLE PARALLEL SAFE;
