import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { articleLogInput, predictionInput } from "@hindsight/db/testing";
import { appRouter } from "../root";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "./harness";

/**
 * Property tests: every mutation, given a valid input with one field made invalid, answers
 * BAD_REQUEST with an error for that field and writes nothing.
 */
let api: ApiHarness;
let predictionId: string;
let judgedId: string;
let disputeId: string;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_properties");
  predictionId = (await api.callerFor(api.actors.editor, () => now).prediction.create(predictionInput())).id;
  const judged = await api.editor.prediction.create(predictionInput({ claim: "To dispute", source: undefined }));
  judgedId = judged.id;
  await api.editor.prediction.judge({ predictionId: judgedId, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
  disputeId = (await api.viewer.dispute.create({ predictionId: judgedId, text: "The judgement is wrong" })).id;
});
afterAll(async () => {
  await api.database.drop();
});

const notAProbability = fc.oneof(
  fc.double({ min: 1.000001, max: 1e9, noNaN: true }),
  fc.double({ min: -1e9, max: -0.000001, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "", "  ", "abc", "50%", null, true, [], {}),
);
const notADate = fc.oneof(
  fc.constantFrom("", "yesterday", "2025-02-30", "2025-13-01", "25/04/2025", null, 0, true, {}),
  fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text)),
);
const notAText = fc.oneof(
  fc.constantFrom("", "   ", "\n\t", null, 42, [], {}),
  // Texts are trimmed before the length check: too long must stay too long once trimmed.
  fc.string({ minLength: 5001, maxLength: 6000 }).filter((text) => text.trim().length > 5000),
);
const notASlug = fc.oneof(
  fc.constantFrom("", "   ", null, 7, [], {}),
  fc.string({ minLength: 81, maxLength: 120 }).filter((text) => text.trim().length > 80),
);
const notAUrl = fc.oneof(
  fc.constantFrom("javascript:alert(1)", "ftp://example.com", "example.com", "http//x", "", 7),
  // Blank text means "no URL" for an optional field, so it is not an invalid URL.
  fc.string({ maxLength: 20 }).filter((text) => text.trim() !== "" && !/^https?:\/\//.test(text)),
);

interface Case {
  mutation: string;
  field: string;
  invalid: fc.Arbitrary<unknown>;
  /** Sends the valid input with `field` replaced by `value`. */
  call: (value: unknown) => Promise<unknown>;
}

const editor = () => api.callerFor(api.actors.editor, () => now);
const withField = (base: Record<string, unknown>, path: string, value: unknown) => {
  const [head, tail] = path.split(".") as [string, string | undefined];
  if (!tail) return { ...base, [head]: value };
  return { ...base, [head]: { ...(base[head] as Record<string, unknown>), [tail]: value } };
};
const create = (path: string) => (value: unknown) =>
  editor().prediction.create(withField(predictionInput() as Record<string, unknown>, path, value) as never);
const judge = (path: string) => (value: unknown) =>
  editor().prediction.judge(
    withField(
      { predictionId, version: 1, outcome: "PARTIAL", credit: 0.5, resolvedAt: "2026-01-01" },
      path,
      value,
    ) as never,
  );
const update = (path: string) => (value: unknown) =>
  editor().prediction.update(withField({ id: predictionId, version: 1 }, path, value) as never);

const admin = () => api.callerFor(api.actors.admin, () => now);
const createUser = (path: string) => (value: unknown) =>
  admin().user.create(
    withField(
      { email: "new.user@example.org", name: "New User", password: "a long enough password", role: "EDITOR" },
      path,
      value,
    ) as never,
  );
const setRole = (path: string) => (value: unknown) =>
  admin().user.setRole(withField({ userId: api.actors.viewer.userId, role: "EDITOR" }, path, value) as never);
const createApiKey = (path: string) => (value: unknown) =>
  admin().apiKey.create(withField({ name: "Nightly import", role: "EDITOR" }, path, value) as never);
const revokeApiKey = (path: string) => (value: unknown) =>
  admin().apiKey.revoke(withField({ id: "some-key" }, path, value) as never);
const createWebhook = (path: string) => (value: unknown) =>
  admin().webhook.create(
    withField({ url: "https://93.184.215.14/hooks", events: ["prediction.created"] }, path, value) as never,
  );
const setWebhookActive = (path: string) => (value: unknown) =>
  admin().webhook.setActive(withField({ id: "some-endpoint", active: false }, path, value) as never);
const redeliverWebhook = (path: string) => (value: unknown) =>
  admin().webhook.redeliver(withField({ endpointId: "some-endpoint", eventId: "evt_some" }, path, value) as never);
/** A one-prediction ledger with `value` in the given field of the prediction, as JSON or as a CSV cell. */
const importJson = (field: string) => (value: unknown) =>
  editor().ledger.import({
    filename: "ledger.json",
    content: JSON.stringify({
      format: "hindsight/v1",
      analysts: [{ slug: "ann", name: "Ann" }],
      predictions: [
        { key: "k", analyst: "ann", claim: "It rains", madeAt: "2025-01-01", probability: 0.3, [field]: value },
      ],
    }),
  });
const importCsvMadeAt = (value: unknown) =>
  editor().ledger.import({
    filename: "ledger.csv",
    content: `key,analyst,analystName,claim,madeAt,probability\nk,ann,Ann,It rains,"${String(value).replace(/"/g, '""')}",0.3\n`,
  });
const importLedger = (path: string) => (value: unknown) =>
  editor().ledger.import(withField({ content: "key,analyst\n", filename: "ledger.csv" }, path, value) as never);
const extractArticle = (path: string) => (value: unknown) =>
  editor().extract.run(withField({ text: "It will rain tomorrow, the forecasters say." }, path, value) as never);
/** An article log whose second prediction has `value` in the given field. */
const logArticle = (field: string) => (value: unknown) => {
  const input = articleLogInput();
  const [first, second] = input.predictions;
  return editor().extract.log({ ...input, predictions: [first!, { ...second!, [field]: value }] } as never);
};
const question =
  (
    procedure: "create" | "update" | "addReference" | "removeReference" | "judge" | "link",
    base: Record<string, unknown>,
  ) =>
  (path: string) =>
  (value: unknown) =>
    (editor().question[procedure] as (input: never) => Promise<unknown>)(withField(base, path, value) as never);
const notAVersion = fc.constantFrom(0, -1, 1.5, "1", null, [], {});
const notAnId = fc.constantFrom("", null, 5, "x".repeat(101));

const notAnEmail = fc.oneof(
  fc.constantFrom("", "   ", "no-at-sign", "a@", "@example.org", "two@@example.org", null, 5),
  fc.string({ maxLength: 20 }).filter((text) => !text.includes("@")),
);

const cases: Case[] = [
  { mutation: "question.create", field: "title", invalid: notAText, call: question("create", { title: "Q" })("title") },
  {
    mutation: "question.update",
    field: "title",
    invalid: notAText,
    call: question("update", { key: "q-any", version: 1 })("title"),
  },
  ...(["probability", "asOf", "source"] as const).map((field) => ({
    mutation: "question.addReference",
    field,
    invalid: field === "probability" ? notAProbability : field === "asOf" ? notADate : notAText,
    call: question("addReference", { key: "q-any", probability: 0.3, source: "Poll", asOf: "2025-01-01" })(field),
  })),
  {
    mutation: "question.removeReference",
    field: "referenceId",
    invalid: notAnId,
    call: question("removeReference", { key: "q-any", referenceId: "r" })("referenceId"),
  },
  {
    mutation: "question.judge",
    field: "credit",
    invalid: notAProbability,
    call: question("judge", { key: "q-any", version: 1, outcome: "PARTIAL", credit: 0.5, resolvedAt: "2026-01-01" })(
      "credit",
    ),
  },
  {
    mutation: "question.link",
    field: "version",
    invalid: notAVersion,
    call: question("link", { predictionId: "p", version: 1, question: "q-any" })("version"),
  },
  { mutation: "prediction.create", field: "probability", invalid: notAProbability, call: create("probability") },
  { mutation: "prediction.create", field: "madeAt", invalid: notADate, call: create("madeAt") },
  { mutation: "prediction.create", field: "claim", invalid: notAText, call: create("claim") },
  {
    mutation: "prediction.create",
    field: "source.url",
    invalid: notAUrl.filter((value) => value !== ""),
    call: create("source.url"),
  },
  {
    mutation: "prediction.create",
    field: "analyst.name",
    invalid: fc.constantFrom("", "   ", null, 3),
    call: create("analyst.name"),
  },
  {
    mutation: "prediction.judge",
    field: "credit",
    invalid: notAProbability.filter((value) => value !== "" && value !== "  "),
    call: judge("credit"),
  },
  {
    mutation: "prediction.judge",
    field: "resolvedAt",
    invalid: notADate.filter((value) => value !== "" && value !== null),
    call: judge("resolvedAt"),
  },
  {
    mutation: "prediction.judge",
    field: "outcome",
    invalid: fc.constantFrom("MAYBE", "true", 1, "", {}),
    call: judge("outcome"),
  },
  { mutation: "prediction.update", field: "probability", invalid: notAProbability, call: update("probability") },
  {
    mutation: "prediction.update",
    field: "resolveBy",
    invalid: notADate.filter((value) => value !== null),
    call: update("resolveBy"),
  },
  {
    mutation: "prediction.update",
    field: "claim",
    invalid: notAText.filter((value) => value !== null),
    call: update("claim"),
  },
  { mutation: "user.create", field: "email", invalid: notAnEmail, call: createUser("email") },
  {
    mutation: "user.create",
    field: "password",
    invalid: fc.oneof(
      fc.string({ maxLength: 9 }),
      fc.string({ minLength: 129, maxLength: 200 }),
      fc.constantFrom(null, 12345678901),
    ),
    call: createUser("password"),
  },
  {
    mutation: "user.create",
    field: "role",
    invalid: fc.constantFrom("ROOT", "admin ", "", null, 1),
    call: createUser("role"),
  },
  {
    mutation: "user.setRole",
    field: "role",
    invalid: fc.constantFrom("ROOT", "owner", "", null, 2),
    call: setRole("role"),
  },
  {
    mutation: "user.setRole",
    field: "userId",
    invalid: fc.constantFrom("", null, 7, "x".repeat(101)),
    call: setRole("userId"),
  },
  {
    mutation: "apiKey.create",
    field: "name",
    // Names are trimmed before the length check: too long means too long once trimmed.
    invalid: fc.oneof(
      fc.constantFrom("", "   ", null, 42, []),
      fc.string({ minLength: 101, maxLength: 200 }).filter((name) => name.trim().length > 100),
    ),
    call: createApiKey("name"),
  },
  {
    mutation: "apiKey.create",
    field: "role",
    // ADMIN is a role, but not one a key may carry.
    invalid: fc.constantFrom("ADMIN", "owner", "editor ", "", null, 1),
    call: createApiKey("role"),
  },
  {
    mutation: "apiKey.create",
    field: "expiresAt",
    // Blank means "never expires"; a date that has passed (now is 2026-06-01) is refused too.
    invalid: fc.oneof(
      notADate.filter((value) => !(typeof value === "string" && value.trim() === "")),
      fc.constantFrom("2020-01-01", "2026-06-01T11:59:59Z", "2026-06-01T12:00:00Z"),
    ),
    call: createApiKey("expiresAt"),
  },
  {
    mutation: "apiKey.revoke",
    field: "id",
    invalid: fc.constantFrom("", "   ", null, 7, "x".repeat(101)),
    call: revokeApiKey("id"),
  },
  {
    mutation: "webhook.create",
    field: "url",
    // Not a URL, another scheme, credentials, too long, or not a public address.
    invalid: fc.constantFrom(
      "",
      "   ",
      null,
      7,
      "not a url",
      "ftp://example.org/hooks",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "https://user:secret@example.org/hooks",
      `https://example.org/${"x".repeat(2001)}`,
      "http://127.0.0.1:8080/hooks",
      "http://[::1]/hooks",
      "http://[::ffff:10.1.2.3]/hooks",
      "http://169.254.169.254/latest/meta-data",
      "http://localhost/hooks",
    ),
    call: createWebhook("url"),
  },
  {
    mutation: "webhook.create",
    field: "events",
    invalid: fc.constantFrom([], null, "prediction.created", 7, {}),
    call: createWebhook("events"),
  },
  {
    mutation: "webhook.setActive",
    field: "active",
    invalid: fc.constantFrom("yes", "false", null, 1, []),
    call: setWebhookActive("active"),
  },
  {
    mutation: "webhook.redeliver",
    field: "endpointId",
    invalid: fc.constantFrom("", "   ", null, 7, "x".repeat(101)),
    call: redeliverWebhook("endpointId"),
  },
  {
    mutation: "ledger.import",
    field: "predictions[0].probability",
    invalid: notAProbability,
    call: importJson("probability"),
  },
  {
    mutation: "ledger.import",
    field: "predictions[0].madeAt",
    invalid: notADate.filter((value) => value !== undefined),
    call: importJson("madeAt"),
  },
  {
    mutation: "ledger.import",
    field: "line 2, column madeAt",
    invalid: fc.constantFrom("", "yesterday", "2025-02-30", "2025-13-01", "25/04/2025", "null", "0", "true", "a,b"),
    call: importCsvMadeAt,
  },
  {
    mutation: "extract.run",
    field: "text",
    invalid: fc.constantFrom("", "   ", "\n\t", null, 7, [], {}),
    call: extractArticle("text"),
  },
  {
    mutation: "extract.run",
    field: "publishedAt",
    invalid: notADate.filter((value) => !(typeof value === "string" && value.trim() === "")),
    call: extractArticle("publishedAt"),
  },
  {
    mutation: "extract.log",
    field: "predictions[1].probability",
    invalid: notAProbability,
    call: logArticle("probability"),
  },
  { mutation: "extract.log", field: "predictions[1].claim", invalid: notAText, call: logArticle("claim") },
  {
    mutation: "source.update",
    field: "archiveUrl",
    // A blank clears the archived copy, so it is not an invalid one.
    invalid: notAUrl.filter((value) => value !== ""),
    call: async (value) => {
      const sourceId = (await editor().prediction.byId({ id: predictionId })).source!.id;
      return await editor().source.update({ id: sourceId, archiveUrl: value } as never);
    },
  },
  {
    mutation: "extract.repeats",
    field: "candidates[0].claim",
    invalid: fc.constantFrom(null, 42, [], {}, "x".repeat(2001)),
    call: (value) => editor().extract.repeats({ candidates: [{ claim: value, speaker: null }] } as never),
  },
  {
    mutation: "ledger.import",
    field: "content",
    invalid: fc.constantFrom("", null, 7, [], {}),
    call: importLedger("content"),
  },
  {
    mutation: "dispute.create",
    field: "text",
    invalid: notAText,
    call: (value) => api.viewer.dispute.create({ predictionId: judgedId, text: value } as never),
  },
  {
    mutation: "dispute.create",
    field: "evidence[0]",
    invalid: notAUrl,
    call: (value) => api.viewer.dispute.create({ predictionId: judgedId, text: "Wrong", evidence: [value] } as never),
  },
  ...(["text", "name", "email"] as const).map((field) => ({
    mutation: "dispute.createPublic",
    field,
    invalid: field === "email" ? fc.constantFrom("", "  ", "jan", "jan@", "@example.org", null, 7) : notAText,
    call: (value: unknown) =>
      api.anonymous.dispute.createPublic({
        predictionId: judgedId,
        text: "Wrong",
        name: "Jan",
        email: "jan@example.org",
        [field]: value,
      } as never),
  })),
  {
    mutation: "dispute.answer",
    field: "reason",
    invalid: notAText,
    call: (value) => editor().dispute.answer({ disputeId, version: 1, decision: "REJECT", reason: value } as never),
  },
  {
    mutation: "dispute.answer",
    field: "decision",
    invalid: fc.constantFrom("", "uphold", "ACCEPT", null, 1, true),
    call: (value) => editor().dispute.answer({ disputeId, version: 1, decision: value } as never),
  },
  {
    mutation: "ledger.import",
    field: "format",
    invalid: fc.constantFrom("xml", "JSON", "", null, 1),
    call: importLedger("format"),
  },
  ...(
    [
      ["notification.followAnalyst", "analyst"],
      ["notification.unfollowAnalyst", "analyst"],
      ["notification.followTag", "tag"],
      ["notification.unfollowTag", "tag"],
    ] as const
  ).map(([mutation, field]) => ({
    mutation,
    field,
    invalid: notASlug,
    call: (value: unknown) => {
      const [, procedure] = mutation.split(".") as [string, "followAnalyst"];
      return (api.viewer.notification[procedure] as (input: unknown) => Promise<unknown>)({ [field]: value });
    },
  })),
  {
    mutation: "notification.setDigest",
    field: "digest",
    invalid: fc.constantFrom("", "daily", "HOURLY", "MONTHLY", null, 1, true),
    call: (value) => api.viewer.notification.setDigest({ digest: value } as never),
  },
  {
    mutation: "notification.unsubscribe",
    field: "token",
    invalid: fc.oneof(
      fc.constantFrom("", "  ", null, 7, "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}!`),
      fc.string({ maxLength: 60 }).filter((text) => !/^[A-Za-z0-9_-]{43}$/.test(text.trim())),
    ),
    call: (value) => api.anonymous.notification.unsubscribe({ token: value } as never),
  },
];

/** Mutations that take no input at all: there is no field to make invalid. */
const WITHOUT_INPUT = ["notification.markBellRead"];

describe("invalid input is refused with a field error and writes nothing", () => {
  it("covers every mutation of the router", () => {
    const mutations = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
      .filter(([, procedure]) => procedure._def.type === "mutation")
      .map(([path]) => path)
      .sort();
    expect([...new Set([...cases.map((entry) => entry.mutation), ...WITHOUT_INPUT])].sort()).toEqual(mutations);
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>;
    for (const path of WITHOUT_INPUT) expect(procedures[path]?._def.inputs, path).toEqual([]);
  });

  it.each(cases.map((entry) => [`${entry.mutation} ${entry.field}`, entry] as const))("%s", async (_, entry) => {
    const before = await rowCounts(api.database);
    await fc.assert(
      fc.asyncProperty(entry.invalid, async (value) => {
        const error = await clientError(() => entry.call(value));
        expect(error.data.code).toBe("BAD_REQUEST");
        expect(Object.keys(error.data.fieldErrors ?? {})).toContain(entry.field);
      }),
      { numRuns: 40 },
    );
    expect(await rowCounts(api.database)).toEqual(before);
  });
});
