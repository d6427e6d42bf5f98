-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('TRUE', 'FALSE', 'PARTIAL', 'AMBIGUOUS', 'ANNULLED');

-- CreateEnum
CREATE TYPE "ProbabilitySource" AS ENUM ('STATED', 'HEDGE', 'ESTIMATE');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analyst" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "analyst_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" DATE NOT NULL,
    "authors" TEXT[],
    "text" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prediction" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "analystId" TEXT NOT NULL,
    "sourceId" TEXT,
    "parentId" TEXT,
    "claim" TEXT NOT NULL,
    "quote" TEXT,
    "quoteStart" INTEGER,
    "quoteEnd" INTEGER,
    "criteria" TEXT,
    "madeAt" TIMESTAMP(3) NOT NULL,
    "resolveBy" TIMESTAMP(3),
    "probability" DOUBLE PRECISION NOT NULL,
    "probabilitySource" "ProbabilitySource" NOT NULL,
    "hedge" TEXT,
    "probabilityLow" DOUBLE PRECISION,
    "probabilityHigh" DOUBLE PRECISION,
    "conditional" BOOLEAN NOT NULL DEFAULT false,
    "condition" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "outcome" "Outcome",
    "credit" DOUBLE PRECISION,
    "resolvedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "prediction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "judgement" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "outcome" "Outcome",
    "credit" DOUBLE PRECISION,
    "resolvedAt" TIMESTAMP(3),
    "note" TEXT,
    "evidence" TEXT[],
    "judgedById" TEXT,
    "basedOnVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "judgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prediction_tag" (
    "predictionId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "prediction_tag_pkey" PRIMARY KEY ("predictionId","tagId")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "account_providerId_accountId_key" ON "account"("providerId", "accountId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_keyHash_key" ON "api_key"("keyHash");

-- CreateIndex
CREATE INDEX "api_key_createdById_idx" ON "api_key"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "analyst_slug_key" ON "analyst"("slug");

-- CreateIndex
CREATE INDEX "analyst_name_idx" ON "analyst"("name");

-- CreateIndex
CREATE UNIQUE INDEX "source_key_key" ON "source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "source_url_key" ON "source"("url");

-- CreateIndex
CREATE INDEX "source_outlet_idx" ON "source"("outlet");

-- CreateIndex
CREATE INDEX "source_publishedAt_idx" ON "source"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "prediction_key_key" ON "prediction"("key");

-- CreateIndex
CREATE INDEX "prediction_createdAt_id_idx" ON "prediction"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "prediction_analystId_madeAt_idx" ON "prediction"("analystId", "madeAt");

-- CreateIndex
CREATE INDEX "prediction_sourceId_idx" ON "prediction"("sourceId");

-- CreateIndex
CREATE INDEX "prediction_parentId_idx" ON "prediction"("parentId");

-- CreateIndex
CREATE INDEX "prediction_outcome_idx" ON "prediction"("outcome");

-- CreateIndex
CREATE INDEX "judgement_predictionId_createdAt_idx" ON "judgement"("predictionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "tag_slug_key" ON "tag"("slug");

-- CreateIndex
CREATE INDEX "prediction_tag_tagId_idx" ON "prediction_tag"("tagId");

-- CreateIndex
CREATE INDEX "audit_event_entity_entityId_at_idx" ON "audit_event"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "audit_event_actorId_idx" ON "audit_event"("actorId");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_analystId_fkey" FOREIGN KEY ("analystId") REFERENCES "analyst"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "prediction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "judgement" ADD CONSTRAINT "judgement_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "prediction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "judgement" ADD CONSTRAINT "judgement_judgedById_fkey" FOREIGN KEY ("judgedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prediction_tag" ADD CONSTRAINT "prediction_tag_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "prediction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prediction_tag" ADD CONSTRAINT "prediction_tag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written below: rules Prisma's schema language cannot express. Prisma's differ ignores CHECK
-- constraints, functions and triggers; the partial index is declared in neither the schema nor the
-- differ's view, so keep it here (a later `migrateDev` must still report no changes).

-- Prediction: probabilities are in [0, 1]; the interval, when given, contains the probability.
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_probability_range"
    CHECK ("probability" >= 0 AND "probability" <= 1);
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_probabilityLow_range"
    CHECK ("probabilityLow" IS NULL OR ("probabilityLow" >= 0 AND "probabilityLow" <= 1));
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_probabilityHigh_range"
    CHECK ("probabilityHigh" IS NULL OR ("probabilityHigh" >= 0 AND "probabilityHigh" <= 1));
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_probability_interval"
    CHECK ("probabilityLow" IS NULL OR "probabilityHigh" IS NULL
           OR ("probabilityLow" <= "probability" AND "probability" <= "probabilityHigh"));

-- Prediction: quote offsets (UTF-16 code units) are non-negative and ordered.
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_quoteStart_nonnegative"
    CHECK ("quoteStart" IS NULL OR "quoteStart" >= 0);
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_quote_order"
    CHECK ("quoteStart" IS NULL OR "quoteEnd" IS NULL OR "quoteEnd" >= "quoteStart");

-- Prediction: a condition only on a conditional prediction.
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_condition_requires_conditional"
    CHECK ("condition" IS NULL OR "conditional");

-- Prediction: the claim is not blank; versions start at 1.
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_claim_not_blank"
    CHECK (btrim("claim") <> '');
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_version_positive"
    CHECK ("version" >= 1);

-- Credit is in [0, 1] and present exactly when the outcome is PARTIAL (a NULL outcome, i.e. open or
-- reopened, has no credit).
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_credit_range"
    CHECK ("credit" IS NULL OR ("credit" >= 0 AND "credit" <= 1));
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_credit_only_partial"
    CHECK (("credit" IS NULL) = ("outcome" IS DISTINCT FROM 'PARTIAL'));
ALTER TABLE "judgement" ADD CONSTRAINT "judgement_credit_range"
    CHECK ("credit" IS NULL OR ("credit" >= 0 AND "credit" <= 1));
ALTER TABLE "judgement" ADD CONSTRAINT "judgement_credit_only_partial"
    CHECK (("credit" IS NULL) = ("outcome" IS DISTINCT FROM 'PARTIAL'));
ALTER TABLE "judgement" ADD CONSTRAINT "judgement_basedOnVersion_positive"
    CHECK ("basedOnVersion" >= 1);

-- Analyst: the slug is not empty.
ALTER TABLE "analyst" ADD CONSTRAINT "analyst_slug_not_blank"
    CHECK (btrim("slug") <> '');

-- Judgements are append-only: UPDATE, DELETE and TRUNCATE are refused.
CREATE FUNCTION "judgement_append_only"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'judgement rows are append-only'
        USING DETAIL = format('%s on "judgement" refused; insert a new judgement instead.', TG_OP);
END;
$$;

CREATE TRIGGER "judgement_append_only_row"
    BEFORE UPDATE OR DELETE ON "judgement"
    FOR EACH ROW EXECUTE FUNCTION "judgement_append_only"();

CREATE TRIGGER "judgement_append_only_truncate"
    BEFORE TRUNCATE ON "judgement"
    FOR EACH STATEMENT EXECUTE FUNCTION "judgement_append_only"();

-- The due queue: open predictions by resolve-by date.
CREATE INDEX "prediction_due_idx" ON "prediction"("resolveBy") WHERE "outcome" IS NULL;
