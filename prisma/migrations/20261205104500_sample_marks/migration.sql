-- The fictional sample newsroom (docs/demo-data.md): its rows carry a mark that only the seed sets
-- (neither the app nor an import writes it), so `pnpm hindsight demo remove-sample` can remove
-- exactly them, whatever their names or keys became.
-- AlterTable
ALTER TABLE "analyst" ADD COLUMN     "sample" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "prediction" ADD COLUMN     "sample" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "question" ADD COLUMN     "sample" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "sample" BOOLEAN NOT NULL DEFAULT false;

-- ---------------------------------------------------------------------------------------------
-- Hand-written below (Prisma's differ ignores functions and triggers).

-- Judgements stay append-only, with one exception: removing the sample newsroom deletes the
-- judgements of sample predictions (and the question judgements of sample questions). It asks for
-- it with `SET LOCAL hindsight.removing_sample = 'on'` in its transaction, and even then only rows
-- whose prediction (question) is marked sample may go; UPDATE and TRUNCATE are always refused.
CREATE OR REPLACE FUNCTION "judgement_append_only"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(current_setting('hindsight.removing_sample', true), '') = 'on' THEN
        -- One table's columns per statement: OLD has only the columns of the table it comes from.
        IF TG_TABLE_NAME = 'judgement' THEN
            IF EXISTS (SELECT 1 FROM "prediction" p WHERE p."id" = OLD."predictionId" AND p."sample") THEN
                RETURN OLD;
            END IF;
        ELSIF TG_TABLE_NAME = 'question_judgement' THEN
            IF EXISTS (SELECT 1 FROM "question" q WHERE q."id" = OLD."questionId" AND q."sample") THEN
                RETURN OLD;
            END IF;
        END IF;
    END IF;
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME
        USING DETAIL = format('%s on "%s" refused; insert a new judgement instead.', TG_OP, TG_TABLE_NAME);
END;
$$;
