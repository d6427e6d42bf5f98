import { z } from "zod";
import { DEFAULT_MIN_SCORED } from "../scoring/ranking";

/** Which predictions the scoreboard covers, and how many scored ones an analyst needs to be ranked. */
export const scoreboardInput = z.object({
  tag: z.string().trim().min(1, "tag must not be empty").max(80).optional(),
  minScored: z
    .number({ error: "minScored must be a whole number" })
    .int("minScored must be a whole number")
    .min(0, "minScored must be 0 or more")
    .default(DEFAULT_MIN_SCORED),
});
export type ScoreboardInput = z.output<typeof scoreboardInput>;
export type ScoreboardFormValues = z.input<typeof scoreboardInput>;
