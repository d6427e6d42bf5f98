import { z } from "zod";
import { isDateInRange, MAX_YEAR, MIN_YEAR } from "../limits";
import { tagSlug } from "../slug";
import { parseIsoDate } from "./values";

/**
 * Field schemas shared by procedures, forms and the importer. Forms send "" for an empty input;
 * optional fields read "" as absent so that one schema serves both.
 */
const blankToUndefined = (value: unknown): unknown =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    // PostgreSQL text cannot store U+0000: refused here, with the field, rather than by the database.
    .refine((value) => !value.includes("\u0000"), `${label} may not contain the NUL character`);

/** A calendar date or timestamp: "2025-04-25", "2025-04-25T10:00:00Z" or a Date. */
export const date = (label: string) => {
  const message = `${label} must be a date (YYYY-MM-DD)`;
  return z
    .union([z.date({ error: message }), z.string({ error: message })], { error: message })
    .transform((value, context) => {
      const parsed = typeof value === "string" ? parseIsoDate(value) : value;
      if (!parsed || Number.isNaN(parsed.getTime())) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      // PostgreSQL would store year 200,000 or refuse 5000 BC; neither is a date a ledger means.
      if (!isDateInRange(parsed)) {
        context.addIssue({
          code: "custom",
          message: `${label} must be a date between the years ${MIN_YEAR} and ${MAX_YEAR}`,
        });
        return z.NEVER;
      }
      return parsed;
    });
};

/** A calendar day: a date, or the UTC day of a timestamp (for columns that keep only the day). */
export const day = (label: string) =>
  date(label).transform((value) => new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())));

/** A numeric string from a form becomes a number; blanks, booleans and null stay what they are (and fail). */
export const numericString = (value: unknown): unknown =>
  typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value;

export const url = (label: string) =>
  z
    .string({ error: `${label} must be an http(s) URL` })
    .trim()
    .max(2000, `${label} must be at most 2000 characters`)
    .pipe(z.url({ protocol: /^https?$/, error: `${label} must be an http(s) URL` }));

export const probability = z.preprocess(
  numericString,
  z
    .number({ error: "Probability must be a number between 0 and 1" })
    .min(0, "Probability must be between 0 and 1")
    .max(1, "Probability must be between 0 and 1"),
);

export const tagName = z
  .string()
  .trim()
  .min(1, "Tags cannot be empty")
  .max(40, "A tag must be at most 40 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _");

/** Tags, lowercased and deduplicated. */
export const tagList = z
  .array(tagName)
  .max(20, "At most 20 tags")
  .transform((values) => [...new Set(values.map(tagSlug))]);

/** Tags where absent means none (logging, import). An edit uses tagList.optional(): absent means unchanged. */
export const tags = tagList.default([]);

export const cursorPage = {
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
};
