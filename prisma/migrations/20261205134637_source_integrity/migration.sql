-- AlterTable
ALTER TABLE "source" ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "textSha256" TEXT;

-- ---------------------------------------------------------------------------------------------
-- Hand-written below. The application computes the hash (node:crypto) whenever it writes the
-- text; these constraints refuse a write path that forgets to, and sources stored before this
-- migration get the same hash PostgreSQL computes (UTF-8 bytes, lower-case hex).
UPDATE "source" SET "textSha256" = encode(sha256(convert_to("text", 'UTF8')), 'hex') WHERE "text" IS NOT NULL;

ALTER TABLE "source" ADD CONSTRAINT "source_textSha256_with_text" CHECK (("text" IS NULL) = ("textSha256" IS NULL));
ALTER TABLE "source" ADD CONSTRAINT "source_textSha256_hex" CHECK ("textSha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "source" ADD CONSTRAINT "source_archiveUrl_web" CHECK ("archiveUrl" ~* '^https?://');
