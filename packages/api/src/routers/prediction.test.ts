import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { appRouter, createCaller } from "../root";
import { createContext } from "../context";
import type { CreatePredictionFormValues } from "@hindsight/domain";

let database: TestDatabase;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  database = await createTestDatabase("hindsight_api_prediction");
  caller = createCaller(createContext({ db: database.db }));
});
afterAll(async () => {
  await database.drop();
});

const novotna = (overrides: Partial<CreatePredictionFormValues> = {}): CreatePredictionFormValues => ({
  analyst: { mode: "new", name: "Tereza Novotna", affiliation: "Free University of Berlin" },
  source: {
    title: "What Trump's North Korea diplomacy says about his Russia strategy",
    outlet: "Asia Times",
    url: "https://asiatimes.com/2025/04/what-trumps-north-korea-diplomacy-says-about-his-russia-strategy/",
    publishedAt: "2025-04-25",
  },
  quote: "the Trump-Putin talks will be flashy, vague and ultimately meaningless",
  claim: "The Trump-Putin talks end without a substantive agreement",
  madeAt: "2025-04-25",
  resolveBy: "2025-12-31",
  probability: 0.95,
  tags: ["Russia", "diplomacy"],
  ...overrides,
});

const rowCounts = async () => ({
  predictions: await database.db.prediction.count(),
  analysts: await database.db.analyst.count(),
  sources: await database.db.source.count(),
  tags: await database.db.tag.count(),
  audit: await database.db.auditEvent.count(),
});

/** The formatted error a client would see: code plus field errors from the error formatter. */
async function clientError(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shape = appRouter._def._config.errorFormatter({
      error,
      type: "mutation",
      path: "prediction.create",
      input: undefined,
      ctx: undefined,
      shape: {
        message: error.message,
        code: -32600,
        data: { code: error.code, httpStatus: 400, path: "prediction.create" },
      },
    }) as { message: string; data: { code: string; fieldErrors: Record<string, string> | null } };
    return shape;
  }
  throw new Error("expected the call to fail");
}

describe("prediction.create and prediction.list", () => {
  it("logs a prediction with a new analyst, source and tags, and lists it first", async () => {
    const created = await caller.prediction.create(novotna());
    expect(created).toMatchObject({
      claim: "The Trump-Putin talks end without a substantive agreement",
      probability: 0.95,
      probabilitySource: "STATED",
      outcome: null,
      version: 1,
      analyst: { slug: "tereza-novotna", name: "Tereza Novotna" },
      source: { outlet: "Asia Times" },
      tags: ["diplomacy", "russia"],
    });
    expect(created.resolveBy?.toISOString()).toBe("2025-12-31T00:00:00.000Z");
    const page = await caller.prediction.list({ limit: 20 });
    expect(page.items[0]?.id).toBe(created.id);
  });

  it("reuses the analyst, the source with the same URL and the tags", async () => {
    const before = await rowCounts();
    await caller.prediction.create(
      novotna({ claim: "Russia consolidates its control over eastern Ukraine", probability: 0.4 }),
    );
    const after = await rowCounts();
    expect(after).toEqual({ ...before, predictions: before.predictions + 1, audit: before.audit + 1 });
  });

  it("picks an existing analyst by id", async () => {
    const [analyst] = await caller.analyst.search({ query: "novot" });
    expect(analyst?.name).toBe("Tereza Novotna");
    const created = await caller.prediction.create(
      novotna({ analyst: { mode: "existing", id: analyst!.id }, source: undefined }),
    );
    expect(created.analyst.id).toBe(analyst!.id);
    expect(created.source).toBeNull();
  });

  it.each([
    [{ probability: 1.5 }, "probability", "Probability must be between 0 and 1"],
    [{ claim: "" }, "claim", "Claim is required"],
    [{ resolveBy: "2020-01-01" }, "resolveBy", "Deadline must be on or after the date made"],
    [
      { source: { title: "T", publishedAt: "2025-01-01", url: "ftp://x" } },
      "source.url",
      "Source URL must be an http(s) URL",
    ],
  ])("rejects %j with BAD_REQUEST, a field error and no rows written", async (change, field, message) => {
    const before = await rowCounts();
    const shape = await clientError(() =>
      caller.prediction.create(novotna(change as Partial<CreatePredictionFormValues>)),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors?.[field]).toBe(message);
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects an analyst id that does not exist, naming the field", async () => {
    const before = await rowCounts();
    const shape = await clientError(() =>
      caller.prediction.create(novotna({ analyst: { mode: "existing", id: "nope" } })),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors).toEqual({ "analyst.id": "This analyst no longer exists; pick another" });
    expect(await rowCounts()).toEqual(before);
  });

  it("paginates newest first by cursor without gaps or repeats", async () => {
    for (let index = 0; index < 7; index++) {
      await caller.prediction.create(novotna({ claim: `Paged claim ${index}`, source: undefined }));
    }
    const all = await database.db.prediction.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await caller.prediction.list({ limit: 4, cursor });
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((row) => row.id));
    expect(seen.length).toBe(10);
  });

  it("refuses a forged cursor with BAD_REQUEST", async () => {
    await expect(caller.prediction.list({ cursor: "garbage", limit: 5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("answers NOT_FOUND for an unknown prediction", async () => {
    await expect(caller.prediction.byId({ id: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
