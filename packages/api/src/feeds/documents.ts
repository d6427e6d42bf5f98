import {
  renderAtomFeed,
  renderCalendar,
  type AtomCategory,
  type AtomEntry,
  type FeedDeadline,
  type FeedFilter,
  type FeedJudgement,
  type FeedPrediction,
  type FeedScope,
} from "@hindsight/domain";
import { feedPath, pageOf, scopeText, type FeedKind } from "./links";

/** Where the feed is served and what it is narrowed to. */
export interface FeedContext {
  /** The site's address without a trailing slash (HINDSIGHT_BASE_URL). */
  baseUrl: string;
  filter: FeedFilter;
  scope: FeedScope;
}

/** The year in every tag: URI (RFC 4151) Hindsight mints: ids must never change, so it is fixed. */
const TAG_YEAR = 2026;
const GENERATOR = "Hindsight";

const hostOf = (baseUrl: string): string => new URL(baseUrl).hostname;

/** A permanent id: tag:<host>,2026:hindsight/<what>. */
export const tagId = (baseUrl: string, what: string): string => `tag:${hostOf(baseUrl)},${TAG_YEAR}:hindsight/${what}`;

/** "60%", "62.5%": a probability as the pages show it. */
export const percent = (probability: number): string => `${Number((probability * 100).toFixed(1))}%`;

const day = (date: Date): string => date.toISOString().slice(0, 10);

const permalink = (context: FeedContext, predictionId: string) =>
  `${context.baseUrl}/predictions/${encodeURIComponent(predictionId)}`;

const analystPage = (context: FeedContext, slug: string) => `${context.baseUrl}/analysts/${encodeURIComponent(slug)}`;

const tagCategories = (context: FeedContext, tags: string[]): AtomCategory[] =>
  tags.map((tag) => ({ term: tag, scheme: `${context.baseUrl}/?tag=` }));

function feedHead(context: FeedContext, kind: FeedKind, title: string, subtitle: string) {
  return {
    id: tagId(context.baseUrl, `${feedPath(kind, context.filter).slice(1)}`),
    title: `${title}${scopeText(context.scope)}`,
    subtitle,
    self: `${context.baseUrl}${feedPath(kind, context.filter)}`,
    alternate: `${context.baseUrl}${pageOf(context.filter)}`,
    author: { name: GENERATOR, uri: context.baseUrl },
    generator: GENERATOR,
  };
}

/** The newest entry's update, or the Unix epoch for an empty feed (the same bytes for the same entries). */
const newest = (entries: AtomEntry[]): Date =>
  entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));

function howObtained(prediction: FeedPrediction): string {
  if (prediction.probabilitySource === "HEDGE") return ` (read from the words “${prediction.hedge ?? ""}”)`;
  if (prediction.probabilitySource === "ESTIMATE") return " (the recorder's estimate)";
  return " (stated)";
}

function predictionSummary(prediction: FeedPrediction): string {
  const source = prediction.source
    ? ` in “${prediction.source.title}”${prediction.source.outlet ? ` (${prediction.source.outlet})` : ""}`
    : "";
  return [
    `${prediction.analyst.name}, ${day(prediction.madeAt)}${source}: ${prediction.claim}`,
    `Probability ${percent(prediction.probability)}${howObtained(prediction)}.`,
    prediction.resolveBy ? `Deadline ${day(prediction.resolveBy)}.` : "No deadline.",
    prediction.quote ? `Quote: “${prediction.quote}”` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Atom: the newest predictions logged (at most FEED_ENTRY_LIMIT), newest first. */
export function predictionsFeed(context: FeedContext, predictions: FeedPrediction[]): string {
  const entries: AtomEntry[] = predictions.map((prediction) => ({
    id: tagId(context.baseUrl, `prediction/${prediction.id}`),
    title: `${prediction.analyst.name}: ${prediction.claim} (${percent(prediction.probability)})`,
    updated: prediction.updatedAt,
    published: prediction.createdAt,
    link: permalink(context, prediction.id),
    authors: [{ name: prediction.analyst.name, uri: analystPage(context, prediction.analyst.slug) }],
    categories: tagCategories(context, prediction.tags),
    summary: predictionSummary(prediction),
  }));
  return renderAtomFeed({
    ...feedHead(context, "predictions", "Hindsight: new predictions", "The latest predictions logged, newest first."),
    updated: newest(entries),
    entries,
  });
}

const KIND_LABELS: Record<FeedJudgement["kind"], { term: string; label: string }> = {
  JUDGED: { term: "judgement", label: "Judgement" },
  REJUDGED: { term: "rejudgement", label: "Re-judgement" },
  REOPENED: { term: "reopening", label: "Reopening" },
};

function outcomeText(judgement: Pick<FeedJudgement, "outcome" | "credit">): string {
  if (judgement.outcome === "PARTIAL" && judgement.credit !== null)
    return `PARTIAL (credit ${percent(judgement.credit)})`;
  return judgement.outcome ?? "open";
}

/** "Judged TRUE: …", "Re-judged FALSE (was TRUE): …", "Reopened (was TRUE): …". */
export function judgementTitle(judgement: FeedJudgement): string {
  const was = judgement.previousOutcome ? ` (was ${judgement.previousOutcome})` : "";
  const claim = judgement.prediction.claim;
  if (judgement.kind === "REOPENED") return `Reopened${was}: ${claim}`;
  if (judgement.kind === "REJUDGED") {
    return `Re-judged ${outcomeText(judgement)}${was || " (after a reopening)"}: ${claim}`;
  }
  return `Judged ${outcomeText(judgement)}: ${claim}`;
}

function judgementSummary(judgement: FeedJudgement): string {
  const { prediction } = judgement;
  return [
    `${prediction.analyst.name} gave it ${percent(prediction.probability)}: ${prediction.claim}`,
    judgement.kind === "REOPENED"
      ? "The outcome was withdrawn; the prediction is open again."
      : `Outcome: ${outcomeText(judgement)}.`,
    judgement.throughQuestion ? "Judged through its question." : "",
    judgement.note ? `Note: ${judgement.note}` : "",
    judgement.evidence.length ? `Evidence: ${judgement.evidence.join(" ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Atom: the newest judgements (at most FEED_ENTRY_LIMIT), re-judgements and reopenings marked. */
export function judgementsFeed(context: FeedContext, judgements: FeedJudgement[]): string {
  const entries: AtomEntry[] = judgements.map((judgement) => ({
    id: tagId(context.baseUrl, `judgement/${judgement.id}`),
    title: judgementTitle(judgement),
    updated: judgement.createdAt,
    published: judgement.createdAt,
    link: permalink(context, judgement.prediction.id),
    authors: judgement.judgedBy ? [{ name: judgement.judgedBy }] : [],
    categories: [
      { ...KIND_LABELS[judgement.kind], scheme: `${context.baseUrl}/feeds/judgements.atom#kind` },
      ...(judgement.outcome
        ? [{ term: judgement.outcome, scheme: `${context.baseUrl}/feeds/judgements.atom#outcome` }]
        : []),
      ...tagCategories(context, judgement.prediction.tags),
    ],
    summary: judgementSummary(judgement),
  }));
  return renderAtomFeed({
    ...feedHead(
      context,
      "judgements",
      "Hindsight: judgements",
      "The latest judgements, newest first; re-judgements and reopenings are marked.",
    ),
    updated: newest(entries),
    entries,
  });
}

/** iCalendar: the open predictions' upcoming deadlines (at most CALENDAR_EVENT_LIMIT), soonest first. */
export function deadlinesCalendar(context: FeedContext, deadlines: FeedDeadline[]): string {
  const host = hostOf(context.baseUrl);
  return renderCalendar({
    productId: "-//Hindsight//Deadlines//EN",
    name: `Hindsight deadlines${scopeText(context.scope)}`,
    events: deadlines.map((deadline) => ({
      uid: `prediction-${deadline.id}@${host}`,
      stamp: deadline.updatedAt,
      day: deadline.resolveBy,
      summary: `Deadline: ${deadline.analyst.name}: ${deadline.claim}`,
      description: [
        `${deadline.analyst.name} gave it ${percent(deadline.probability)}.`,
        deadline.criteria ? `Resolution criteria: ${deadline.criteria}` : "",
        permalink(context, deadline.id),
      ]
        .filter(Boolean)
        .join("\n"),
      url: permalink(context, deadline.id),
      categories: deadline.tags,
    })),
  });
}
