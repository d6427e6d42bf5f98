-- The analyst directory pages by (name, id) (listAnalysts): with the index in that order a page is
-- read in order from the index, without sorting the analysts that share a name. It also serves
-- every lookup the name-only index served, which it replaces.
DROP INDEX "analyst_name_idx";

CREATE INDEX "analyst_name_id_idx" ON "analyst"("name", "id");
