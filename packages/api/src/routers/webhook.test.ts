import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../root";
import { clientError, createApiHarness, type ApiHarness, type Caller } from "../test/harness";

let api: ApiHarness;
let admin: Caller;
let permissive: Caller;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_webhook");
  admin = api.callerFor(api.actors.admin, () => now);
  permissive = createCaller(
    createContext({ db: api.database.db, actor: api.actors.admin, now: () => now, webhooksAllowPrivate: true }),
  );
});
afterAll(async () => {
  await api.database.drop();
});

const counts = async () => ({
  endpoints: await api.database.db.webhookEndpoint.count(),
  audit: await api.database.db.auditEvent.count({ where: { entity: "webhook" } }),
});

describe("webhook.create", () => {
  it("registers an endpoint, answers its whsec_ secret once, and audits it without the secret", async () => {
    const created = await admin.webhook.create({
      url: " https://93.184.215.14/hooks ",
      events: ["prediction.created", "judgement.created", "prediction.created"],
    });
    expect(created).toMatchObject({
      url: "https://93.184.215.14/hooks",
      events: ["prediction.created", "judgement.created"],
      active: true,
      createdBy: { id: api.actors.admin.userId, name: "Ada Admin" },
      lastDelivery: null,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await admin.webhook.list();
    expect(listed.find((endpoint) => endpoint.id === created.id)).not.toHaveProperty("secret");
    expect(await admin.webhook.secret({ id: created.id })).toEqual({ id: created.id, secret: created.secret });
    const audit = await api.database.db.auditEvent.findMany({ where: { entity: "webhook", entityId: created.id } });
    expect(audit.map((event) => event.action)).toEqual(["webhook.create"]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
  });

  it.each([
    [{ url: "not a url", events: ["prediction.created"] }, "url", "URL is not a valid absolute URL"],
    [
      { url: "ftp://example.org/hooks", events: ["prediction.created"] },
      "url",
      "URL must start with https:// or http://",
    ],
    [
      { url: "https://user:pw@example.org/", events: ["prediction.created"] },
      "url",
      "may not contain a user name or password",
    ],
    [{ url: "", events: ["prediction.created"] }, "url", "URL is required"],
    [{ url: "https://93.184.215.14/hooks", events: [] }, "events", "Choose at least one event"],
    [
      { url: "https://93.184.215.14/hooks", events: ["prediction.deleted"] },
      "events[0]",
      'Unknown event "prediction.deleted"',
    ],
  ])("refuses %j with a message on %s, writing nothing", async (input, path, message) => {
    const before = await counts();
    const error = await clientError(() => admin.webhook.create(input as never));
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors?.[path]).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it.each([
    "http://127.0.0.1:9000/hooks",
    "http://localhost/hooks",
    "http://[::1]/hooks",
    "http://[::ffff:127.0.0.1]/hooks",
    "http://10.0.0.8/hooks",
    "http://169.254.169.254/latest/meta-data",
    "http://100.64.0.1/hooks",
    "http://[fd00::1]/hooks",
  ])("refuses %s (not a public address) unless the setting allows it", async (url) => {
    const before = await counts();
    const error = await clientError(() => admin.webhook.create({ url, events: ["prediction.created"] }));
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors?.url).toMatch(/not a public address/);
    expect(await counts()).toEqual(before);

    // HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE=1
    await expect(permissive.webhook.create({ url, events: ["prediction.created"] })).resolves.toMatchObject({ url });
  });
});

describe("the other webhook procedures", () => {
  it("pause and resume an endpoint, audited", async () => {
    const { id } = await admin.webhook.create({ url: "https://93.184.215.14/a", events: ["question.judged"] });
    await expect(admin.webhook.setActive({ id, active: false })).resolves.toMatchObject({ id, active: false });
    await expect(admin.webhook.setActive({ id, active: true })).resolves.toMatchObject({ id, active: true });
    const audit = await api.database.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
    expect(audit.map((event) => [event.action, event.after])).toEqual([
      ["webhook.create", { url: "https://93.184.215.14/a", events: ["question.judged"], active: true }],
      ["webhook.update", { active: false }],
      ["webhook.update", { active: true }],
    ]);
  });

  it("list the delivery log and refuse to redeliver what was never sent", async () => {
    const { id } = await admin.webhook.create({ url: "https://93.184.215.14/b", events: ["prediction.created"] });
    await api.database.db.webhookEvent.create({ data: { id: "evt_log", type: "prediction.created", payload: {} } });
    await api.database.db.webhookDelivery.createMany({
      data: [
        {
          endpointId: id,
          eventId: "evt_log",
          attempt: 1,
          statusCode: null,
          error: "No answer within 10000 ms",
          durationMs: 10000,
          at: new Date("2026-06-01T10:00:00Z"),
        },
        {
          endpointId: id,
          eventId: "evt_log",
          attempt: 2,
          statusCode: 200,
          error: null,
          durationMs: 12,
          at: new Date("2026-06-01T10:01:00Z"),
        },
      ],
    });
    const log = await admin.webhook.deliveries({ id });
    expect(log.map((row) => [row.attempt, row.statusCode, row.ok, row.eventType])).toEqual([
      [2, 200, true, "prediction.created"],
      [1, null, false, "prediction.created"],
    ]);
    await expect(admin.webhook.redeliver({ endpointId: id, eventId: "evt_log" })).resolves.toHaveProperty("id");
    const missing = await clientError(() => admin.webhook.redeliver({ endpointId: id, eventId: "evt_other" }));
    expect(missing.data.code).toBe("NOT_FOUND");
    const unknown = await clientError(() => admin.webhook.deliveries({ id: "nope" }));
    expect(unknown.data.code).toBe("NOT_FOUND");
  });

  it("are for admins only, reads included", async () => {
    const { id } = await admin.webhook.create({ url: "https://93.184.215.14/c", events: ["prediction.created"] });
    for (const caller of [api.anonymous, api.viewer, api.editor]) {
      for (const read of [
        () => caller.webhook.list(),
        () => caller.webhook.secret({ id }),
        () => caller.webhook.deliveries({ id }),
      ]) {
        const error = await clientError(read);
        expect(["UNAUTHORIZED", "FORBIDDEN"]).toContain(error.data.code);
      }
    }
  });
});
