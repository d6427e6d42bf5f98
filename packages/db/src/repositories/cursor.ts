import { DomainError, isDateInRange, textProblem } from "@hindsight/domain";

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
  // A forged cursor may carry a date PostgreSQL cannot hold, or an id no column can.
  if (!id || !isDateInRange(at) || textProblem(id) !== null) {
    throw new DomainError("INVALID", "The page cursor is not valid", [
      { path: "cursor", message: "Not a valid cursor" },
    ]);
  }
  return { at, id };
}

/** Keyset cursor over (name, id), for lists in name order. */
export interface NameKeyset {
  name: string;
  id: string;
}

export function encodeNameCursor(keyset: NameKeyset): string {
  return Buffer.from(JSON.stringify([keyset.name, keyset.id]), "utf8").toString("base64url");
}

export function decodeNameCursor(cursor: string): NameKeyset {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    // not JSON: refused below
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !parsed.every((part) => typeof part === "string" && textProblem(part) === null) ||
    !parsed[1]
  ) {
    throw new DomainError("INVALID", "The page cursor is not valid", [
      { path: "cursor", message: "Not a valid cursor" },
    ]);
  }
  return { name: parsed[0] as string, id: parsed[1] as string };
}
