import { parseArgs } from "node:util";
import { removeSample, seedSample, type SampleRemoval, type SampleSeed } from "@hindsight/db/runtime";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";

export const DEMO_HELP = `usage: hindsight demo <remove-sample | add-sample> [--json]

  remove-sample   remove the fictional sample newsroom (docs/demo-data.md): its analysts, outlets'
                  articles, questions and predictions, and what hangs off them (judgements, question
                  references and judgements, audit rows, tags only they carry); the score aggregates
                  follow. Nothing else is touched: a sample analyst, source or question that one of
                  your own predictions names is kept and listed. Running it again removes nothing more.
  add-sample      load the sample newsroom (again), dated from today; \`pnpm hindsight db seed\`
                  loads it with the corpus. Changes nothing when it is there already.

  --json          print what was done as JSON

The database is DATABASE_URL when set, otherwise the embedded one.

examples:
  pnpm hindsight demo remove-sample
  pnpm hindsight demo add-sample`;

const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;

/** What remove-sample prints: what went, then what stayed and why. */
export function formatRemoval(removal: SampleRemoval): string {
  const { removed, kept } = removal;
  const lines: string[] = [];
  if (Object.values(removed).every((count) => count === 0)) {
    lines.push(kept.length ? "Nothing more to remove." : "No sample newsroom in this database: nothing to remove.");
  } else {
    lines.push(
      `Removed the sample newsroom: ${plural(removed.analysts, "analyst")}, ${plural(removed.sources, "source")}, ` +
        `${plural(removed.questions, "question")} (with ${plural(removed.references, "reference")} and ` +
        `${plural(removed.questionJudgements, "judgement")}), ${plural(removed.predictions, "prediction")} ` +
        `(with ${plural(removed.judgements, "judgement")}), ${plural(removed.auditEvents, "audit row")} and ` +
        `${plural(removed.tags, "tag")}.`,
    );
  }
  if (kept.length) {
    lines.push(
      `Kept ${plural(kept.length, "sample row")} that predictions outside the sample still name:`,
      ...kept.map((row) => `  ${row.entity} ${row.key} ("${row.name}"), named by ${row.heldBy.join(", ")}`),
      "They are removed by a later run once nothing outside the sample names them.",
    );
  }
  return lines.join("\n");
}

export function formatSeed(seeded: SampleSeed): string {
  const { counts } = seeded;
  const created = counts.predictions.created;
  if (created === 0 && counts.predictions.updated === 0 && counts.judgements.created === 0) {
    return "The sample newsroom is already there: nothing changed.";
  }
  return (
    `Loaded the fictional sample newsroom (dated from ${seeded.anchor.toISOString().slice(0, 10)}): ` +
    `${plural(created, "prediction")} created, ${counts.predictions.updated} updated, ` +
    `${plural(counts.judgements.created, "judgement")} appended. ` +
    "Remove it with `pnpm hindsight demo remove-sample`."
  );
}

export async function demoCommand(env: CliEnv, args: string[], now: () => Date = () => new Date()): Promise<number> {
  const [action, ...rest] = args;
  if (action === "--help" || action === "-h") {
    console.log(DEMO_HELP);
    return 0;
  }
  if (action !== "remove-sample" && action !== "add-sample") {
    throw new UsageError(
      action
        ? `unknown demo action "${action}": use remove-sample or add-sample`
        : "demo needs an action: remove-sample or add-sample",
    );
  }
  let json: boolean;
  try {
    ({
      values: { json },
    } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: { json: { type: "boolean", default: false } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return await withLedger(
    env,
    async (db) => {
      if (action === "remove-sample") {
        const removal = await removeSample(db);
        console.log(json ? JSON.stringify(removal, null, 2) : formatRemoval(removal));
      } else {
        const seeded = await seedSample(db, { now: now() });
        console.log(json ? JSON.stringify(seeded, null, 2) : formatSeed(seeded));
      }
      return 0;
    },
    { json },
  );
}
