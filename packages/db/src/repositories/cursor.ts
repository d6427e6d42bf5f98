import { DomainError } from "@hindsight/domain";

/** Keyset cursor over (createdAt desc, id desc): opaque to clients, stable under inserts. */
export interface Keyset {
  createdAt: Date;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(`${keyset.createdAt.toISOString()}|${keyset.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Keyset {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new DomainError("INVALID", "The page cursor is not valid", [
      { path: "cursor", message: "Not a valid cursor" },
    ]);
  }
  return { createdAt, id };
}
