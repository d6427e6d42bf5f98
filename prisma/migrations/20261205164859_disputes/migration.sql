-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'UPHELD', 'REJECTED');

-- CreateEnum
CREATE TYPE "DisputeDecision" AS ENUM ('UPHOLD', 'REJECT');

-- CreateTable
CREATE TABLE "dispute" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "judgementId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "evidence" TEXT[],
    "filedById" TEXT,
    "filerName" TEXT,
    "filerEmail" TEXT,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dispute_answer" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "decision" "DisputeDecision" NOT NULL,
    "reason" TEXT,
    "answeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dispute_answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dispute_status_createdAt_id_idx" ON "dispute"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "dispute_predictionId_createdAt_idx" ON "dispute"("predictionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "dispute_answer_disputeId_key" ON "dispute_answer"("disputeId");

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "prediction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_judgementId_fkey" FOREIGN KEY ("judgementId") REFERENCES "judgement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute_answer" ADD CONSTRAINT "dispute_answer_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute_answer" ADD CONSTRAINT "dispute_answer_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written below (Prisma's differ ignores CHECK constraints, partial indexes, functions and
-- triggers). The rules of the right of reply: docs/disputes.md.

-- Every evidence link is an http or https address with no whitespace (a CHECK cannot hold a
-- subquery, so the test over the array lives in an immutable function).
CREATE FUNCTION "dispute_links_web"(links text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(bool_and(link ~* '^https?://[^[:space:]]+$'), true) FROM unnest(links) AS link
$$;

ALTER TABLE "dispute" ADD CONSTRAINT "dispute_text_not_blank" CHECK (btrim("text") <> '');
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_evidence_web" CHECK ("dispute_links_web"("evidence"));
-- Filed by a signed-in user, or through the public form with a name and an email address: one or the other.
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_filer_one" CHECK (("filedById" IS NULL) = ("filerName" IS NOT NULL));
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_filer_email_with_name" CHECK (("filerName" IS NULL) = ("filerEmail" IS NULL));
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_filerName_not_blank" CHECK ("filerName" IS NULL OR btrim("filerName") <> '');
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_filerEmail_address" CHECK ("filerEmail" IS NULL OR "filerEmail" ~ '^[^[:space:]@]+@[^[:space:]@]+$');
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_version_positive" CHECK ("version" >= 1);

-- A rejection says why; a reason, when given, is not blank.
ALTER TABLE "dispute_answer" ADD CONSTRAINT "dispute_answer_reason_not_blank" CHECK ("reason" IS NULL OR btrim("reason") <> '');
ALTER TABLE "dispute_answer" ADD CONSTRAINT "dispute_answer_reject_reason" CHECK ("decision" <> 'REJECT' OR "reason" IS NOT NULL);

-- "Disputed" marks and the editors' count read only the open disputes.
CREATE INDEX "dispute_open_prediction_idx" ON "dispute"("predictionId") WHERE "status" = 'OPEN';

-- Answers are append-only: UPDATE and TRUNCATE are refused; DELETE only when removing the sample
-- newsroom (`SET LOCAL hindsight.removing_sample = 'on'`, as judgement_append_only allows), which
-- cascades from the sample predictions to their disputes and answers.
CREATE FUNCTION "dispute_answer_append_only"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(current_setting('hindsight.removing_sample', true), '') = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'dispute_answer rows are append-only'
        USING DETAIL = format('%s on "dispute_answer" refused; a dispute is answered once.', TG_OP);
END;
$$;

CREATE TRIGGER "dispute_answer_append_only_row"
    BEFORE UPDATE OR DELETE ON "dispute_answer"
    FOR EACH ROW EXECUTE FUNCTION "dispute_answer_append_only"();

CREATE TRIGGER "dispute_answer_append_only_truncate"
    BEFORE TRUNCATE ON "dispute_answer"
    FOR EACH STATEMENT EXECUTE FUNCTION "dispute_answer_append_only"();
