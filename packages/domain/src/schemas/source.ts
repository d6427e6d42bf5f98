import { z } from "zod";
import { MAX_SOURCE_TEXT_CHARACTERS } from "../limits";
import { url } from "./fields";

/** A blank form field clears the value: "" and white space read as null. */
const blankToNull = (value: unknown): unknown => (typeof value === "string" && value.trim() === "" ? null : value);

/**
 * Editing a source's integrity fields: the archived copy's address (null or "" removes it) and the
 * stored article text (null removes it). A field left out stays as it is.
 */
export const updateSourceInput = z.object({
  id: z.string().min(1, "id is required").max(100),
  archiveUrl: z.preprocess(blankToNull, url("Archived copy URL").nullable()).optional(),
  text: z
    .string({ error: "Article text must be text" })
    .max(
      MAX_SOURCE_TEXT_CHARACTERS,
      `Article text must be at most ${MAX_SOURCE_TEXT_CHARACTERS.toLocaleString("en")} characters`,
    )
    .refine((value) => !value.includes("\u0000"), "Article text may not contain the NUL character")
    .transform((value) => (value.trim() === "" ? null : value))
    .nullable()
    .optional(),
});
export type UpdateSourceInput = z.infer<typeof updateSourceInput>;
