/**
 * The most characters each long text field takes, as the domain's schemas (packages/domain/src/
 * schemas) refuse past them, keyed by the field's name in the forms (the last part of a
 * react-hook-form path: `cards.0.claim` is a claim). The same name means the same limit wherever it
 * appears (a prediction's and a question's criteria, a judgement's and a reopening's note);
 * text-limits.test.ts holds each to its schema.
 */
export const textLimits = {
  claim: 1000,
  quote: 5000,
  criteria: 2000,
  condition: 1000,
  note: 5000,
  title: 500,
} as const;

export type LimitedField = keyof typeof textLimits;

/** The limit of the field registered as `name` (`claim`, `parts.2.text`, `cards.0.quote`), if it has one. */
export function textLimitFor(name: string | undefined): number | undefined {
  const field = name?.split(".").at(-1);
  return field && Object.hasOwn(textLimits, field) ? textLimits[field as LimitedField] : undefined;
}

/** Where a count stands against its limit: fine, near it (the last tenth), or past it. */
export type CountLevel = "fine" | "near" | "over";

export function countLevel(count: number, limit: number): CountLevel {
  if (count > limit) return "over";
  return count >= Math.ceil(limit * 0.9) ? "near" : "fine";
}

/** What a screen reader is told (politely) near or past the limit; nothing while well under it. */
export function countAnnouncement(count: number, limit: number): string {
  const level = countLevel(count, limit);
  if (level === "over") {
    const over = count - limit;
    return `${over} ${over === 1 ? "character" : "characters"} too many: the limit is ${limit}`;
  }
  if (level === "near") {
    const left = limit - count;
    return `${left} ${left === 1 ? "character" : "characters"} left`;
  }
  return "";
}
