-- Disputes and their answers are shown on prediction pages: their writes signal the page cache's
-- channel too (see 20261205170000_page_cache_notify).
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dispute
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
CREATE TRIGGER signal_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dispute_answer
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_signal_change();
