import { predictionInput } from "@hindsight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../auth/api-keys";
import { createApiHarness, type ApiHarness } from "../test/harness";
import {
  entityTag,
  noneMatchHits,
  PRIVATE_READ_CACHE_CONTROL,
  PUBLIC_READ_CACHE_CONTROL,
  READ_STALENESS_BOUND_SECONDS,
} from "./conditional";
import { createRestHandler } from "./handler";

describe("entityTag", () => {
  it("is a quoted 22-character tag that changes with any byte of the answer", () => {
    const tag = entityTag('{"items":[]}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(entityTag('{"items":[]}')).toBe(tag);
    expect(entityTag('{"items":[ ]}')).not.toBe(tag);
  });
});

describe("noneMatchHits", () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abcd"', false],
    ["abc", false],
    ["", false],
  ])("If-None-Match %j -> %s", (header, hit) => {
    expect(noneMatchHits(header, tag)).toBe(hit);
  });

  it("without the header, nothing matches", () => {
    expect(noneMatchHits(null, tag)).toBe(false);
  });
});

it("states how long a write may take to show through a shared cache", () => {
  expect(PUBLIC_READ_CACHE_CONTROL).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=25");
  expect(READ_STALENESS_BOUND_SECONDS).toBe(30);
});

describe("conditional reads through the REST handler", () => {
  let api: ApiHarness;
  let viewerKey = "";
  const now = new Date("2026-06-01T12:00:00Z");
  const handler = createRestHandler({ db: () => api.database.db, now: () => now });
  const get = (path: string, headers: Record<string, string> = {}) =>
    handler(new Request(`http://localhost:3000/api/v1${path}`, { headers }));

  beforeAll(async () => {
    api = await createApiHarness("hindsight_api_conditional");
    const owner = { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId };
    viewerKey = (await createApiKey(api.database.db, { name: "Reader", role: "VIEWER" }, owner, now)).key;
    await api.callerFor(api.actors.editor, () => now).prediction.create(predictionInput({ claim: "First claim" }));
  });
  afterAll(async () => {
    await api.database.drop();
  });

  it("tags an anonymous read, lets a shared cache keep it briefly, and answers 304 to its tag", async () => {
    const first = await get("/predictions");
    expect(first.status).toBe(200);
    const tag = first.headers.get("etag")!;
    expect(tag).toBe(entityTag(await first.text()));
    expect(first.headers.get("cache-control")).toBe(PUBLIC_READ_CACHE_CONTROL);
    expect(first.headers.get("vary")).toBe("Authorization");

    const again = await get("/predictions", { "if-none-match": tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toBe(PUBLIC_READ_CACHE_CONTROL);
  });

  it("a write changes the answer, so the old tag gets the whole new answer", async () => {
    const before = (await get("/predictions")).headers.get("etag")!;
    await api.callerFor(api.actors.editor, () => now).prediction.create(predictionInput({ claim: "Second claim" }));
    const after = await get("/predictions", { "if-none-match": before });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);
    const body = (await after.json()) as { items: { claim: string }[] };
    expect(body.items.map((item) => item.claim)).toContain("Second claim");
  });

  it("a read made with a key is private: tagged, but no shared cache keeps it", async () => {
    const answer = await get("/analysts", { authorization: `Bearer ${viewerKey}` });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe(PRIVATE_READ_CACHE_CONTROL);
    const tag = answer.headers.get("etag")!;
    const again = await get("/analysts", { authorization: `Bearer ${viewerKey}`, "if-none-match": tag });
    expect(again.status).toBe(304);
  });

  it("errors are never cached or tagged", async () => {
    const missing = await get("/predictions/no-such-id");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(missing.headers.get("etag")).toBeNull();
  });
});
