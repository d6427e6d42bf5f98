import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { createTestDatabase, makeUser, type TestDatabase } from "@hindsight/db/testing";
import { appRouter, createCaller } from "../root";
import { createAuth } from "../auth/index";
import { createContext, type Actor } from "../context";

export type Caller = ReturnType<typeof createCaller>;

export interface ApiHarness {
  database: TestDatabase;
  anonymous: Caller;
  viewer: Caller;
  editor: Caller;
  admin: Caller;
  actors: Record<"viewer" | "editor" | "admin", Actor & { name: string }>;
  callerFor(actor: Actor | null, now?: () => Date): Caller;
}

/** A fresh database with one user per role and a tRPC caller for each. */
export async function createApiHarness(prefix: string): Promise<ApiHarness> {
  const database = await createTestDatabase(prefix);
  const actors = {
    viewer: await makeUser(database.db, "VIEWER", "Vera Viewer"),
    editor: await makeUser(database.db, "EDITOR", "Edith Editor"),
    admin: await makeUser(database.db, "ADMIN", "Ada Admin"),
  };
  const auth = createAuth({
    db: database.db,
    baseURL: "http://localhost:3000",
    secret: randomBytes(32).toString("hex"),
  });
  const callerFor = (actor: Actor | null, now?: () => Date) =>
    createCaller(createContext({ db: database.db, actor, now, auth }));
  return {
    database,
    actors,
    callerFor,
    anonymous: callerFor(null),
    viewer: callerFor(actors.viewer),
    editor: callerFor(actors.editor),
    admin: callerFor(actors.admin),
  };
}

export interface ClientError {
  message: string;
  data: { code: string; fieldErrors: Record<string, string> | null };
}

/** The error shape a client would receive, through the router's own error formatter. */
export async function clientError(run: () => Promise<unknown>): Promise<ClientError> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return appRouter._def._config.errorFormatter({
      error,
      type: "mutation",
      path: undefined,
      input: undefined,
      ctx: undefined,
      shape: { message: error.message, code: -32600, data: { code: error.code, httpStatus: 400, path: undefined } },
    }) as ClientError;
  }
  throw new Error("expected the call to fail");
}

/** Row counts of every table a mutation could write. */
export async function rowCounts(database: TestDatabase) {
  const { db } = database;
  return {
    predictions: await db.prediction.count(),
    analysts: await db.analyst.count(),
    sources: await db.source.count(),
    tags: await db.tag.count(),
    predictionTags: await db.predictionTag.count(),
    judgements: await db.judgement.count(),
    audit: await db.auditEvent.count(),
    users: await db.user.count(),
    apiKeys: await db.apiKey.count(),
    questions: await db.question.count(),
    questionReferences: await db.questionReference.count(),
    questionJudgements: await db.questionJudgement.count(),
    disputes: await db.dispute.count(),
    disputeAnswers: await db.disputeAnswer.count(),
    webhookEndpoints: await db.webhookEndpoint.count(),
    webhookEvents: await db.webhookEvent.count(),
    webhookRedeliveries: await db.webhookRedelivery.count(),
  };
}
