-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('OFF', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('SENDING', 'SENT', 'FAILED', 'EMPTY');

-- CreateTable
CREATE TABLE "analyst_follow" (
    "userId" TEXT NOT NULL,
    "analystId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "analyst_follow_pkey" PRIMARY KEY ("userId","analystId")
);

-- CreateTable
CREATE TABLE "tag_follow" (
    "userId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tag_follow_pkey" PRIMARY KEY ("userId","tagId")
);

-- CreateTable
CREATE TABLE "notification_prefs" (
    "userId" TEXT NOT NULL,
    "digest" "DigestFrequency" NOT NULL DEFAULT 'OFF',
    "unsubscribeToken" TEXT NOT NULL,
    "bellReadAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_prefs_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "digest_send" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "frequency" "DigestFrequency" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "status" "DigestStatus" NOT NULL DEFAULT 'SENDING',
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "items" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "digest_send_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "analyst_follow_analystId_idx" ON "analyst_follow"("analystId");

-- CreateIndex
CREATE INDEX "tag_follow_tagId_idx" ON "tag_follow"("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "notification_prefs_unsubscribeToken_key" ON "notification_prefs"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "notification_prefs_digest_idx" ON "notification_prefs"("digest");

-- CreateIndex
CREATE INDEX "digest_send_status_idx" ON "digest_send"("status");

-- CreateIndex
CREATE UNIQUE INDEX "digest_send_userId_frequency_periodKey_key" ON "digest_send"("userId", "frequency", "periodKey");

-- AddForeignKey
ALTER TABLE "analyst_follow" ADD CONSTRAINT "analyst_follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analyst_follow" ADD CONSTRAINT "analyst_follow_analystId_fkey" FOREIGN KEY ("analystId") REFERENCES "analyst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_follow" ADD CONSTRAINT "tag_follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_follow" ADD CONSTRAINT "tag_follow_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_prefs" ADD CONSTRAINT "notification_prefs_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_send" ADD CONSTRAINT "digest_send_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
