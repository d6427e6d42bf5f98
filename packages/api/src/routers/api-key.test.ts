import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientError, createApiHarness, type ApiHarness, type Caller } from "../test/harness";

let api: ApiHarness;
let admin: Caller;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_apikey");
  admin = api.callerFor(api.actors.admin, () => now);
});
afterAll(async () => {
  await api.database.drop();
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("apiKey.create", () => {
  it("answers the key once, stores only its sha256 and its visible prefix, and audits the creation", async () => {
    const created = await admin.apiKey.create({ name: "  Nightly import ", role: "EDITOR", expiresAt: "2026-12-31" });
    // hs_ and 32 random bytes in base64url (43 characters).
    expect(created.key).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({
      name: "Nightly import",
      role: "EDITOR",
      prefix: created.key.slice(0, 11),
      createdAt: now,
      createdBy: { id: api.actors.admin.userId, name: "Ada Admin" },
      expiresAt: new Date("2026-12-31T00:00:00Z"),
      lastUsedAt: null,
      revokedAt: null,
    });

    const row = await api.database.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(sha256(created.key));
    expect(Object.values(row).map(String).join(" ")).not.toContain(created.key.slice(11));

    const events = await api.database.db.auditEvent.findMany({
      where: { entity: "apiKey", entityId: created.id },
      select: { actorId: true, action: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: api.actors.admin.userId,
        action: "apiKey.create",
        before: null,
        after: {
          name: "Nightly import",
          prefix: created.prefix,
          role: "EDITOR",
          expiresAt: "2026-12-31T00:00:00.000Z",
          revokedAt: null,
        },
      },
    ]);
  });

  it("makes a different key every time", async () => {
    const first = await admin.apiKey.create({ name: "One", role: "VIEWER" });
    const second = await admin.apiKey.create({ name: "Two", role: "VIEWER" });
    expect(first.key).not.toBe(second.key);
    expect(first.prefix).not.toBe(second.prefix);
  });

  it("refuses an expiry that is not in the future, naming the field", async () => {
    const error = await clientError(() =>
      admin.apiKey.create({ name: "Late", role: "EDITOR", expiresAt: "2026-06-01" }),
    );
    expect(error.data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { expiresAt: "Expiry date must be in the future" },
    });
  });
});

describe("apiKey.list", () => {
  it("lists keys newest first without the key or its hash", async () => {
    const keys = await admin.apiKey.list();
    expect(keys.map((key) => key.name)).toEqual(["Two", "One", "Nightly import"]);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(
        ["createdAt", "createdBy", "expiresAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "role"].sort(),
      );
    }
  });
});

describe("apiKey.revoke", () => {
  it("revokes from now on, by id or prefix, audits it once, and answers a second revocation without a new event", async () => {
    const created = await admin.apiKey.create({ name: "Leaked", role: "EDITOR" });
    const revoked = await admin.apiKey.revoke({ id: created.prefix });
    expect(revoked).toMatchObject({ id: created.id, revokedAt: now, alreadyRevoked: false });
    const again = await admin.apiKey.revoke({ id: created.id });
    expect(again).toMatchObject({ id: created.id, revokedAt: now, alreadyRevoked: true });

    const events = await api.database.db.auditEvent.findMany({
      where: { entity: "apiKey", entityId: created.id, action: "apiKey.revoke" },
      select: { actorId: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: api.actors.admin.userId,
        before: expect.objectContaining({ revokedAt: null }),
        after: expect.objectContaining({ revokedAt: now.toISOString() }),
      },
    ]);
  });

  it("answers NOT_FOUND for an unknown key", async () => {
    const error = await clientError(() => admin.apiKey.revoke({ id: "hs_nothing1" }));
    expect(error.data.code).toBe("NOT_FOUND");
  });
});
