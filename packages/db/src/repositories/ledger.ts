import type { FieldIssue, LedgerFile, LedgerPrediction } from "@hindsight/domain";
import { DomainError } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { linkedResolution, writeQuestions, type LinkedQuestion, type QuestionCounts } from "./ledger-questions";
import {
  assignEach,
  chunks,
  deleteRows,
  insertRows,
  newId,
  StatementQueue,
  updateRows,
  type Columns,
} from "./ledger-sql";

type Transaction = Prisma.TransactionClient;

export interface ImportCounts extends QuestionCounts {
  analysts: { created: number; updated: number };
  sources: { created: number; updated: number };
  /** Questions created, updated and judged (a question judgement appended); references added and corrected. */
  questions: QuestionCounts["questions"];
  references: QuestionCounts["references"];
  predictions: { created: number; updated: number; unchanged: number };
  /** Judgements appended to predictions: their own resolutions and their questions'. */
  judgements: { created: number };
}

/**
 * How far the writing has got, for a progress bar: `done` of `total` steps, a step being a row
 * staged or written (or a prediction found unchanged). Rows are written a table at a time, so
 * `done` moves in batches and then in jumps.
 */
export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Where a ledger path sits in the file the ledger was read from (`readLedger`'s `locate`), so that
   * the import's own problems name a CSV line and column; by default the path itself.
   */
  locate?: (path: string) => string;
  /**
   * Runs last inside the import's transaction, with what was written: the seed marks the sample
   * rows it created (docs/demo-data.md), so that they exist marked or not at all. Throwing rolls the
   * whole import back.
   */
  beforeCommit?: (tx: Transaction, counts: ImportCounts) => Promise<void>;
}

/** The longest an import may take, all statements included: half an hour. */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

const emptyCounts = (): ImportCounts => ({
  analysts: { created: 0, updated: 0 },
  sources: { created: 0, updated: 0 },
  questions: { created: 0, updated: 0, judged: 0 },
  references: { created: 0, updated: 0 },
  predictions: { created: 0, updated: 0, unchanged: 0 },
  judgements: { created: 0 },
});

const itself = (path: string): string => path;

const sameDate = (a: Date | null, b: Date | null): boolean => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date || b instanceof Date ? sameDate(a as Date | null, b as Date | null) : a === b;
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.join("\n") === b.join("\n");

/**
 * Writes a parsed ledger in one transaction: all of it or none of it. Keys make it idempotent:
 * unchanged rows are left alone, changed rows are updated (and audited), and a resolution that
 * differs from the latest judgement is appended as a new judgement. A question's resolution is
 * appended as a question judgement and given to every prediction linked to it (mapped for a
 * negated link) whose latest judgement says otherwise, each such judgement pointing at the
 * question judgement. Writes are set-based: a few multi-row statements per table whatever the
 * file's size, never one statement per prediction.
 */
export async function importLedger(
  db: Database,
  ledger: LedgerFile,
  actor: { userId: string | null },
  options: ImportOptions = {},
): Promise<ImportCounts> {
  try {
    return await db.$transaction(
      async (tx) => {
        // The client cancels any statement after a minute (STATEMENT_TIMEOUT_MS); one INSERT of a
        // few hundred thousand rows can take longer, and is bounded by the transaction's own
        // timeout instead. Waiting for a lock still gives up after a minute.
        await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '${IMPORT_TIMEOUT_MS}ms'`);
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '60s'`);
        const now = new Date();
        const counts = emptyCounts();
        const queue = new StatementQueue(tx);
        const locate = options.locate ?? itself;
        const analystIds = await writeAnalysts(tx, queue, ledger, counts, now);
        const sources = await writeSources(tx, queue, ledger, counts, now, locate);
        const questions = await writeQuestions(tx, queue, ledger, { actor, counts, now, locate });
        await writePredictions(tx, queue, ledger, {
          analystIds,
          sources,
          questions,
          actor,
          counts,
          now,
          locate,
          onProgress: options.onProgress,
        });
        await queue.flush();
        await options.beforeCommit?.(tx, counts);
        return counts;
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    throw toDomainError(error);
  }
}

async function writeAnalysts(
  tx: Transaction,
  queue: StatementQueue,
  ledger: LedgerFile,
  counts: ImportCounts,
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = new Map<string, { id: string; name: string; affiliation: string | null }>();
  for (const slugs of chunks(
    ledger.analysts.map((analyst) => analyst.slug),
    10_000,
  )) {
    const rows = await tx.analyst.findMany({
      where: { slug: { in: slugs } },
      select: { id: true, slug: true, name: true, affiliation: true },
    });
    for (const row of rows) existing.set(row.slug, row);
  }
  const created: { id: string; slug: string; name: string; affiliation: string | null }[] = [];
  const changed: { id: string; name: string; affiliation: string | null }[] = [];
  for (const analyst of ledger.analysts) {
    const data = { name: analyst.name, affiliation: analyst.affiliation ?? null };
    const row = existing.get(analyst.slug);
    const id = row?.id ?? newId();
    ids.set(analyst.slug, id);
    if (!row) created.push({ id, slug: analyst.slug, ...data });
    else if (row.name !== data.name || row.affiliation !== data.affiliation) changed.push({ id, ...data });
  }
  const columns = { id: "text", name: "text", affiliation: "text" } satisfies Columns;
  await insertRows(queue, "analyst", { ...columns, slug: "text" }, created, {
    now,
    stamped: ["createdAt", "updatedAt"],
  });
  await updateRows(queue, "analyst", columns, changed, { now, set: assignEach(["name", "affiliation"]) });
  counts.analysts.created = created.length;
  counts.analysts.updated = changed.length;
  return ids;
}

interface SourceLink {
  id: string;
  /** The article text quote offsets are found in: the file's, else the one already stored. */
  text: string | null;
}

async function writeSources(
  tx: Transaction,
  queue: StatementQueue,
  ledger: LedgerFile,
  counts: ImportCounts,
  now: Date,
  locate: (path: string) => string,
): Promise<Map<string, SourceLink>> {
  await queue.flush();
  const urls = ledger.sources.flatMap((source) => (source.url ? [source.url] : []));
  const holders = new Map<string, string>();
  for (const batch of chunks(urls, 10_000)) {
    const rows = await tx.source.findMany({ where: { url: { in: batch } }, select: { key: true, url: true } });
    for (const row of rows) if (row.url) holders.set(row.url, row.key);
  }
  const conflicts: FieldIssue[] = [];
  ledger.sources.forEach((source, index) => {
    const holder = source.url ? holders.get(source.url) : undefined;
    if (holder !== undefined && holder !== source.key) {
      conflicts.push({ path: locate(`sources[${index}].url`), message: `already used by the source "${holder}"` });
    }
  });
  if (conflicts.length) {
    throw new DomainError("INVALID", "A source's url is already in the ledger under another key", conflicts);
  }

  const existing = new Map<
    string,
    {
      id: string;
      title: string;
      outlet: string | null;
      url: string | null;
      publishedAt: Date;
      authors: string[];
      text: string | null;
    }
  >();
  for (const keys of chunks(
    ledger.sources.map((source) => source.key),
    10_000,
  )) {
    const rows = await tx.source.findMany({
      where: { key: { in: keys } },
      select: {
        id: true,
        key: true,
        title: true,
        outlet: true,
        url: true,
        publishedAt: true,
        authors: true,
        text: true,
      },
    });
    for (const row of rows) existing.set(row.key, row);
  }
  const links = new Map<string, SourceLink>();
  const created: object[] = [];
  const changed: object[] = [];
  for (const source of ledger.sources) {
    const row = existing.get(source.key);
    // The byline and the article text are additions a file may leave out (a CSV always does):
    // left out, the stored ones stay.
    const data = {
      id: row?.id ?? newId(),
      title: source.title,
      outlet: source.outlet ?? null,
      url: source.url ?? null,
      publishedAt: source.publishedAt,
      authors: source.authors ?? row?.authors ?? [],
      text: source.text ?? row?.text ?? null,
    };
    links.set(source.key, { id: data.id, text: data.text });
    if (!row) created.push({ ...data, key: source.key });
    else if (
      row.title !== data.title ||
      row.outlet !== data.outlet ||
      row.url !== data.url ||
      !sameDate(row.publishedAt, data.publishedAt) ||
      !sameList(row.authors, data.authors) ||
      row.text !== data.text
    ) {
      changed.push(data);
    }
  }
  const columns = {
    id: "text",
    title: "text",
    outlet: "text",
    url: "text",
    publishedAt: "date",
    authors: "text[]",
    text: "text",
  } satisfies Columns;
  // Article texts can be long: fewer rows a statement.
  await insertRows(queue, "source", { ...columns, key: "text" }, created, {
    now,
    stamped: ["createdAt", "updatedAt"],
    size: 1000,
  });
  await updateRows(queue, "source", columns, changed, {
    now,
    set: assignEach(["title", "outlet", "url", "publishedAt", "authors", "text"]),
    size: 1000,
  });
  counts.sources.created = created.length;
  counts.sources.updated = changed.length;
  return links;
}

/** The prediction columns a ledger entry sets. */
function predictionData(
  prediction: LedgerPrediction,
  analystId: string,
  source: SourceLink | null,
  question: LinkedQuestion | null,
) {
  return {
    analystId,
    sourceId: source?.id ?? null,
    claim: prediction.claim,
    quote: prediction.quote ?? null,
    ...quoteOffsets(prediction, source?.text ?? null),
    criteria: prediction.criteria ?? null,
    madeAt: prediction.madeAt,
    resolveBy: prediction.resolveBy ?? null,
    probability: prediction.probability,
    probabilitySource: prediction.probabilitySource ?? (prediction.hedge ? "HEDGE" : "STATED"),
    hedge: prediction.hedge ?? null,
    probabilityLow: prediction.interval?.[0] ?? null,
    probabilityHigh: prediction.interval?.[1] ?? null,
    conditional: prediction.conditional ?? prediction.condition !== undefined,
    condition: prediction.condition ?? null,
    questionId: question?.id ?? null,
    negated: question ? (prediction.negated ?? false) : false,
  };
}

type PredictionData = ReturnType<typeof predictionData>;

/** The SQL types of PredictionData's columns, in the order of the table. */
const predictionColumns = {
  analystId: "text",
  sourceId: "text",
  claim: "text",
  quote: "text",
  quoteStart: "integer",
  quoteEnd: "integer",
  criteria: "text",
  madeAt: "timestamp(3)",
  resolveBy: "timestamp(3)",
  probability: "double precision",
  probabilitySource: '"ProbabilitySource"',
  hedge: "text",
  probabilityLow: "double precision",
  probabilityHigh: "double precision",
  conditional: "boolean",
  condition: "text",
  questionId: "text",
  negated: "boolean",
} satisfies Record<keyof PredictionData, string>;

function quoteOffsets(
  prediction: LedgerPrediction,
  text: string | null,
): { quoteStart: number | null; quoteEnd: number | null } {
  if (prediction.quoteStart !== undefined && prediction.quoteEnd !== undefined) {
    return { quoteStart: prediction.quoteStart, quoteEnd: prediction.quoteEnd };
  }
  const start = prediction.quote && text ? text.indexOf(prediction.quote) : -1;
  return start >= 0 && prediction.quote
    ? { quoteStart: start, quoteEnd: start + prediction.quote.length }
    : { quoteStart: null, quoteEnd: null };
}

/** A stored prediction the file names, with what the diff needs. */
interface StoredPrediction extends PredictionData {
  id: string;
  key: string;
  version: number;
  parentId: string | null;
  parentKey: string | null;
  questionKey: string | null;
  tags: string[];
  /** Whether any judgement exists (the probability is then fixed). */
  judged: boolean;
  latestOutcome: string | null;
  latestCredit: number | null;
  latestResolvedAt: Date | null;
  latestNote: string | null;
  latestEvidence: string[] | null;
}

const STORED_PREDICTION = `
  SELECT p."id", p."key", p."version", p."parentId", parent."key" AS "parentKey",
    p."analystId", p."sourceId", p."claim", p."quote", p."quoteStart", p."quoteEnd", p."criteria",
    p."madeAt", p."resolveBy", p."probability", p."probabilitySource"::text AS "probabilitySource",
    p."hedge", p."probabilityLow", p."probabilityHigh", p."conditional", p."condition",
    p."questionId", question."key" AS "questionKey", p."negated",
    coalesce((SELECT array_agg(t."slug" ORDER BY t."slug") FROM "prediction_tag" AS pt
      JOIN "tag" AS t ON t."id" = pt."tagId" WHERE pt."predictionId" = p."id"), '{}') AS "tags",
    latest."id" IS NOT NULL AS "judged", latest."outcome"::text AS "latestOutcome",
    latest."credit" AS "latestCredit", latest."resolvedAt" AS "latestResolvedAt",
    latest."note" AS "latestNote", latest."evidence" AS "latestEvidence"
  FROM "prediction" AS p
  LEFT JOIN "prediction" AS parent ON parent."id" = p."parentId"
  LEFT JOIN "question" AS question ON question."id" = p."questionId"
  LEFT JOIN LATERAL (
    SELECT j."id", j."outcome", j."credit", j."resolvedAt", j."note", j."evidence" FROM "judgement" AS j
    WHERE j."predictionId" = p."id" ORDER BY j."createdAt" DESC, j."id" DESC LIMIT 1
  ) AS latest ON true`;

/**
 * The stored predictions the file names, with their tags and latest judgement, locked until the
 * transaction ends (in id order, so that two imports cannot deadlock): a judgement or an edit
 * committing between this read and the writes below would otherwise be overwritten, or slip a
 * probability change past the judged check.
 */
async function readStored(tx: Transaction, keys: string[]): Promise<Map<string, StoredPrediction>> {
  const stored = new Map<string, StoredPrediction>();
  for (const batch of chunks(keys, 20_000)) {
    const rows = await tx.$queryRawUnsafe<StoredPrediction[]>(
      `${STORED_PREDICTION} WHERE p."key" = ANY($1::text[]) ORDER BY p."id" FOR UPDATE OF p`,
      batch,
    );
    for (const row of rows) stored.set(row.key, row);
  }
  return stored;
}

/**
 * The stored predictions linked to these questions that the file does not name (locked too): a
 * question judged by the file judges them as well.
 */
async function readLinkedElsewhere(
  tx: Transaction,
  questionIds: string[],
  fileKeys: ReadonlySet<string>,
): Promise<StoredPrediction[]> {
  const rows: StoredPrediction[] = [];
  for (const batch of chunks(questionIds, 10_000)) {
    const linked = await tx.$queryRawUnsafe<StoredPrediction[]>(
      `${STORED_PREDICTION} WHERE p."questionId" = ANY($1::text[]) ORDER BY p."id" FOR UPDATE OF p`,
      batch,
    );
    rows.push(...linked.filter((row) => !fileKeys.has(row.key)));
  }
  return rows;
}

/** Whether a file's resolution says what the latest judgement already says. */
const sameResolution = (row: StoredPrediction, resolution: NonNullable<LedgerPrediction["resolution"]>): boolean =>
  row.judged &&
  row.latestOutcome === resolution.outcome &&
  (row.latestCredit ?? null) === (resolution.credit ?? null) &&
  sameDate(row.latestResolvedAt, resolution.resolvedAt) &&
  (row.latestNote ?? null) === (resolution.note ?? null) &&
  sameList(row.latestEvidence ?? [], resolution.evidence ?? []);

async function writePredictions(
  tx: Transaction,
  queue: StatementQueue,
  ledger: LedgerFile,
  links: {
    analystIds: Map<string, string>;
    sources: Map<string, SourceLink>;
    questions: Map<string, LinkedQuestion>;
    actor: { userId: string | null };
    counts: ImportCounts;
    now: Date;
    locate: (path: string) => string;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<void> {
  const { actor, counts, now, locate } = links;
  await queue.flush();
  const stored = await readStored(
    tx,
    ledger.predictions.map((prediction) => prediction.key),
  );

  const ids = new Map<string, string>();
  const created: object[] = [];
  const updated: object[] = [];
  const audits: object[] = [];
  const judgements: object[] = [];
  const tagChanges: TagChange[] = [];
  const refused: FieldIssue[] = [];
  const audit = (entityId: string, action: string, before: object | null, after: object) =>
    audits.push({ id: newId(), actorId: actor.userId, action, entity: "prediction", entityId, before, after });
  const judge = (
    predictionId: string,
    resolution: NonNullable<LedgerPrediction["resolution"]>,
    version: number,
    questionJudgementId: string | null,
  ) =>
    judgements.push({
      id: newId(),
      predictionId,
      outcome: resolution.outcome,
      credit: resolution.credit ?? null,
      resolvedAt: resolution.resolvedAt,
      note: resolution.note ?? null,
      evidence: resolution.evidence ?? [],
      judgedById: actor.userId,
      basedOnVersion: version,
      questionJudgementId,
    });

  ledger.predictions.forEach((prediction, index) => {
    const source = prediction.source ? (links.sources.get(prediction.source) ?? null) : null;
    const question = prediction.question ? (links.questions.get(prediction.question) ?? null) : null;
    const data = predictionData(prediction, links.analystIds.get(prediction.analyst)!, source, question);
    // Linked to a resolved question, the prediction follows the question's judgement (its own
    // resolution, if any, was found to agree with it); else its own resolution counts, as in v1.
    const resolution = question?.verdict
      ? linkedResolution(question.verdict, data.negated)
      : (prediction.resolution ?? null);
    const questionJudgementId = question?.verdict ? question.judgementId : null;
    const row = stored.get(prediction.key);
    if (!row) {
      // Logged at version 1; a resolution is its first judgement, made against that version.
      const id = newId();
      ids.set(prediction.key, id);
      created.push({
        id,
        key: prediction.key,
        ...data,
        createdById: actor.userId,
        version: resolution ? 2 : 1,
        outcome: resolution?.outcome ?? null,
        credit: resolution?.credit ?? null,
        resolvedAt: resolution?.resolvedAt ?? null,
      });
      audit(id, "prediction.import", null, data);
      if (resolution) judge(id, resolution, 1, questionJudgementId);
      if (prediction.tags.length) tagChanges.push({ id, add: prediction.tags, remove: [] });
      return;
    }

    ids.set(prediction.key, row.id);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of Object.keys(predictionColumns) as (keyof PredictionData)[]) {
      // The link is audited by the question's key, as the parent is by its key.
      if (field === "questionId") continue;
      if (!same(row[field], data[field])) {
        before[field] = row[field];
        after[field] = data[field];
      }
    }
    if (row.parentKey !== (prediction.parent ?? null)) {
      before.parent = row.parentKey;
      after.parent = prediction.parent ?? null;
    }
    if (row.questionKey !== (question?.key ?? null)) {
      before.question = row.questionKey;
      after.question = question?.key ?? null;
    }
    const newTags = [...prediction.tags].sort();
    if (!sameList(row.tags, newTags)) {
      before.tags = row.tags;
      after.tags = newTags;
      tagChanges.push({
        id: row.id,
        add: newTags.filter((tag) => !row.tags.includes(tag)),
        remove: row.tags.filter((tag) => !newTags.includes(tag)),
      });
    }
    if ("probability" in after && row.judged) {
      refused.push({
        path: locate(`predictions[${index}].probability`),
        message: `"${prediction.key}" has been judged: its probability (${row.probability}) was fixed before the outcome was known`,
      });
    }
    const changed = Object.keys(after).length > 0;
    const judged = resolution !== null && !sameResolution(row, resolution);
    let version = row.version;
    if (changed) {
      version += 1;
      audit(row.id, "prediction.update", before, after);
      counts.predictions.updated++;
    } else counts.predictions.unchanged++;
    if (judged) {
      judge(row.id, resolution, version, questionJudgementId);
      version += 1;
    }
    if (changed || judged) {
      updated.push({
        id: row.id,
        ...data,
        version,
        judged,
        outcome: judged ? resolution.outcome : null,
        credit: judged ? (resolution.credit ?? null) : null,
        resolvedAt: judged ? resolution.resolvedAt : null,
      });
    }
  });
  if (refused.length) {
    throw new DomainError("CONFLICT", "The probability of a judged prediction cannot change", refused);
  }

  // A question the file judged judges the predictions linked to it that the file does not name.
  const judgedNow = [...links.questions.values()].filter((question) => question.judgedNow);
  const fileKeys = new Set(ledger.predictions.map((prediction) => prediction.key));
  const byId = new Map(judgedNow.map((question) => [question.id, question]));
  for (const row of await readLinkedElsewhere(tx, [...byId.keys()], fileKeys)) {
    const question = byId.get(row.questionId!)!;
    const resolution = linkedResolution(question.verdict!, row.negated);
    if (sameResolution(row, resolution)) continue;
    judge(row.id, resolution, row.version, question.judgementId);
    const data = Object.fromEntries(
      Object.keys(predictionColumns).map((field) => [field, row[field as keyof PredictionData]]),
    );
    updated.push({
      ...data,
      id: row.id,
      version: row.version + 1,
      judged: true,
      outcome: resolution.outcome,
      credit: resolution.credit ?? null,
      resolvedAt: resolution.resolvedAt,
    });
  }

  // Parts point at their whole once every prediction of the file exists, whatever the order.
  const moves = ledger.predictions.flatMap((prediction) => {
    const parentId = prediction.parent ? (ids.get(prediction.parent) ?? null) : null;
    const current = stored.get(prediction.key)?.parentId ?? null;
    return parentId === current ? [] : [{ id: ids.get(prediction.key)!, parentId }];
  });
  const tagIds = await ensureTags(tx, tagChanges);
  const tagLinks = (pick: (change: TagChange) => string[]) =>
    tagChanges.flatMap((change) => pick(change).map((slug) => ({ predictionId: change.id, tagId: tagIds.get(slug)! })));
  const tagsAdded = tagLinks((change) => change.add);
  const tagsRemoved = tagLinks((change) => change.remove);

  const rows = [created, updated, moves, tagsAdded, tagsRemoved, judgements, audits];
  const total = counts.predictions.unchanged + 2 * rows.reduce((sum, list) => sum + list.length, 0);
  let done = 0;
  const advance = (steps: number) => {
    done += steps;
    links.onProgress?.({ done, total });
  };
  advance(counts.predictions.unchanged);

  await insertRows(
    queue,
    "prediction",
    {
      id: "text",
      key: "text",
      ...predictionColumns,
      createdById: "text",
      version: "integer",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
    },
    created,
    {
      now,
      stamped: ["createdAt", "updatedAt"],
      advance,
    },
  );
  counts.predictions.created = created.length;
  await updateRows(
    queue,
    "prediction",
    {
      id: "text",
      ...predictionColumns,
      version: "integer",
      judged: "boolean",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
    },
    updated,
    {
      now,
      // The outcome columns cache the latest judgement: only a new judgement moves them.
      set: [
        assignEach([...Object.keys(predictionColumns), "version"]),
        `"outcome" = CASE WHEN v."judged" THEN v."outcome" ELSE t."outcome" END`,
        `"credit" = CASE WHEN v."judged" THEN v."credit" ELSE t."credit" END`,
        `"resolvedAt" = CASE WHEN v."judged" THEN v."resolvedAt" ELSE t."resolvedAt" END`,
      ].join(", "),
      advance,
    },
  );
  await updateRows(queue, "prediction", { id: "text", parentId: "text" }, moves, {
    now,
    set: assignEach(["parentId"]),
    advance,
  });
  const link = { predictionId: "text", tagId: "text" } satisfies Columns;
  await deleteRows(queue, "prediction_tag", link, tagsRemoved, { advance });
  await insertRows(queue, "prediction_tag", link, tagsAdded, {
    now,
    onConflict: "ON CONFLICT DO NOTHING",
    size: 20_000,
    advance,
  });
  await insertRows(
    queue,
    "judgement",
    {
      id: "text",
      predictionId: "text",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
      note: "text",
      evidence: "text[]",
      judgedById: "text",
      basedOnVersion: "integer",
      questionJudgementId: "text",
    },
    judgements,
    { now, stamped: ["createdAt"], advance },
  );
  counts.judgements.created = judgements.length;
  await insertRows(
    queue,
    "audit_event",
    { id: "text", actorId: "text", action: "text", entity: "text", entityId: "text", before: "jsonb", after: "jsonb" },
    audits,
    { now, stamped: ["at"], advance },
  );
}

interface TagChange {
  id: string;
  add: string[];
  remove: string[];
}

/** The ids of the tags the changes name, creating the ones new to the ledger. */
async function ensureTags(tx: Transaction, changes: TagChange[]): Promise<Map<string, string>> {
  const slugs = [...new Set(changes.flatMap((change) => [...change.add, ...change.remove]))];
  const tagIds = new Map<string, string>();
  for (const batch of chunks(slugs, 10_000)) {
    await tx.tag.createMany({ data: batch.map((slug) => ({ id: newId(), slug, name: slug })), skipDuplicates: true });
    for (const tag of await tx.tag.findMany({ where: { slug: { in: batch } }, select: { id: true, slug: true } })) {
      tagIds.set(tag.slug, tag.id);
    }
  }
  return tagIds;
}
