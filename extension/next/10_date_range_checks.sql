-- issue #22 item 12: one rule for every date that enters.  Every date column of the editable
-- tables refuses a day before 0001-01-01 (a BC date) or after 9999-12-31 with 22008, naming the
-- column (bilateral.check_day()); before, add_source() and add_treaty() stored BC dates that
-- export_tei then wrote as a year the import refused.  A stored row that breaks the rule stops the
-- update here, naming the column and the day.
-- Each ALTER TABLE runs by EXECUTE, as a statement of its own, and only where
-- bilateral.applies_shipped_rows() (one server, a Citus coordinator): Citus propagates a table's
-- DDL to its shards and to the workers' copies with the text of the statement, which in an
-- extension script would be the whole script, and a worker (which runs the update too) must not
-- alter its copies again.  One subcommand per ALTER TABLE: Citus refuses ADD CONSTRAINT beside
-- another.
DO $bl_step$
BEGIN
    IF bilateral.applies_shipped_rows() THEN
        EXECUTE 'ALTER TABLE bilateral.source ADD CONSTRAINT source_days CHECK (bilateral.check_day(published, ''source.published'') IS NOT DISTINCT FROM published)';
        EXECUTE 'ALTER TABLE bilateral.actor_name ADD CONSTRAINT actor_name_days CHECK (bilateral.check_day(valid_from, ''actor_name.valid_from'') IS NOT DISTINCT FROM valid_from AND bilateral.check_day(valid_to, ''actor_name.valid_to'') IS NOT DISTINCT FROM valid_to)';
        EXECUTE 'ALTER TABLE bilateral.actor_era ADD CONSTRAINT actor_era_days CHECK (bilateral.check_day(era_from, ''actor_era.era_from'') IS NOT DISTINCT FROM era_from AND bilateral.check_day(era_to, ''actor_era.era_to'') IS NOT DISTINCT FROM era_to)';
        EXECUTE 'ALTER TABLE bilateral.actor_code_era ADD CONSTRAINT actor_code_era_days CHECK (bilateral.check_day(valid_from, ''actor_code_era.valid_from'') IS NOT DISTINCT FROM valid_from AND bilateral.check_day(valid_to, ''actor_code_era.valid_to'') IS NOT DISTINCT FROM valid_to)';
        EXECUTE 'ALTER TABLE bilateral.system_membership ADD CONSTRAINT system_membership_days CHECK (bilateral.check_day(member_from, ''system_membership.member_from'') IS NOT DISTINCT FROM member_from AND bilateral.check_day(member_to, ''system_membership.member_to'') IS NOT DISTINCT FROM member_to)';
        EXECUTE 'ALTER TABLE bilateral.treaty ADD CONSTRAINT treaty_days CHECK (bilateral.check_day(in_force_from, ''treaty.in_force_from'') IS NOT DISTINCT FROM in_force_from AND bilateral.check_day(in_force_to, ''treaty.in_force_to'') IS NOT DISTINCT FROM in_force_to)';
        EXECUTE 'ALTER TABLE bilateral.event ADD CONSTRAINT event_days CHECK (bilateral.check_day(occurred_from, ''event.occurred_from'') IS NOT DISTINCT FROM occurred_from AND bilateral.check_day(occurred_to, ''event.occurred_to'') IS NOT DISTINCT FROM occurred_to)';
        EXECUTE 'ALTER TABLE bilateral.office_term ADD CONSTRAINT office_term_days CHECK (bilateral.check_day(term_from, ''office_term.term_from'') IS NOT DISTINCT FROM term_from AND bilateral.check_day(term_to, ''office_term.term_to'') IS NOT DISTINCT FROM term_to)';
    END IF;
END
$bl_step$;
