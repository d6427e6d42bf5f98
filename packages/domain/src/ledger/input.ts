import { z } from "zod";
import { MAX_LEDGER_CHARACTERS } from "../limits";
import { ledgerFormats } from "./read";

// The largest file an upload or a call may carry (about 200,000 predictions with their sources) is in limits.ts.
export { MAX_LEDGER_CHARACTERS };

/** An import: the file's text, and its name (whose extension gives the format) or the format itself. */
export const importLedgerInput = z.object({
  content: z
    .string({ error: "content must be the file's text" })
    .min(1, "The file is empty")
    .max(
      MAX_LEDGER_CHARACTERS,
      `The file is larger than ${MAX_LEDGER_CHARACTERS.toLocaleString("en")} characters, the most an import takes`,
    ),
  filename: z.string().trim().max(255, "filename must be at most 255 characters").optional(),
  format: z.enum(ledgerFormats, { error: `format must be one of ${ledgerFormats.join(", ")}` }).optional(),
  /** Import a file with fields this Hindsight does not know, leaving them out (and saying which). */
  ignoreUnknownFields: z.boolean({ error: "ignoreUnknownFields must be true or false" }).default(false),
});

export type ImportLedgerInput = z.output<typeof importLedgerInput>;

export const exportLedgerInput = z.object({
  format: z.enum(ledgerFormats, { error: `format must be one of ${ledgerFormats.join(", ")}` }).default("json"),
});
