import { DomainError, quoteFoundVerbatim, type SourceDetail } from "@hindsight/domain";
import type { Database } from "../client";
import { readAuditHistory } from "./audit-history";
import { sourceFieldsSelect } from "./source-select";

/**
 * A source with its byline, integrity facts (the stored text's hash, the archived copy), how many of
 * the quotes citing it stand verbatim in its text, and its change history (newest first).
 */
export async function getSourceDetail(db: Database, id: string): Promise<SourceDetail> {
  const source = await db.source.findUnique({
    where: { id },
    select: {
      ...sourceFieldsSelect,
      predictions: { where: { quote: { not: null } }, select: { quote: true } },
    },
  });
  if (!source) throw new DomainError("NOT_FOUND", `Source ${id} does not exist`);
  const { text, predictions, ...fields } = source;
  const checked = predictions.map((prediction) => quoteFoundVerbatim(prediction.quote, text));
  const history = await readAuditHistory(db, "source", id);
  return {
    ...fields,
    quotes: { total: predictions.length, verbatim: checked.filter((verbatim) => verbatim === true).length },
    history,
  };
}
