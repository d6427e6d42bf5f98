import { z } from "zod";

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
    .max(max, `${label} must be at most ${max} characters`);

/** A calendar date or timestamp: "2025-04-25", "2025-04-25T10:00:00Z" or a Date. */
export const date = (label: string) =>
  z.coerce.date({ error: `${label} must be a date (YYYY-MM-DD)` }).refine((value) => !Number.isNaN(value.getTime()), {
    error: `${label} must be a date (YYYY-MM-DD)`,
  });

export const url = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `${label} must be at most 2000 characters`)
    .pipe(z.url({ protocol: /^https?$/, error: `${label} must be an http(s) URL` }));

export const probability = z.coerce
  .number({ error: "Probability must be a number between 0 and 1" })
  .min(0, "Probability must be between 0 and 1")
  .max(1, "Probability must be between 0 and 1");

export const tagName = z
  .string()
  .trim()
  .min(1, "Tags cannot be empty")
  .max(40, "A tag must be at most 40 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _");

export const tags = z
  .array(tagName)
  .max(20, "At most 20 tags")
  .default([])
  .transform((values) => [...new Set(values.map((value) => value.toLowerCase()))]);

export const cursorPage = {
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
};
