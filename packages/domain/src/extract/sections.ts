import type { Part } from "./layout";
import { isOrganisation } from "./organisations";

/**
 * Roundups set out in sections, one per forecaster, each under a subhead naming it: "Where Wall
 * Street sees stocks ending 2025" / "Goldman Sachs" / "The bank expects ..." / "Morgan Stanley" /
 * "The firm sees ...", or "Kestrel Bank's view" / its forecasts: "the bank" in it is that bank,
 * and when the section speaks as it so, its sentences that credit no one are the organisation's
 * (extract.ts).
 */

/** "Kestrel Bank's view", "Harlow Capital's outlook": a subhead naming whose view the section gives. */
const OWNED_VIEW =
  /^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}\p{Lu}[\p{L}&.-]*)['’]s?\s+(?:view|outlook|forecast|take|call|verdict|prediction|predictions|forecasts)$/u;
/** A subhead that is an organisation's name alone: up to five capitalised words, or an acronym. */
const CAPITALISED_NAME = /^(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}\p{Lu}[\p{L}&.-]*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A section's organisation, and whether its subhead calls the section its view ("Kestrel Bank's view"). */
export interface SectionOwner {
  name: string;
  view: boolean;
}

/**
 * The organisation each part's subhead names, when two subheads or more name one (a single one may
 * be a topic: "The Federal Reserve" over a section about it).
 */
export function sectionOwners(parts: readonly Part[], text: string): Map<Part, SectionOwner> {
  const owners = new Map<Part, SectionOwner>();
  for (const part of parts) {
    const first = part.lines[0];
    if (!first) continue;
    const subhead = lineBefore(text, first.start);
    const owner = subhead === null ? null : ownerNamed(subhead);
    if (owner) owners.set(part, owner);
  }
  return owners.size >= 2 ? owners : new Map();
}

/** The last non-empty line before `at`, when it is short and ends no sentence; else null. */
function lineBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 200), at).trimEnd();
  const line = before.slice(before.lastIndexOf("\n") + 1).trim();
  return line.length > 0 && line.length <= 60 && !/[.!?:,;]$/.test(line) ? line : null;
}

function ownerNamed(subhead: string): SectionOwner | null {
  const viewOf = OWNED_VIEW.exec(subhead)?.[1];
  if (viewOf) return { name: viewOf, view: true };
  if (ACRONYM.test(subhead) || (CAPITALISED_NAME.test(subhead) && isOrganisation(subhead))) {
    return { name: subhead, view: false };
  }
  return null;
}
