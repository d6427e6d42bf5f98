import { DomainError, quoteFoundVerbatim, type AuditRecord, type SourceDetail } from "@hindsight/domain";
import type { Database } from "../client";

/**
 * A source with its byline, integrity facts (the stored text's hash, the archived copy), how many of
 * the quotes citing it stand verbatim in its text, and its change history (newest first).
 */
export async function getSourceDetail(db: Database, id: string): Promise<SourceDetail> {
  const source = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      key: true,
      title: true,
      outlet: true,
      url: true,
      archiveUrl: true,
      publishedAt: true,
      authors: true,
      text: true,
      textSha256: true,
      predictions: { where: { quote: { not: null } }, select: { quote: true } },
    },
  });
  if (!source) throw new DomainError("NOT_FOUND", `Source ${id} does not exist`);
  const { text, predictions, ...fields } = source;
  const checked = predictions.map((prediction) => quoteFoundVerbatim(prediction.quote, text));
  const events = await db.auditEvent.findMany({
    where: { entity: "source", entityId: id },
    select: {
      id: true,
      at: true,
      action: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  const history: AuditRecord[] = events;
  return {
    ...fields,
    quotes: { total: predictions.length, verbatim: checked.filter((verbatim) => verbatim === true).length },
    history,
  };
}
