import { z } from "zod";
import { DEFAULT_MIN_SCORED } from "../scoring/ranking";
import { SCOREBOARD_SORTS } from "../scoring/scoreboard";

const month = (name: string) =>
  z
    .string()
    .trim()
    // Years 1000 to 9999 (limits.ts): "0000-01" is no month PostgreSQL knows.
    .regex(/^[1-9]\d{3}-(0[1-9]|1[0-2])$/, `${name} must be a month as YYYY-MM, like 2025-06`)
    .optional();

/**
 * Which predictions a scoreboard covers: a tag, an outlet (matched without regard to case) and a
 * period of the months in which predictions were made, `from` and `to` both included.
 */
const scoreboardFilterShape = {
  tag: z.string().trim().min(1, "tag must not be empty").max(80).optional(),
  outlet: z.string().trim().min(1, "outlet must not be empty").max(200).optional(),
  from: month("from"),
  to: month("to"),
};

const periodInOrder = (value: { from?: string | undefined; to?: string | undefined }) =>
  !value.from || !value.to || value.from <= value.to;
const periodMessage = { message: "from must not be after to", path: ["to"] };

export const scoreboardFilter = z.object(scoreboardFilterShape).refine(periodInOrder, periodMessage);
export type ScoreboardFilter = z.output<typeof scoreboardFilter>;

const minScored = z
  .number({ error: "minScored must be a whole number" })
  .int("minScored must be a whole number")
  .min(0, "minScored must be 0 or more")
  .max(1_000_000, "minScored must be at most 1000000")
  .default(DEFAULT_MIN_SCORED);

/** The scoreboard of the data contract: a filter and how many scored predictions ranking needs. */
export const scoreboardInput = z.object({ ...scoreboardFilterShape, minScored }).refine(periodInOrder, periodMessage);
export type ScoreboardInput = z.output<typeof scoreboardInput>;
export type ScoreboardFormValues = z.input<typeof scoreboardInput>;

/** One page of the scoreboard, sorted by a column; the cursor is an offset into the sorted lines. */
export const scoreboardPageInput = z
  .object({
    ...scoreboardFilterShape,
    minScored,
    sort: z.enum(SCOREBOARD_SORTS, { error: `sort must be one of ${SCOREBOARD_SORTS.join(", ")}` }).default("rank"),
    dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).default("asc"),
    cursor: z.number().int("cursor must be a whole number").min(0, "cursor must be 0 or more").optional(),
    limit: z.number().int().min(1, "limit must be 1 to 200").max(200, "limit must be 1 to 200").default(50),
  })
  .refine(periodInOrder, periodMessage);
export type ScoreboardPageInput = z.output<typeof scoreboardPageInput>;
