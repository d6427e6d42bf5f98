import { MAX_PAGE_QUERY_CHARACTERS, MAX_YEAR, MIN_YEAR, MONTH_NAMES, textProblem } from "@hindsight/domain";

/**
 * What the proxy refuses with 400 before Next's router sees a request: an address no link of the
 * app could produce. Next decodes a dynamic path segment itself and, when that fails, looks for a
 * /400 page the App Router does not have, answering a plain-text 500; a NUL or an out-of-range date
 * in a query string would otherwise reach a page that has already begun streaming (status 200) and
 * can only show an error inside it.
 *
 * A date that names no day of the calendar (2025-02-30, month 13) is refused too, naming the
 * parameter. Values of the wrong kind altogether (a word where a date or number goes, an unknown
 * status) are not checked here: each page drops them and shows what the rest of its filters select.
 */
export interface RequestProblem {
  /** The query parameter, or "path" for the address itself. */
  parameter: string;
  message: string;
}

/** Query parameters that hold a date (YYYY-MM-DD) or a month (YYYY-MM) on some page. */
const dateParameters = new Set(["madeFrom", "madeTo", "from", "to", "asOf", "resolvedAt"]);
/** Query parameters that hold a number on some page. */
const numberParameters = new Set(["minScored", "limit"]);
/** The largest number a page's number parameter may carry (minScored's own maximum is 1,000,000). */
const MAX_PAGE_NUMBER = 1_000_000_000;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The first problem of the path, or null: malformed percent-encoding, or a NUL in a segment. */
export function pathProblem(pathname: string): RequestProblem | null {
  for (const segment of pathname.split("/")) {
    const decoded = decode(segment);
    if (decoded === null) {
      return {
        parameter: "path",
        message: `The address is not valid: "${segment.slice(0, 40)}" is malformed percent-encoding (not UTF-8)`,
      };
    }
    const problem = textProblem(decoded);
    if (problem) return { parameter: "path", message: `The address ${problem}` };
    if (decoded.length > MAX_PAGE_QUERY_CHARACTERS) {
      return {
        parameter: "path",
        message: `A part of the address is longer than ${MAX_PAGE_QUERY_CHARACTERS.toLocaleString("en")} characters`,
      };
    }
  }
  return null;
}

/**
 * Why a date-shaped value (YYYY-MM-DD or YYYY-MM) names no day or month of the calendar ("2025-02-30":
 * February 2025 has 28 days; "2025-13": there is no month 13), or null when it does or is not
 * date-shaped at all (the page itself ignores words where a date should be).
 */
export function impossibleDate(value: string): string | null {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return `${value} (there is no month ${monthNumber})`;
  if (day === undefined) return null;
  const days = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > days) {
    return `${value} (${MONTH_NAMES[monthNumber - 1]} ${year} has ${days} days)`;
  }
  return null;
}

/** The first problem of a raw query string (`?a=1&b=2`, as sent), or null. */
export function queryProblem(search: string): RequestProblem | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return null;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
    const name = decode(rawName.replace(/\+/g, " "));
    if (name === null) {
      return { parameter: rawName.slice(0, 40), message: "This parameter's name is malformed percent-encoding" };
    }
    const value = decode(rawValue.replace(/\+/g, " "));
    if (value === null) {
      return { parameter: name, message: `${name} is malformed percent-encoding (not UTF-8)` };
    }
    const problem = textProblem(name) ?? textProblem(value);
    if (problem) return { parameter: name, message: `${name} ${problem}` };
    if (value.length > MAX_PAGE_QUERY_CHARACTERS) {
      return {
        parameter: name,
        message: `${name} is longer than the ${MAX_PAGE_QUERY_CHARACTERS.toLocaleString("en")} characters a parameter may have`,
      };
    }
    const trimmed = value.trim();
    if (dateParameters.has(name)) {
      // Date-shaped but with a year no date here has: 99999-01-01, -5000-01-01, 0000-01.
      const year = /^([+-]?\d+)-\d{1,2}(?:-\d{1,2})?$/.exec(trimmed)?.[1];
      if (year !== undefined && (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR || /^[+-]/.test(year))) {
        return { parameter: name, message: `${name} must be a date between the years ${MIN_YEAR} and ${MAX_YEAR}` };
      }
      const impossible = impossibleDate(trimmed);
      if (impossible) return { parameter: name, message: `${name} is not a date: ${impossible}` };
    }
    if (numberParameters.has(name) && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) {
      const number = Number(trimmed);
      if (!Number.isFinite(number) || Math.abs(number) > MAX_PAGE_NUMBER) {
        return {
          parameter: name,
          message: `${name} must be a number of at most ${MAX_PAGE_NUMBER.toLocaleString("en")}`,
        };
      }
    }
  }
  return null;
}

/**
 * The first query parameter whose name or value is malformed percent-encoding, or null: what the
 * proxy checks of an API address's query before the REST API sees it (Next's route handlers get the
 * query parsed and written again, the malformed sequences turned into literal text). The API checks
 * the rest of its input itself.
 */
export function percentEncodingProblem(search: string): RequestProblem | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  for (const pair of query.split("&")) {
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const name = decode(rawName.replace(/\+/g, " "));
    if (name === null) {
      return { parameter: rawName.slice(0, 40), message: "This parameter's name is malformed percent-encoding" };
    }
    if (equals !== -1 && decode(pair.slice(equals + 1).replace(/\+/g, " ")) === null) {
      return { parameter: name, message: `${name} is malformed percent-encoding (not UTF-8)` };
    }
  }
  return null;
}

/** The first problem of a request's address (its raw path, then its raw query string), or null. */
export function requestProblem(pathname: string, search: string): RequestProblem | null {
  return pathProblem(pathname) ?? queryProblem(search);
}
