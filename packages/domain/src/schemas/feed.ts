import { z } from "zod";
import { tagSlug } from "../slug";

const filterValue = (label: string, max: number) =>
  z
    .string()
    .min(1, `${label} may not be empty`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine((value) => !value.includes("\u0000"), `${label} may not contain the NUL character`)
    .optional();

/** A feed's filter as given in its address (?analyst=&tag=&question=). */
export const feedFilterInput = z
  .object({
    analyst: filterValue("analyst", 80),
    // As the list reads it: "Economy" and "economy" name the same tag.
    tag: filterValue("tag", 100)
      .transform((tag) => (tag === undefined ? undefined : tagSlug(tag)))
      .optional(),
    question: filterValue("question", 200),
  })
  .strict();
export type FeedFilterInput = z.output<typeof feedFilterInput>;

/** The newest entries an Atom feed holds, and the soonest deadlines the calendar holds. */
export const FEED_ENTRY_LIMIT = 50;
export const CALENDAR_EVENT_LIMIT = 200;
