import { DomainError, type SourceDetail, type UpdateSourceInput } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { onPrimary } from "../replica";
import { getSourceDetail } from "./source-detail";
import { sourceChanges, textSha256, type AuditedSource } from "./source-integrity";

type Transaction = Prisma.TransactionClient;

const auditedSelect = {
  title: true,
  outlet: true,
  url: true,
  archiveUrl: true,
  publishedAt: true,
  authors: true,
  textSha256: true,
  text: true,
} as const;

/** What a write may change on a source; a field left out stays. */
interface SourceChange {
  archiveUrl?: string | null;
  text?: string | null;
  authors?: string[];
}

/**
 * Changes a source inside the caller's transaction and records it in the source's change history:
 * a new article text gets its SHA-256 (the history shows the old and new hash, never the text) and
 * the quotes of the predictions citing the source are found again in it (their offsets point into
 * the text they were found in).
 */
export async function changeSource(
  tx: Transaction,
  id: string,
  change: SourceChange,
  actor: { userId: string | null },
): Promise<void> {
  const current = await tx.source.findUnique({ where: { id }, select: auditedSelect });
  if (!current) throw new DomainError("NOT_FOUND", `Source ${id} does not exist`);
  const { text: currentText, ...before } = current;
  const text = change.text === undefined ? currentText : change.text;
  const after: AuditedSource = {
    ...before,
    archiveUrl: change.archiveUrl === undefined ? before.archiveUrl : change.archiveUrl,
    authors: change.authors ?? before.authors,
    textSha256: textSha256(text),
  };
  const changes = sourceChanges(before, after);
  if (!changes) return;
  await tx.source.update({
    where: { id },
    data: { archiveUrl: after.archiveUrl, authors: after.authors, text, textSha256: after.textSha256 },
  });
  if (text !== currentText) await relocateQuotes(tx, id, text);
  await tx.auditEvent.create({
    data: { actorId: actor.userId, action: "source.update", entity: "source", entityId: id, ...changes },
  });
}

/** The article text and byline for a source logged by URL alone (logging from the article). */
export async function storeArticleText(
  tx: Transaction,
  id: string,
  article: { text?: string; authors?: string[] },
  actor: { userId: string | null },
): Promise<void> {
  await changeSource(tx, id, { text: article.text ?? null, authors: article.authors }, actor);
}

/** Each quote's offsets in the new text: where it first occurs, or none when it does not. */
async function relocateQuotes(tx: Transaction, sourceId: string, text: string | null): Promise<void> {
  const quoted = await tx.prediction.findMany({
    where: { sourceId, quote: { not: null } },
    select: { id: true, quote: true, quoteStart: true, quoteEnd: true },
  });
  for (const prediction of quoted) {
    const start = text !== null && prediction.quote ? text.indexOf(prediction.quote) : -1;
    const quoteStart = start < 0 ? null : start;
    const quoteEnd = start < 0 ? null : start + (prediction.quote?.length ?? 0);
    if (quoteStart === prediction.quoteStart && quoteEnd === prediction.quoteEnd) continue;
    await tx.prediction.update({ where: { id: prediction.id }, data: { quoteStart, quoteEnd } });
  }
}

/** Edits a source's archived-copy URL and stored article text (editors), auditing the change. */
export async function updateSource(
  db: Database,
  input: UpdateSourceInput,
  actor: { userId: string | null },
): Promise<SourceDetail> {
  try {
    await db.$transaction(async (tx) => {
      await changeSource(tx, input.id, { archiveUrl: input.archiveUrl, text: input.text }, actor);
    });
  } catch (error) {
    throw toDomainError(error);
  }
  // Read on the primary: a replica may not have the write yet (see replica.ts).
  return await getSourceDetail(onPrimary(db), input.id);
}
