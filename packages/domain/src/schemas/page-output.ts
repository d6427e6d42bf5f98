import { z } from "zod";

/**
 * The one page wrapper of every cursor-paged answer (docs/architecture.md, "Response shapes"): the
 * items, and the cursor of the next page. `description` says what the page holds and in which order;
 * it is what the REST API's OpenAPI document shows for the page.
 */
export const pageOf = <T extends z.ZodType>(item: T, description: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page; null on the last page"),
    })
    .describe(description);

/** A page of T, as `pageOf` spells it: what every paged reader returns. */
export type Page<T> = z.infer<ReturnType<typeof pageOf<z.ZodType<T>>>>;
