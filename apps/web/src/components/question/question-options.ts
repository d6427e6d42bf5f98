import type { QuestionStatus } from "@hindsight/domain";
import type { SearchParamsRecord } from "@/lib/list-filters";

/**
 * The filters of /questions as they live in the URL (`/questions?q=summit&status=DUE`), so that a
 * filtered list can be shared and Back returns to the previous one. Shared by the server prefetch
 * and the client list, so that both ask for the same query key.
 */
export interface QuestionFilters {
  q?: string;
  status?: QuestionStatus;
}

export const QUESTIONS_PAGE_SIZE = 20;
/** As listQuestionsInput allows. */
export const MAX_QUESTION_SEARCH = 200;

export const questionStatusLabels: Record<QuestionStatus, string> = {
  OPEN: "Open",
  DUE: "Due",
  JUDGED: "Judged",
};

/**
 * The statuses, kept here rather than imported as a value: a value from @hindsight/domain brings its
 * whole bundle (the extractor's language model included, about 1.2 MB gzipped) into the list's
 * JavaScript. The type still comes from the domain, so a new status fails the build here.
 */
const statuses = ["OPEN", "DUE", "JUDGED"] as const satisfies readonly QuestionStatus[];

const isStatus = (value: string): value is QuestionStatus => (statuses as readonly string[]).includes(value);

/** As question.list reads it: no outcome and the deadline passed (predictionStatus's rule, for a question). */
export const isDue = (question: { outcome: unknown; resolveBy: Date | null }, now: Date): boolean =>
  question.outcome === null && question.resolveBy !== null && question.resolveBy.getTime() < now.getTime();

/**
 * Reads the filters from a query string. What the API would refuse (an unknown status, an
 * over-long search) is dropped, not turned into an error page.
 */
export function questionFiltersFromSearchParams(params: URLSearchParams | SearchParamsRecord): QuestionFilters {
  const read = (key: string): string | undefined => {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().replace(/\s+/g, " ");
    return value ? value : undefined;
  };
  const filters: QuestionFilters = {};
  const q = read("q");
  if (q && q.length <= MAX_QUESTION_SEARCH) filters.q = q;
  const status = read("status")?.toUpperCase();
  if (status && isStatus(status)) filters.status = status;
  return filters;
}

/** "/questions?q=…&status=…", keys in a fixed order, blanks left out. */
export function questionsHref(filters: QuestionFilters): string {
  const params = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) params.set("q", q);
  if (filters.status) params.set("status", filters.status);
  const query = params.toString();
  return query ? `/questions?${query}` : "/questions";
}

export const hasQuestionFilters = (filters: QuestionFilters): boolean => Boolean(filters.q || filters.status);

/** What the list asks question.list for: the filters (absent keys left out, never undefined) and the page size. */
export function questionListInput(filters: QuestionFilters): QuestionFilters & { limit: number } {
  const input: QuestionFilters & { limit: number } = { limit: QUESTIONS_PAGE_SIZE };
  if (filters.q) input.q = filters.q;
  if (filters.status) input.status = filters.status;
  return input;
}

export const getNextQuestionPage = (page: { nextCursor: string | null }): string | null => page.nextCursor;
