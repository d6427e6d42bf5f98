import { personName } from "./layout";
import { isRoleWord } from "./names";
import { isOrganisation, PERSON_TITLES } from "./organisations";
import {
  CALENDAR,
  hyphenJoined,
  inLongerTitle,
  introducedAsPerson,
  isCapitalised,
  isParticle,
  PARTICLES,
  SOURCE_KINDS,
} from "./speaker";
import type { Token } from "./tokens";

/**
 * The people an article names, learnt as it is read, so that a surname ("Cha said"), a first name
 * written first ("Kuo said"), or a title and a surname ("Ms Alder said") resolve to the full name.
 */

// Written as titles are ("Ms", "Dr."), not as initials in capitals ("MS Hwang").
// "Lord Hayward", "Baroness Smith": a peer's title before the surname, as "Sir" is.
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Baron|MR|MRS|DR|PROF)\.?\s+/;

/** What a hyphen joins to a name to describe something else by it: "Paris-based", "state-run". */
const DESCRIBING_SUFFIXES = new Set(["based", "born", "led", "owned", "run", "backed", "funded", "made", "style"]);

/** Full names seen in the text, by their last word, to resolve "Cha said" to "Victor Cha". */
export class PeopleIndex {
  private readonly byLastWord = new Map<string, string>();

  /** Family name first ("Kuo Ming-chi" is "Kuo" on second reference): the first word, as a fallback. */
  private readonly byFirstWord = new Map<string, string>();

  add(name: string): void {
    const words = name.split(" ");
    const last = words[words.length - 1]?.toLowerCase();
    if (last && !this.byLastWord.has(last)) this.byLastWord.set(last, name);
    // "Francois Villeroy de Galhau" is "Villeroy" on second reference: the word before a particle,
    // after a given name.
    const particle = words.findIndex((word) => PARTICLES.has(word.toLowerCase()));
    const before = particle >= 2 ? words[particle - 1]!.toLowerCase() : "";
    if (before && !this.byLastWord.has(before)) this.byLastWord.set(before, name);
    const first = words[0]?.toLowerCase();
    if (first && !this.byFirstWord.has(first)) this.byFirstWord.set(first, name);
  }

  /**
   * Remembers every two-to-three-word capitalised run in the tokens as a possible full name; a
   * title ends a run ("Governor Andrew Bailey" is "Andrew Bailey") and a hyphen joins ("Ming-chi").
   */
  learn(tokens: readonly Token[]): string[] {
    const seen: string[] = [];
    let run: Token[] = [];
    const flush = (): void => {
      // Most words end no run: nothing to read.
      if (run.length === 0) return;
      // "Pollster YouGov", "Researcher Canalys": what a source is, capitalised first, is no name's.
      if (run.length > 0 && SOURCE_KINDS.has(run[0]!.lower)) run = run.slice(1);
      // "Meteorologist Jane Smith and colleagues": a trade capitalised before the name is no part of it.
      if (run.length > 2 && isRoleWord(run[0])) run = run.slice(1);
      const words = run.filter((token) => !isParticle(token)).length;
      if (words >= 2 && words <= 3 && run.length <= 5) {
        const name = personName(run);
        if (name) {
          this.add(name);
          if (!isOrganisation(name) && introducedAsPerson(tokens, run)) seen.push(name);
        }
      } else if (words > 3 && run.every((token) => !isParticle(token))) {
        // "at Siena College Jack Collens": a long run ends with the person's given name and surname,
        // learnt under the surname only when no name is known for it yet.
        const last = run.slice(-2);
        const name = personName(last);
        if (name && !isOrganisation(name) && !this.knows(last[1]!.text)) this.add(name);
      }
      run = [];
    };
    for (const [i, token] of tokens.entries()) {
      if (run.length > 0 && hyphenJoined(tokens, i + 1) && tokens[i]?.text === "-") continue;
      // "the Paris-based IEA", "Kremlin-backed": a place or body with "-based" describes; no name goes on.
      if (run.length > 0 && hyphenJoined(tokens, i) && DESCRIBING_SUFFIXES.has(token.lower)) run = [];
      else if (run.length > 0 && hyphenJoined(tokens, i)) {
        const joined = run[run.length - 1]!;
        run[run.length - 1] = { ...joined, text: `${joined.text}-${token.text}`, end: token.end };
      } else if (PERSON_TITLES.has(token.lower) && /^\p{Lu}/u.test(token.text)) flush();
      else if (run.length === 0 && tokens[i - 1]?.lower === "of" && PERSON_TITLES.has(tokens[i - 2]?.lower ?? "")) {
        // "Secretary of State Antony Blinken": "State" is the title's, not the name's.
        continue;
      } else if (isCapitalised(token) && !CALENDAR.has(token.lower)) run.push(token);
      else if (surnameAsWord(tokens, i, run)) {
        // "Jane Rose, an economist": a surname that is also a word, tagged as the word.
        run.push(token);
      } else if (run.length > 0 && isParticle(token) && (isParticle(tokens[i + 1]) || isCapitalised(tokens[i + 1]))) {
        run.push(token);
      } else if (run.length > 0 && inLongerTitle(tokens, i)) {
        // "The Gartner Worldwide IT Spending Forecast": a run inside a longer capitalised title
        // ("IT" and "Spending" go on) is no one's name. (With no run, there is nothing to drop:
        // most words of a page are looked at no further.)
        run = [];
      } else flush();
    }
    flush();
    return seen;
  }

  resolve(name: string): string {
    // "Bremmer; Kupchan": each of two people credited together.
    if (name.includes("; "))
      return name
        .split("; ")
        .map((one) => this.resolve(one))
        .join("; ");
    // "Ms Mahowald said": the title is no part of the name.
    const bare = name.replace(TITLES, "");
    // "Van der Wath" after "Nicolaas van der Wath": the surname with its particles, in full.
    if (bare.includes(" ")) {
      if (!bare.split(" ").some((word) => PARTICLES.has(word.toLowerCase()))) return bare;
      const known = this.byLastWord.get(bare.split(" ").pop()!.toLowerCase());
      return known && known.length > bare.length && known.toLowerCase().endsWith(` ${bare.toLowerCase()}`)
        ? known
        : bare;
    }
    const key = bare.toLowerCase();
    // "UN said" after "UN Environment Programme": an acronym is no family name written first.
    if (/^\p{Lu}{2,}$/u.test(bare)) return this.byLastWord.get(key) ?? bare;
    return this.byLastWord.get(key) ?? this.byFirstWord.get(key) ?? bare;
  }

  /** Whether a full name is known for this name ("Mahowald" after "Natalie Mahowald"). */
  knows(name: string): boolean {
    const key = name.replace(TITLES, "").split(" ").pop()?.toLowerCase() ?? "";
    return this.byLastWord.has(key) || this.byFirstWord.has(key);
  }
}

/**
 * "Jane Rose, an economist at ...", "Mark Young said": after one given name, a capitalised word the
 * tagger read as a verb, noun or adjective, then a comma, a verb or the sentence's full stop, is the
 * surname.
 */
function surnameAsWord(tokens: readonly Token[], at: number, run: readonly Token[]): boolean {
  const token = tokens[at]!;
  if (run.length !== 1 || token.pos === "PROPN" || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  if (!["VERB", "NOUN", "ADJ"].includes(token.pos)) return false;
  const next = tokens[at + 1];
  // ("No one is more respected than Charlie Cook.": the full stop ending the sentence too.)
  return next?.text === "," || next?.pos === "VERB" || (next?.text === "." && at + 2 === tokens.length);
}
