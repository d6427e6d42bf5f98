import type { inferRouterOutputs } from "@trpc/server";
import type { z } from "zod";
import type { AppRouter } from "../root";
import type { responseComponents } from "./schemas";

/**
 * The REST API as an explicit table over the tRPC procedures: each endpoint names the procedure it
 * calls, so validation, permissions and errors are the procedures' own. The OpenAPI document
 * (openapi.ts) and the request handler (handler.ts) are both built from this table.
 */

type Outputs = inferRouterOutputs<AppRouter>;

/** "prediction.list", "scoreboard.get"...: every procedure of the router by its dotted path. */
export type ProcedurePath = {
  [Router in keyof Outputs & string]: `${Router}.${keyof Outputs[Router] & string}`;
}[keyof Outputs & string];

export type OutputOf<Path extends ProcedurePath> = Path extends `${infer Router}.${infer Name}`
  ? Router extends keyof Outputs
    ? Name extends keyof Outputs[Router]
      ? Outputs[Router][Name]
      : never
    : never
  : never;

/** How a value looks once sent as JSON: dates become ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

export type ResponseName = keyof typeof responseComponents;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429;

export interface RestRoute {
  method: "GET" | "POST";
  /** OpenAPI-style path below /api/v1, with `{name}` parameters. */
  path: string;
  operationId: string;
  tag: "Predictions" | "Questions" | "Analysts" | "Sources" | "Scoreboard" | "ClaimReviews" | "Disputes";
  summary: string;
  description?: string;
  procedure: ProcedurePath;
  /**
   * `public` reads need nothing; `editor` writes need an API key whose role the procedure checks;
   * `anyone` writes need no key: without one `procedure` answers (with its own limits), with one
   * `keyProcedure` does as the key's owner, counted against the key's write limit.
   */
  access: "public" | "editor" | "anyone";
  /** For `anyone` writes: the procedure that answers a request made with an API key. */
  keyProcedure?: ProcedurePath;
  /** Path parameter -> the input field it fills. */
  pathParams: Record<string, string>;
  /** Components name of the request body (writes only). */
  requestName?: string;
  status: 200 | 201;
  response: ResponseName;
  /** Turns the procedure's answer into the body, when they differ. */
  present?: (output: never) => unknown;
  /** The error statuses this endpoint can answer (500 is always possible and not listed). */
  errors: ErrorStatus[];
  /** Example values for the document (and the curl examples of the docs page built from it). */
  example?: { params?: Record<string, string>; query?: Record<string, string | number>; body?: unknown };
}

export const restRoutes = [
  {
    method: "GET",
    path: "/predictions",
    operationId: "listPredictions",
    tag: "Predictions",
    summary: "List predictions",
    description:
      "Most recently logged first, filtered like the predictions page. Pass `nextCursor` back as `cursor` for the next page.",
    procedure: "prediction.list",
    access: "public",
    pathParams: {},
    status: 200,
    response: "PredictionPage",
    errors: [400, 401],
    example: { query: { tag: "russia", status: "OPEN", limit: 10 } },
  },
  {
    method: "GET",
    path: "/predictions/{id}",
    operationId: "getPrediction",
    tag: "Predictions",
    summary: "Get a prediction",
    description: "With its source, parts, every judgement (newest first) and the change history.",
    procedure: "prediction.byId",
    access: "public",
    pathParams: { id: "id" },
    status: 200,
    response: "PredictionDetail",
    errors: [400, 401, 404],
    example: { params: { id: "cmexampleprediction01" } },
  },
  {
    method: "POST",
    path: "/predictions",
    operationId: "createPrediction",
    tag: "Predictions",
    summary: "Log a prediction",
    description:
      "The same rules as the logging form: an existing analyst by id or a new one by name, an optional source (a known URL is reused), the probability fixed now.",
    procedure: "prediction.create",
    access: "editor",
    pathParams: {},
    requestName: "CreatePredictionRequest",
    status: 201,
    response: "PredictionSummary",
    errors: [400, 401, 403, 429],
    example: {
      body: {
        analyst: { mode: "new", name: "Tereza Novotna" },
        source: {
          title: "What Trump's North Korea diplomacy says about his Russia strategy",
          outlet: "Asia Times",
          publishedAt: "2025-04-25",
        },
        quote: "the Trump-Putin talks will be flashy, vague and ultimately meaningless",
        claim: "The Trump-Putin talks end without a substantive agreement",
        madeAt: "2025-04-25",
        resolveBy: "2025-12-31",
        probability: 0.95,
        tags: ["russia"],
      },
    },
  },
  {
    method: "POST",
    path: "/predictions/{id}/judgements",
    operationId: "judgePrediction",
    tag: "Predictions",
    summary: "Add a judgement",
    description:
      "Appends a judgement made against `version` (the prediction's version you last read). If the prediction changed since, the answer is 409 and nothing is written: read it again and decide again. `outcome: null` reopens it.",
    procedure: "prediction.judge",
    access: "editor",
    pathParams: { id: "predictionId" },
    requestName: "JudgementRequest",
    status: 201,
    response: "PredictionDetail",
    errors: [400, 401, 403, 404, 409, 429],
    example: {
      params: { id: "cmexampleprediction01" },
      body: { version: 1, outcome: "TRUE", resolvedAt: "2025-08-16", evidence: ["https://example.org/summit"] },
    },
  },
  {
    method: "POST",
    path: "/predictions/{id}/question",
    operationId: "linkPrediction",
    tag: "Predictions",
    summary: "Link a prediction to a question",
    description:
      "Links the prediction to the question `question` (its key), as the question's own claim or `negated` (it claims the opposite), or unlinks it with `question: null`. Made against `version`: 409 when stale. Linking to a judged question gives the prediction the question's outcome.",
    procedure: "question.link",
    access: "editor",
    pathParams: { id: "predictionId" },
    requestName: "LinkPredictionRequest",
    status: 200,
    response: "PredictionDetail",
    errors: [400, 401, 403, 404, 409, 429],
    example: {
      params: { id: "cmexampleprediction01" },
      body: { version: 1, question: "q-trump-kim-summit", negated: false },
    },
  },
  {
    method: "GET",
    path: "/questions",
    operationId: "listQuestions",
    tag: "Questions",
    summary: "List questions",
    description:
      "Most recently created first; `q` searches title and criteria (websearch syntax), `status` is OPEN, DUE or JUDGED. Pass `nextCursor` back as `cursor` for the next page.",
    procedure: "question.list",
    access: "public",
    pathParams: {},
    status: 200,
    response: "QuestionPage",
    errors: [400, 401],
    example: { query: { q: "summit", status: "OPEN" } },
  },
  {
    method: "GET",
    path: "/questions/{key}",
    operationId: "getQuestion",
    tag: "Questions",
    summary: "Get a question",
    description: "With its reference forecasts, linked predictions, judgements (newest first) and change history.",
    procedure: "question.byKey",
    access: "public",
    pathParams: { key: "key" },
    status: 200,
    response: "QuestionDetail",
    errors: [400, 401, 404],
    example: { params: { key: "q-trump-kim-summit" } },
  },
  {
    method: "POST",
    path: "/questions",
    operationId: "createQuestion",
    tag: "Questions",
    summary: "Create a question",
    description: "A key is generated (q-…) when none is given; a key already in use is refused with 409.",
    procedure: "question.create",
    access: "editor",
    pathParams: {},
    requestName: "CreateQuestionRequest",
    status: 201,
    response: "QuestionDetail",
    errors: [400, 401, 403, 409, 429],
    example: {
      body: {
        key: "q-trump-kim-summit",
        title: "Trump and Kim Jong Un meet in person before 2027",
        resolveBy: "2026-12-31",
      },
    },
  },
  {
    method: "POST",
    path: "/questions/{key}/references",
    operationId: "addQuestionReference",
    tag: "Questions",
    summary: "Add a reference forecast",
    description:
      "What a market, a crowd or a base rate said about the question on a day (`asOf`); one per UTC day (409 for a second one).",
    procedure: "question.addReference",
    access: "editor",
    pathParams: { key: "key" },
    requestName: "AddReferenceRequest",
    status: 201,
    response: "QuestionDetail",
    errors: [400, 401, 403, 404, 409, 429],
    example: {
      params: { key: "q-trump-kim-summit" },
      body: { probability: 0.15, source: "Base rate: summits per term", asOf: "2025-01-20" },
    },
  },
  {
    method: "POST",
    path: "/questions/{key}/judgements",
    operationId: "judgeQuestion",
    tag: "Questions",
    summary: "Judge a question",
    description:
      "Appends a judgement made against `version` (the question's version you last read) and the same judgement to every linked prediction in one transaction (TRUE and FALSE swapped, PARTIAL credit c as 1 - c, for a negated link). 409 and nothing written when the question changed since. `outcome: null` reopens it.",
    procedure: "question.judge",
    access: "editor",
    pathParams: { key: "key" },
    requestName: "QuestionJudgementRequest",
    status: 201,
    response: "QuestionDetail",
    errors: [400, 401, 403, 404, 409, 429],
    example: {
      params: { key: "q-trump-kim-summit" },
      body: { version: 1, outcome: "FALSE", resolvedAt: "2026-12-31" },
    },
  },
  {
    method: "GET",
    path: "/analysts",
    operationId: "listAnalysts",
    tag: "Analysts",
    summary: "List analysts",
    description:
      'Analysts by name, a page at a time (20 unless `limit` says, at most 100: follow `nextCursor` for the rest), with how many predictions they have and how many are judged; `q` keeps those whose name contains it (any case, accents ignored: "novotna" finds "Novotná").',
    procedure: "analyst.list",
    access: "public",
    pathParams: {},
    status: 200,
    response: "AnalystPage",
    errors: [400, 401],
    example: { query: { q: "novotna" } },
  },
  {
    method: "GET",
    path: "/analysts/{slug}",
    operationId: "getAnalyst",
    tag: "Analysts",
    summary: "Get an analyst",
    procedure: "analyst.bySlug",
    access: "public",
    pathParams: { slug: "slug" },
    status: 200,
    response: "Analyst",
    errors: [400, 401, 404],
    example: { params: { slug: "tereza-novotna" } },
  },
  {
    method: "GET",
    path: "/sources",
    operationId: "listSources",
    tag: "Sources",
    summary: "List sources",
    description: "Most recently published first, with how many predictions cite each.",
    procedure: "source.list",
    access: "public",
    pathParams: {},
    status: 200,
    response: "SourcePage",
    errors: [400, 401],
    example: { query: { outlet: "Asia Times" } },
  },
  {
    method: "GET",
    path: "/sources/{id}",
    operationId: "getSource",
    tag: "Sources",
    summary: "Get a source",
    procedure: "source.byId",
    access: "public",
    pathParams: { id: "id" },
    status: 200,
    response: "SourceDetail",
    errors: [400, 401, 404],
    example: { params: { id: "cmexamplesource00001" } },
  },
  {
    method: "GET",
    path: "/scoreboard",
    operationId: "getScoreboard",
    tag: "Scoreboard",
    summary: "Get the scoreboard",
    description:
      "Analysts ranked by Brier score shrunk towards the population's, with the filters of the scoreboard page: a tag, an outlet, and the months (`from`, `to`, both included) in which predictions were made. Analysts with fewer than `minScored` scored predictions are listed unranked.",
    procedure: "scoreboard.get",
    access: "public",
    pathParams: {},
    status: 200,
    response: "Scoreboard",
    errors: [400, 401],
    example: { query: { tag: "russia", from: "2025-01", to: "2025-12", minScored: 3 } },
  },
  {
    method: "GET",
    path: "/claimreviews",
    operationId: "listClaimReviews",
    tag: "ClaimReviews",
    summary: "List ClaimReviews",
    description:
      "Every judged prediction as schema.org ClaimReview (JSON-LD, as its page carries it), for fact-check aggregators: most recently judged first, a page at a time (20 unless `limit` says, at most 100; pass `nextCursor` back as `cursor`). `since` keeps those whose latest judgement was made at or after that date or time, so polling with the time of the last poll finds new judgements and re-judgements. A reopened prediction is not listed.",
    procedure: "claimReview.list",
    access: "public",
    pathParams: {},
    status: 200,
    response: "ClaimReviewPage",
    errors: [400, 401],
    example: { query: { since: "2025-08-01", limit: 50 } },
  },
  {
    method: "GET",
    path: "/predictions/{id}/disputes",
    operationId: "listPredictionDisputes",
    tag: "Disputes",
    summary: "List a prediction's disputes",
    description:
      "Every dispute of the prediction's judgements with its answer, newest first. The filer is named (a user, or the name given on the public form); email addresses are never published.",
    procedure: "dispute.forPrediction",
    access: "public",
    pathParams: { id: "predictionId" },
    status: 200,
    response: "DisputeList",
    errors: [400, 401, 404],
    example: { params: { id: "cmexampleprediction01" } },
  },
  {
    method: "POST",
    path: "/predictions/{id}/disputes",
    operationId: "fileDispute",
    tag: "Disputes",
    summary: "Dispute a judgement",
    description:
      "Disputes the judged prediction's latest judgement with `text` and `evidence` links (400 when the prediction has no outcome). With an API key (any role) the dispute is filed as the key's owner and `name`, `email` and `website` are ignored. Without a key it is a public filing: `name` (published) and `email` (kept for the editors) are required, `website` must be absent or empty (a honeypot: anything in it is refused with 400), and at most 5 public filings an hour are accepted from one client address (429 beyond). See docs/disputes.md.",
    procedure: "dispute.createPublic",
    keyProcedure: "dispute.create",
    access: "anyone",
    pathParams: { id: "predictionId" },
    requestName: "FileDisputeRequest",
    status: 201,
    response: "Dispute",
    errors: [400, 401, 404, 429],
    example: {
      params: { id: "cmexampleprediction01" },
      body: {
        text: "The agreement was signed on 3 March, before the deadline: the claim came true.",
        evidence: ["https://example.org/treaty-signed"],
        name: "Jan Novak",
        email: "jan@example.org",
      },
    },
  },
  {
    method: "POST",
    path: "/disputes/{id}/answers",
    operationId: "answerDispute",
    tag: "Disputes",
    summary: "Answer a dispute",
    description:
      "Upholds (`UPHOLD`: then re-judge the prediction with POST /predictions/{id}/judgements) or rejects (`REJECT`, with a `reason`) an open dispute, against `version` (the dispute's version you last read). A dispute is answered once: 409 and nothing written when it was answered or changed since.",
    procedure: "dispute.answer",
    access: "editor",
    pathParams: { id: "disputeId" },
    requestName: "AnswerDisputeRequest",
    status: 201,
    response: "Dispute",
    errors: [400, 401, 403, 404, 409, 429],
    example: {
      params: { id: "cmexampledispute0001" },
      body: { version: 1, decision: "REJECT", reason: "The agreement was signed after the deadline." },
    },
  },
] as const satisfies readonly RestRoute[];

// Compile-time guard against drift: each endpoint's documented response is exactly what its
// procedure answers once serialised to JSON (a field added to a repository's select fails here).
type Documented<Name extends ResponseName> = Json<z.output<(typeof responseComponents)[Name]>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Answer<Route> = Route extends { present: (output: never) => infer Body }
  ? Json<Body>
  : Route extends { procedure: infer Path extends ProcedurePath }
    ? Json<OutputOf<Path>>
    : never;
type Check<Route> = Route extends { response: infer Name extends ResponseName; operationId: infer Id }
  ? Same<Answer<Route>, Documented<Name>> extends true
    ? never
    : Id
  : never;
type Mismatched = Check<(typeof restRoutes)[number]>;
/** An error here names, as a missing property, each endpoint whose documented response differs. */
export const responsesMatchProcedures: Record<Mismatched, "documented response differs from the procedure"> = {};
