import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, makeUser, type TestDatabase } from "@hindsight/db/testing";
import { countApiKeyRequest, revokeApiKey } from "@hindsight/db";
import { actorFromApiKey, createApiKey, generateApiKey, hashApiKey } from "./api-keys";

let database: TestDatabase;
let ownerId: string;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase("hindsight_api_keys");
  ownerId = (await makeUser(database.db, "ADMIN", "Owen Owner")).userId;
});
afterAll(async () => {
  await database.drop();
});

describe("generateApiKey", () => {
  it("makes hs_ keys whose stored prefix is their first 11 characters and whose hash is the sha256 hex", () => {
    const { key, prefix, keyHash } = generateApiKey();
    expect(key).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(key.slice(0, 11));
    expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(keyHash).toBe(hashApiKey(key));
    // A published test vector: sha256("abc").
    expect(hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("actorFromApiKey", () => {
  it("reads no header as an anonymous reader", async () => {
    expect(await actorFromApiKey(database.db, null, now)).toBeNull();
  });

  it("lets a live key in as its owner with the key's role, and records when", async () => {
    const created = await createApiKey(database.db, { name: "Script", role: "VIEWER" }, { ownerId }, now);
    const used = new Date("2026-06-02T09:30:00Z");
    expect(await actorFromApiKey(database.db, `Bearer ${created.key}`, used)).toEqual({
      actor: { userId: ownerId, role: "VIEWER" },
      keyId: created.id,
    });
    const row = await database.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.lastUsedAt).toEqual(used);
    // The scheme is case-insensitive (RFC 9110).
    expect(await actorFromApiKey(database.db, `bearer ${created.key}`, used)).not.toBeNull();
  });

  it("refuses a key from the moment it expires, and a revoked one", async () => {
    const expiring = await createApiKey(
      database.db,
      { name: "Until noon", role: "EDITOR", expiresAt: "2026-06-01T13:00:00Z" },
      { ownerId },
      now,
    );
    const header = `Bearer ${expiring.key}`;
    expect(await actorFromApiKey(database.db, header, new Date("2026-06-01T12:59:59.999Z"))).not.toBeNull();
    await expect(actorFromApiKey(database.db, header, new Date("2026-06-01T13:00:00Z"))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "This API key has expired",
    });

    const revoked = await createApiKey(database.db, { name: "Gone", role: "EDITOR" }, { ownerId }, now);
    await revokeApiKey(database.db, revoked.id, {}, now);
    await expect(actorFromApiKey(database.db, `Bearer ${revoked.key}`, now)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "This API key has been revoked",
    });
  });

  it.each([
    ["another scheme", "Basic dXNlcjpwYXNz"],
    ["an empty bearer", "Bearer "],
    ["not our format", "Bearer abc.def"],
    ["an unknown hs_ key", `Bearer hs_${"x".repeat(43)}`],
    ["two tokens", "Bearer hs_one hs_two"],
  ])("refuses %s with UNAUTHORIZED", async (_label, header) => {
    await expect(actorFromApiKey(database.db, header, now)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a key that shares a real key's prefix but not its secret", async () => {
    const real = await createApiKey(database.db, { name: "Real", role: "EDITOR" }, { ownerId }, now);
    const lastCharacter = real.key.at(-1) === "A" ? "B" : "A";
    const forged = `${real.key.slice(0, -1)}${lastCharacter}`;
    await expect(actorFromApiKey(database.db, `Bearer ${forged}`, now)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "This API key is not valid",
    });
  });
});

describe("countApiKeyRequest", () => {
  it("counts per key in a fixed window shared through the database, and starts again after it", async () => {
    const limit = { max: 3, windowSeconds: 60 };
    const start = new Date("2026-06-01T12:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const decisions = [];
    for (const seconds of [0, 1, 2, 3])
      decisions.push(await countApiKeyRequest(database.db, "key-a", limit, at(seconds)));
    expect(decisions.map((decision) => [decision.allowed, decision.remaining, decision.retryAfterSeconds])).toEqual([
      [true, 2, 60],
      [true, 1, 59],
      [true, 0, 58],
      [false, 0, 57],
    ]);
    expect((await countApiKeyRequest(database.db, "key-b", limit, at(3))).allowed).toBe(true);
    expect(await countApiKeyRequest(database.db, "key-a", limit, at(59.5))).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await countApiKeyRequest(database.db, "key-a", limit, at(60))).toMatchObject({
      allowed: true,
      remaining: 2,
    });
  });

  it("never lets concurrent requests share the last slot", async () => {
    const limit = { max: 5, windowSeconds: 60 };
    const decisions = await Promise.all(
      Array.from({ length: 12 }, () => countApiKeyRequest(database.db, "key-concurrent", limit, now)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });
});
