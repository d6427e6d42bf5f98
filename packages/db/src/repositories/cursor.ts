import { DomainError } from "@hindsight/domain";

/** Keyset cursor over (sort value, id): opaque to clients, stable under inserts. */
export interface Keyset {
  at: Date;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(`${keyset.at.toISOString()}|${keyset.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Keyset {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) {
    throw new DomainError("INVALID", "The page cursor is not valid", [
      { path: "cursor", message: "Not a valid cursor" },
    ]);
  }
  return { at, id };
}
