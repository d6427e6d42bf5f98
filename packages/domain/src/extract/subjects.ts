import { isPastForm, lastIndexOf } from "./grammar";
import { ORGANISATION_HEADS, STAFF } from "./organisations";
import type { Token } from "./tokens";

/**
 * Who or what stands before a cue's verb: an indicator that points to an outcome ("polls point to"),
 * a person or body that can act ("the union threatens to"), someone advice is given to ("investors
 * should").
 */

/** What can point to an outcome: polls, forecasts, models, markets. */
const INDICATORS = new Set([
  "poll",
  "polls",
  "polling",
  "forecast",
  "forecasts",
  "model",
  "models",
  "data",
  "indicator",
  "indicators",
  "survey",
  "surveys",
  "futures",
  "markets",
  "odds",
  "projection",
  "projections",
]);

/** An indicator as the subject of "point(s) to" at `verb`, a few words before it, in the present. */
export function indicatorBefore(tokens: readonly Token[], verb: number, subjectEnd = verb - 1): boolean {
  if (isPastForm(tokens[verb]!)) return false;
  let words = 0;
  for (let i = subjectEnd; i >= 0 && words < 4; i -= 1) {
    const token = tokens[i]!;
    // "Most forecasts, including our own model, currently point to": an aside between commas.
    if (token.text === ",") {
      const opening = lastIndexOf(tokens, (t) => t.text === ",", i - 1, i - 12);
      if (opening < 0 || i - opening > 12) break;
      i = opening;
      continue;
    }
    if (INDICATORS.has(token.lower)) return true;
    if (!["ADV", "ADJ", "NOUN", "DET"].includes(token.pos)) break;
    words += 1;
  }
  return false;
}

/** Who can threaten to act: people, and bodies named or by their head noun. */
const AGENT_PRONOUNS = new Set(["i", "you", "he", "she", "we", "they", "who"]);

/** The subject before the verb at `verb` (past adverbs) is a person or a body that can act. */
export function agentBefore(tokens: readonly Token[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV") i -= 1;
  const subject = tokens[i];
  if (!subject) return true;
  return (
    subject.pos === "PROPN" ||
    AGENT_PRONOUNS.has(subject.lower) ||
    ORGANISATION_HEADS.has(subject.lower) ||
    STAFF.has(subject.lower)
  );
}

/** Those advice is given to: "investors should remain cautious", "we should return". */
const ADDRESSEES = new Set([
  "investors",
  "consumers",
  "voters",
  "people",
  "governments",
  "government",
  "leaders",
  "policymakers",
  "lawmakers",
  "officials",
  "companies",
  "firms",
  "savers",
  "buyers",
  "borrowers",
  "parents",
  "everyone",
]);

/**
 * The subject before "should" at `modal` (past adverbs) is someone advice is given to: a personal
 * pronoun or a noun of people. Things ("prices", "tariffs", the tagger's "Tariffs") and
 * organisations with a verb of outcome ("Barclays should recover") are not.
 */
export function addresseeBefore(tokens: readonly Token[], modal: number): boolean {
  let i = modal - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV") i -= 1;
  const subject = tokens[i];
  return subject !== undefined && (AGENT_PRONOUNS.has(subject.lower) || ADDRESSEES.has(subject.lower));
}
