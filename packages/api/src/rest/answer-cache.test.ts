import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { createApiKey } from "../auth/api-keys";
import { noteWrite } from "../cache";
import { createApiHarness, type ApiHarness } from "../test/harness";
import { answerCacheSize, cachedAnswer, clearAnswerCache, MAX_ANSWERS } from "./answer-cache";
import { createRestHandler } from "./handler";

beforeEach(() => clearAnswerCache());

describe("cachedAnswer", () => {
  const counting = (bodies: string[]) => {
    let loads = 0;
    return {
      load: async () => bodies[Math.min(loads++, bodies.length - 1)]!,
      get loads() {
        return loads;
      },
    };
  };

  it("serves a kept answer until a write is noted, then loads again", async () => {
    const source = counting(["[1]", "[1,2]"]);
    expect((await cachedAnswer("k", 60_000, source.load)).body).toBe("[1]");
    expect((await cachedAnswer("k", 60_000, source.load)).body).toBe("[1]");
    expect(source.loads).toBe(1);
    noteWrite();
    expect((await cachedAnswer("k", 60_000, source.load)).body).toBe("[1,2]");
    expect(source.loads).toBe(2);
  });

  it("loads again once the time to live is over", async () => {
    const source = counting(["a", "b"]);
    let clock = 1_000;
    await cachedAnswer("k", 500, source.load, () => clock);
    clock = 1_499;
    expect((await cachedAnswer("k", 500, source.load, () => clock)).body).toBe("a");
    clock = 1_500;
    expect((await cachedAnswer("k", 500, source.load, () => clock)).body).toBe("b");
  });

  it("shares one load between concurrent misses of a key, not between keys", async () => {
    const source = counting(["x"]);
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => cachedAnswer("one", 60_000, source.load)),
      cachedAnswer("two", 60_000, source.load),
    ]);
    expect(answers.map((answer) => answer.body)).toEqual(Array(11).fill("x"));
    expect(source.loads).toBe(2);
  });

  it("keeps no failed load, and gives its error to every caller that shared it", async () => {
    let loads = 0;
    const failing = async () => {
      loads += 1;
      throw new Error("database down");
    };
    const results = await Promise.allSettled([cachedAnswer("k", 60_000, failing), cachedAnswer("k", 60_000, failing)]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(loads).toBe(1);
    expect((await cachedAnswer("k", 60_000, async () => "ok")).body).toBe("ok");
  });

  it("does not keep an answer whose load overlapped a write (it may be stale already)", async () => {
    const source = counting(["before", "after"]);
    const first = await cachedAnswer("k", 60_000, async () => {
      const body = await source.load();
      noteWrite();
      return body;
    });
    expect(first.body).toBe("before");
    expect((await cachedAnswer("k", 60_000, source.load)).body).toBe("after");
  });

  it("tags each answer with its body's hash and counts its UTF-8 bytes", async () => {
    const answer = await cachedAnswer("k", 60_000, async () => '"é"');
    expect(answer.bytes).toBe(4);
    expect(answer.etag).toMatch(/^"[\w-]{22}"$/);
    const same = await cachedAnswer("other", 60_000, async () => '"é"');
    expect(same.etag).toBe(answer.etag);
  });

  it("drops the least recently used answers beyond MAX_ANSWERS", async () => {
    for (let i = 0; i <= MAX_ANSWERS; i += 1) await cachedAnswer(`k${i}`, 60_000, async () => String(i));
    expect(answerCacheSize().answers).toBe(MAX_ANSWERS);
    // k0 went first; k1 is still kept.
    expect((await cachedAnswer("k0", 60_000, async () => "reloaded")).body).toBe("reloaded");
    expect((await cachedAnswer(`k${MAX_ANSWERS}`, 60_000, async () => "reloaded")).body).toBe(String(MAX_ANSWERS));
  });
});

describe("the REST handler's answer cache", () => {
  let api: ApiHarness;
  let ready = true;
  let editorKey = "";
  const now = new Date("2026-06-01T12:00:00Z");
  const handler = createRestHandler({
    db: () => api.database.db,
    now: () => now,
    answerCache: { ready: () => ready, ttlMs: () => 60_000 },
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    handler(new Request(`http://localhost:3000/api/v1${path}`, { headers }));
  const claims = async (response: Response) =>
    ((await response.json()) as { items: { claim: string }[] }).items.map((item) => item.claim).sort();
  /** A write the process does not hear of: another process's, before its notification arrives. */
  const writeUnheard = (claim: string) =>
    api.database.db.$executeRaw`UPDATE "prediction" SET "claim" = ${claim} WHERE "claim" = 'First claim'`;

  beforeAll(async () => {
    api = await createApiHarness("hindsight_api_answer_cache");
    const owner = { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId };
    editorKey = (await createApiKey(api.database.db, { name: "CI", role: "EDITOR" }, owner, now)).key;
    const editor = api.callerFor(api.actors.editor, () => now);
    await editor.prediction.create(
      predictionInput({ claim: "First claim", madeAt: "2026-01-01", resolveBy: "2026-12-31" }),
    );
  });
  afterAll(async () => {
    await api.database.drop();
  });
  beforeEach(async () => {
    ready = true;
    await api.database.db.$executeRaw`UPDATE "prediction" SET "claim" = 'First claim' WHERE "claim" LIKE 'Changed%'`;
  });

  it("serves anonymous reads kept whole until a write is noted", async () => {
    expect(await claims(await get("/predictions"))).toEqual(["First claim"]);
    await writeUnheard("Changed unheard");
    const kept = await get("/predictions");
    expect(kept.headers.get("cache-control")).toMatch(/^public/);
    expect(await claims(kept)).toEqual(["First claim"]);
    noteWrite();
    expect(await claims(await get("/predictions"))).toEqual(["Changed unheard"]);
  });

  it("shows a write made through the API at once", async () => {
    expect(await claims(await get("/predictions"))).toEqual(["First claim"]);
    const editor = api.callerFor(api.actors.editor, () => now);
    const created = await editor.prediction.create(
      predictionInput({
        claim: "Second claim",
        madeAt: "2026-01-02",
        resolveBy: "2026-12-31",
        analyst: { mode: "new", name: "Sam Second" },
      }),
    );
    expect(await claims(await get("/predictions"))).toEqual(["First claim", "Second claim"]);
    await api.database.db.$executeRaw`DELETE FROM "prediction_tag" WHERE "predictionId" = ${created.id}`;
    await api.database.db.$executeRaw`DELETE FROM "prediction" WHERE "id" = ${created.id}`;
    noteWrite();
  });

  it("never serves a kept answer to a request with a key, nor while the change signal is not heard", async () => {
    await get("/predictions");
    await writeUnheard("Changed again");
    expect(await claims(await get("/predictions", { authorization: `Bearer ${editorKey}` }))).toEqual([
      "Changed again",
    ]);
    ready = false;
    expect(await claims(await get("/predictions"))).toEqual(["Changed again"]);
    noteWrite();
  });

  it("answers If-None-Match from a kept answer with 304, and keeps no error", async () => {
    const first = await get("/predictions");
    const tag = first.headers.get("etag")!;
    const again = await get("/predictions", { "if-none-match": tag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    const size = answerCacheSize().answers;
    expect((await get("/predictions?limit=0")).status).toBe(400);
    expect((await get("/predictions?limit=0")).status).toBe(400);
    expect(answerCacheSize().answers).toBe(size);
  });

  it("keeps each query apart", async () => {
    expect(await claims(await get("/predictions?q=First"))).toEqual(["First claim"]);
    expect(await claims(await get("/predictions?q=Nothing"))).toEqual([]);
  });
});
