import { capitalRunFrom, isNameWord, WHEN } from "./capital-runs";
import { ORGANISATION_HEADS } from "./organisations";
import { REPORTING } from "./reporting-words";
import type { Token } from "./tokens";

/**
 * Organisations that speak with no verb of saying: one an outlet quotes ("Business Insider quotes
 * Goldman Sachs"), one revising forecasts as a sentence's subject ("It downgraded ...", "Nomura
 * lowered its forecast"), and one whose forecasts are cited ("according to the NBP's forecasts").
 */

/** Verbs by which one outlet passes on another's words: "Business Insider quotes Goldman Sachs". */
const PASSES_ON = new Set(["quotes", "quoted", "cites", "cited"]);

/**
 * "Business Insider quotes Goldman Sachs on Friday reiterating its call ...": the name after "quotes"
 * (or "cites"), when the outlet before the verb is a name too and the quoted one is followed by a
 * day, "as saying" or a participle of saying. Null otherwise ("he quotes Keynes" names no outlet).
 */
export function quotedByAnother(tokens: readonly Token[], text: string): string | null {
  for (let i = 1; i < tokens.length - 2; i += 1) {
    if (!PASSES_ON.has(tokens[i]!.lower) || !isNameWord(tokens[i - 1])) continue;
    const run = capitalRunFrom(tokens, i + 1, text);
    if (!run) continue;
    let next = run.end;
    if (tokens[next]?.lower === "on" && /^\p{Lu}/u.test(tokens[next + 1]?.text ?? "")) next += 2;
    const word = tokens[next];
    if (!word) continue;
    if (word.lower === "as" && /^say/.test(tokens[next + 1]?.lower ?? "")) return run.name;
    if (
      word.pos === "VERB" &&
      /ing$/.test(word.lower) &&
      (REPORTING.has(word.lemma) || /^(?:reiterat|warn|predict|forecast|say|argu|maintain)/.test(word.lower))
    ) {
      return run.name;
    }
  }
  return null;
}

/** What an organisation does to forecasts: "It downgraded", "It also raised", "It now predicts". */
const REVISES = new Set([
  "up",
  "downgrade",
  "upgrade",
  "cut",
  "slash",
  "raise",
  "lower",
  "lift",
  "revise",
  "trim",
  "tweak",
  "predict",
  "forecast",
  "project",
  "estimate",
]);

/**
 * "It downgraded ...", "However, it also raised ...", "That said, the company cut its forecast",
 * "now it's upped the growth figure": "it" or "the <organisation noun>" as the subject of a verb of
 * REVISES (a perfect auxiliary allowed). The subject's word ("it", "company"), or null.
 */
export function revisingSubject(tokens: readonly Token[]): string | null {
  // Most sentences revise nothing: one look at the lemmas first.
  if (!tokens.some((token) => REVISES.has(token.lemma))) return null;
  // A short lead-in before a comma ("That said,", "However,"), or "but now" inside the sentence.
  const comma = tokens.findIndex((token) => token.text === ",");
  const starts = [0];
  if (comma > 0 && comma <= 6) starts.push(comma + 1);
  tokens.forEach((token, k) => {
    if (token.lower === "but" && tokens[k - 1]?.text === ",") starts.push(k + 1);
  });
  for (const start of starts) {
    let i = start;
    if (/^(?:however|but|and|meanwhile|now)$/i.test(tokens[i]?.text ?? "")) i += tokens[i + 1]?.text === "," ? 2 : 1;
    if (tokens[i]?.lower === "now") i += 1;
    let subject: string | null = null;
    if (tokens[i]?.lower === "it") {
      subject = "it";
      i += 1;
    } else if (tokens[i]?.lower === "the" && ORGANISATION_HEADS.has(tokens[i + 1]?.lower ?? "")) {
      subject = tokens[i + 1]!.lower;
      i += 2;
    }
    if (!subject) {
      // "the Fiscal Council upgraded its outlook", "Nomura lowered its forecast": a name revising
      // its own view (its, their) speaks for it.
      let end = tokens[i]?.lower === "the" ? i + 1 : i;
      const first = end;
      while (tokens[end] && /^\p{Lu}/u.test(tokens[end]!.text) && tokens[end]!.pos === "PROPN") end += 1;
      const verb = tokens[end];
      const own = /^(?:its|their)$/.test(tokens[end + 1]?.lower ?? "");
      if (end > first && verb && REVISES.has(verb.lemma) && own) {
        return `name:${tokens
          .slice(first, end)
          .map((token) => token.text)
          .join(" ")}`;
      }
      continue;
    }
    if (/^(?:'s|’s|has|had)$/.test(tokens[i]?.lower ?? "")) i += 1;
    if (/^(?:also|now|then|further|later)$/.test(tokens[i]?.lower ?? "")) i += 1;
    const verb = tokens[i];
    if (verb && REVISES.has(verb.lemma) && (/(?:ed|s)$/.test(verb.lower) || /^(?:cut|forecast)$/.test(verb.lower))) {
      return subject;
    }
  }
  return null;
}

/** "according to the NBP's forecasts", "According to IDC's latest projections": the forecasts' owner. */
export const FORECASTS_OF =
  /\b[Aa]ccording to (?:the )?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s?\s+(?:(?:latest|new|recent|own|current|updated)\s+)?(?:forecasts?|projections?|estimates?|predictions?|outlook|models?)\b/u;

export const isWhen = (name: string): boolean =>
  WHEN.test(name.toLowerCase()) || /^(?:Today|Yesterday|Sunday|Monday)$/.test(name);
