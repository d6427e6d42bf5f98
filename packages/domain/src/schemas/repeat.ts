import { z } from "zod";

/** More than an article's extraction finds (it is bounded by the article's length). */
const MAX_REPEAT_CANDIDATES = 500;

/** The candidates of an article, by claim and speaker, to be checked against the ledger for repeats. */
export const findRepeatsInput = z.object({
  candidates: z
    .array(
      z.object({
        claim: z.string({ error: "claim must be text" }).max(2000, "claim must be at most 2000 characters"),
        speaker: z
          .string({ error: "speaker must be text" })
          .max(500, "speaker must be at most 500 characters")
          .nullish(),
      }),
    )
    .max(MAX_REPEAT_CANDIDATES, `At most ${MAX_REPEAT_CANDIDATES} candidates at once`),
});
export type FindRepeatsInput = z.infer<typeof findRepeatsInput>;

/** A claim already in the ledger that a candidate likely repeats. */
export type RepeatMatch =
  | {
      kind: "prediction";
      id: string;
      claim: string;
      analyst: { slug: string; name: string };
      /** The candidate's speaker is this prediction's analyst. */
      sameAnalyst: boolean;
      score: number;
    }
  | { kind: "question"; key: string; title: string; score: number };

/** The likely repeats of candidate `index` (its place in the input), best first. */
export interface CandidateRepeats {
  index: number;
  matches: RepeatMatch[];
}
