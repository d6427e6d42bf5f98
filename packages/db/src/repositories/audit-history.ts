import type { AuditRecord } from "@hindsight/domain";
import type { Database } from "../client";

/** The change history of one entity, newest first (at most `limit` rows when given). */
export async function readAuditHistory(
  db: Database,
  entity: string,
  entityId: string,
  limit?: number,
): Promise<AuditRecord[]> {
  return db.auditEvent.findMany({
    where: { entity, entityId },
    select: {
      id: true,
      at: true,
      action: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    ...(limit === undefined ? {} : { take: limit }),
  });
}
