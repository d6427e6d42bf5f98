-- Whole-page cache of the web app (apps/web/src/server/page-cache): every statement that changes
-- what a page shows signals the channel "hindsight_changes" when its transaction commits. Each web
-- instance listens on the channel and drops its cached pages (and its cached read models), so a
-- write made by the CLI, an import, a test or another instance shows on the next page. PostgreSQL
-- delivers one notification per transaction for identical signals, so a bulk import signals once.
-- Derived tables (score cells, fair votes and cells) change only with the tables below.
CREATE FUNCTION hindsight_signal_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hindsight_changes', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "user"
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analyst
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON prediction
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON judgement
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON question
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON question_reference
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON question_judgement
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tag
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON prediction_tag
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
