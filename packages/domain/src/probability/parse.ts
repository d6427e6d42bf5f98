/**
 * Probabilities as people write them. Hindsight stores and exchanges a probability as a number in
 * [0, 1] (the API, the ledger file), but shows it as a percentage; this reads what someone typed or
 * wrote in a CSV cell into that number, with one rule for every field (probability, PARTIAL
 * credit, reference forecasts, hedge intervals):
 *
 * - A number followed by a percent sign is a percentage: "60%", "60 %", "60.5%", "0.5%", and "60
 *   percent" (or "per cent").
 * - In a form (`bare: "entered"`, the default) a number without the sign is a percentage too,
 *   unless it is written with a decimal point (or comma, or exponent) and is below 1: that is a
 *   fraction of 1. So "60" and "60.5" are 60% and 60.5%; "0.6", ".6" and "0,6" are 60%; "1" is
 *   1% (type "100" or "100%" for certainty); "0" is 0% either way. Where the other reading would
 *   also be a probability ("1", "0.5"), the result carries a note saying how to write it.
 * - In a ledger file (`bare: "fraction"`) a number without the sign is the contract's fraction of
 *   1 ("0.6", "1"); a percentage must carry its sign ("60%"), and a bare number above 1 is
 *   refused with a message suggesting the sign.
 *
 * A decimal comma is read as a point when the text has no point ("60,5%"). Anything else (words,
 * two numbers, "Infinity", hexadecimal) is unreadable, and values outside 0-100% are out of range;
 * each problem comes with a message naming the field.
 */

export type BareNumberReading = "entered" | "fraction";

export interface ParseProbabilityOptions {
  /** How a number written without a percent sign is read (see above). Default "entered". */
  bare?: BareNumberReading;
  /** The field's name at the start of messages: "Probability", "Credit". Default "Probability". */
  label?: string;
}

export type ProbabilityParse =
  | {
      ok: true;
      /** The probability, in [0, 1]. */
      value: number;
      /** How the text was read: as a percentage, or as a fraction of 1. */
      notation: "percent" | "fraction";
      /** For text the other rule would read differently ("1", "0.5"): how to write that instead. */
      note: string | null;
    }
  | {
      ok: false;
      problem: "blank" | "unreadable" | "out-of-range";
      message: string;
    };

const PERCENT_SIGN = /\s*(?:%|％|per\s*cent)$/iu;
const NUMBER = /^([+-]?)(\d+(?:[.,]\d*)?|[.,]\d+)(?:e([+-]?\d+))?$/i;

/** The probability written in `text`, read by the rule above. */
export function parseProbability(text: string, options: ParseProbabilityOptions = {}): ProbabilityParse {
  const bare = options.bare ?? "entered";
  const label = options.label ?? "Probability";
  const written = text.trim();
  if (written === "") {
    return {
      ok: false,
      problem: "blank",
      message:
        bare === "entered"
          ? `${label} is required: type a percentage such as 60%`
          : `${label} is required: a number from 0 to 1, or a percentage such as 60%`,
    };
  }
  const hasSign = PERCENT_SIGN.test(written);
  const numberText = written.replace(PERCENT_SIGN, "");
  const match = NUMBER.exec(numberText);
  const digits = match?.[2];
  // "1,5" is a decimal comma; "1,5.2" is two numbers, and "," alone no number.
  if (!match || digits === undefined || (digits.includes(",") && numberText.includes("."))) {
    return {
      ok: false,
      problem: "unreadable",
      message:
        bare === "entered"
          ? `${label} must be a percentage such as 60% or a fraction such as 0.6, not “${written}”`
          : `${label} must be a number from 0 to 1 or a percentage such as 60%, got "${written}"`,
    };
  }
  const sign = match[1] ?? "";
  const mantissa = digits.replace(",", ".");
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  const magnitude = Number(`${sign}${mantissa}e${exponent}`);
  const decimal = /[.,]/.test(digits) || match[3] !== undefined;

  let notation: "percent" | "fraction";
  if (hasSign) notation = "percent";
  else if (bare === "fraction") notation = "fraction";
  else notation = decimal && magnitude < 1 ? "fraction" : "percent";

  // Moving the decimal point in the text, not dividing by 100, keeps "57.3%" exactly 0.573.
  const value = Number(`${sign}${mantissa}e${notation === "percent" ? exponent - 2 : exponent}`);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    return { ok: false, problem: "out-of-range", message: outOfRange(label, bare, written, hasSign, magnitude) };
  }
  return {
    ok: true,
    value: value === 0 ? 0 : value,
    notation,
    note: noteFor(bare, hasSign, notation, numberText, value),
  };
}

function outOfRange(label: string, bare: BareNumberReading, written: string, hasSign: boolean, magnitude: number) {
  if (bare === "entered") return `${label} must be between 0% and 100%, not “${written}”`;
  if (!hasSign && magnitude > 1 && magnitude <= 100) {
    return `${label} must be between 0 and 1; for ${written} percent write "${written}%"`;
  }
  return `${label} must be between 0 and 1 (or 0% and 100%), got "${written}"`;
}

/** Says how to write the other reading, where the text could have meant it. */
function noteFor(
  bare: BareNumberReading,
  hasSign: boolean,
  notation: "percent" | "fraction",
  numberText: string,
  value: number,
): string | null {
  if (bare !== "entered" || hasSign || value === 0) return null;
  if (notation === "fraction")
    return `${numberText} is read as a fraction of 1; for ${numberText} percent type ${numberText}%`;
  // Only 1 (as "1", "1.0"...) is both a percentage and a fraction of 1 among numbers read as percentages.
  if (value === 0.01) return `${numberText} is read as 1%; for certainty type 100%`;
  return null;
}

/**
 * A probability as text a form can show and read back: 0.7 -> "70%", 0.605 -> "60.5%". Up to 15
 * significant digits, so that a stored value reads back as itself and floating-point noise
 * (0.57 * 100 = 56.99999999999999) is not shown.
 */
export function probabilityToPercentText(value: number): string {
  const percent = Number((value * 100).toPrecision(15));
  return `${percent}%`;
}
