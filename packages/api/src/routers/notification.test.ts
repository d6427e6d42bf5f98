import { predictionInput } from "@hindsight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientError, createApiHarness, type ApiHarness, type Caller } from "../test/harness";

let api: ApiHarness;
let editor: Caller;
let viewer: Caller;
// A Friday: the daily digest's period started at 06:00 today, the weekly one's on Monday 2026-06-01.
const now = new Date("2026-06-05T12:00:00Z");
let followed = { slug: "", claim: "" };
let other = { slug: "" };

const followCount = async () =>
  (await api.database.db.analystFollow.count()) + (await api.database.db.tagFollow.count());

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_notification");
  editor = api.callerFor(api.actors.editor, () => now);
  viewer = api.callerFor(api.actors.viewer, () => now);
  const due = await editor.prediction.create(
    predictionInput({
      source: undefined,
      analyst: { mode: "new", name: "Fay Followed" },
      claim: "The bridge reopens by June",
      madeAt: "2026-01-10",
      resolveBy: "2026-06-02",
      tags: ["transport"],
    }),
  );
  await editor.prediction.create(
    predictionInput({
      source: undefined,
      analyst: { mode: "existing", id: due.analyst.id },
      claim: "The tunnel opens next week",
      madeAt: "2026-01-10",
      resolveBy: "2026-06-09",
    }),
  );
  const unfollowed = await editor.prediction.create(
    predictionInput({
      source: undefined,
      analyst: { mode: "new", name: "Otto Other" },
      claim: "Nobody follows this one",
      madeAt: "2026-01-10",
      resolveBy: "2026-06-03",
    }),
  );
  followed = { slug: due.analyst.slug, claim: due.claim };
  other = { slug: unfollowed.analyst.slug };
});
afterAll(async () => {
  await api.database.drop();
});

describe("follows", () => {
  it("lets a viewer follow and unfollow analysts and tags, twice changing nothing", async () => {
    expect(await viewer.notification.settings()).toEqual({ digest: "OFF", follows: { analysts: [], tags: [] } });
    await viewer.notification.followAnalyst({ analyst: followed.slug });
    const twice = await viewer.notification.followAnalyst({ analyst: followed.slug });
    expect(twice.analysts).toEqual([{ slug: followed.slug, name: "Fay Followed" }]);
    const withTag = await viewer.notification.followTag({ tag: "Transport" });
    expect(withTag.tags).toEqual([{ slug: "transport", name: "transport" }]);
    expect(await followCount()).toBe(2);

    expect((await viewer.notification.unfollowTag({ tag: "transport" })).tags).toEqual([]);
    expect((await viewer.notification.unfollowTag({ tag: "transport" })).tags).toEqual([]);
    expect(await followCount()).toBe(1);
    // Another user's follows are their own.
    expect((await editor.notification.settings()).follows.analysts).toEqual([]);
  });

  it("names an analyst or tag that does not exist, and writes nothing", async () => {
    const before = await followCount();
    const missing = await clientError(() => viewer.notification.followAnalyst({ analyst: "nobody-at-all" }));
    expect(missing).toMatchObject({ message: 'No analyst "nobody-at-all"', data: { code: "NOT_FOUND" } });
    const noTag = await clientError(() => viewer.notification.followTag({ tag: "no-such-tag" }));
    expect(noTag).toMatchObject({ message: 'No tag "no-such-tag"', data: { code: "NOT_FOUND" } });
    expect(await followCount()).toBe(before);
  });

  it("refuses a blank or overlong slug with the field named", async () => {
    const blank = await clientError(() => viewer.notification.followAnalyst({ analyst: "  " }));
    expect(blank.data).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { analyst: "Analyst is required" } });
    const long = await clientError(() => viewer.notification.followTag({ tag: "x".repeat(81) }));
    expect(long.data.fieldErrors).toEqual({ tag: "Tag must be at most 80 characters" });
  });

  it("needs a sign-in", async () => {
    const error = await clientError(() => api.anonymous.notification.followAnalyst({ analyst: followed.slug }));
    expect(error).toMatchObject({ message: "Sign in to do this", data: { code: "UNAUTHORIZED" } });
    await expect(api.anonymous.notification.settings()).rejects.toThrow("Sign in to do this");
    // The bell of nobody is empty (the header may ask in the moment after signing out).
    expect(await api.anonymous.notification.bell()).toEqual({ unread: 0, readAt: null, items: [] });
  });
});

describe("digest setting and unsubscribe", () => {
  it("keeps the chosen frequency and gives the user an unsubscribe token", async () => {
    expect((await viewer.notification.setDigest({ digest: "WEEKLY" })).digest).toBe("WEEKLY");
    const prefs = await api.database.db.notificationPrefs.findUniqueOrThrow({
      where: { userId: api.actors.viewer.userId },
    });
    expect(prefs.digest).toBe("WEEKLY");
    expect(prefs.unsubscribeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Changing the frequency keeps the token, so links in mails already sent still work.
    await viewer.notification.setDigest({ digest: "DAILY" });
    const again = await api.database.db.notificationPrefs.findUniqueOrThrow({
      where: { userId: api.actors.viewer.userId },
    });
    expect(again).toMatchObject({ digest: "DAILY", unsubscribeToken: prefs.unsubscribeToken });
  });

  it("refuses a frequency it does not know", async () => {
    const error = await clientError(() => viewer.notification.setDigest({ digest: "HOURLY" as "DAILY" }));
    expect(error.data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { digest: "Digest must be OFF, DAILY or WEEKLY" },
    });
    expect((await viewer.notification.settings()).digest).toBe("DAILY");
  });

  it("unsubscribes without a sign-in through the token, and only that user", async () => {
    await editor.notification.setDigest({ digest: "WEEKLY" });
    await viewer.notification.setDigest({ digest: "DAILY" });
    const { unsubscribeToken } = await api.database.db.notificationPrefs.findUniqueOrThrow({
      where: { userId: api.actors.viewer.userId },
    });
    expect(await api.anonymous.notification.unsubscribeState({ token: unsubscribeToken })).toEqual({ digest: "DAILY" });
    expect(await api.anonymous.notification.unsubscribe({ token: unsubscribeToken })).toEqual({ was: "DAILY" });
    expect((await viewer.notification.settings()).digest).toBe("OFF");
    expect((await editor.notification.settings()).digest).toBe("WEEKLY");
    // A second click says it is off already, and still succeeds.
    expect(await api.anonymous.notification.unsubscribe({ token: unsubscribeToken })).toEqual({ was: "OFF" });
  });

  it("refuses an unknown or malformed token", async () => {
    const unknown = await clientError(() => api.anonymous.notification.unsubscribe({ token: "A".repeat(43) }));
    expect(unknown).toMatchObject({
      message: "This unsubscribe link is not known: it may be mistyped or cut short",
      data: { code: "NOT_FOUND" },
    });
    expect(await api.anonymous.notification.unsubscribeState({ token: "A".repeat(43) })).toEqual({ digest: null });
    const malformed = await clientError(() => api.anonymous.notification.unsubscribe({ token: "short" }));
    expect(malformed.data.fieldErrors).toEqual({ token: "This is not an unsubscribe link Hindsight sent" });
  });
});

describe("preview", () => {
  it("shows the digest the user would get, with what they follow only", async () => {
    const preview = await viewer.notification.preview({ digest: "WEEKLY" });
    expect(preview.follows).toBe(true);
    expect(preview.empty).toBe(false);
    expect(preview.subject).toBe(
      "Hindsight weekly digest, week 23 of 2026: 1 prediction fell due, 1 due in the next 7 days",
    );
    expect(preview.text).toContain("* The bridge reopens by June");
    expect(preview.text).toContain("* The tunnel opens next week");
    expect(preview.text).not.toContain("Nobody follows this one");
    expect(preview.html).toContain("http://localhost:3000/predictions/");
    expect(preview.unsubscribePageUrl).toMatch(/^http:\/\/localhost:3000\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
  });

  it("says when nothing is followed", async () => {
    const preview = await api.admin.notification.preview({ digest: "DAILY" });
    expect(preview).toMatchObject({ follows: false, empty: true, items: 0 });
  });
});

describe("bell", () => {
  it("lists what the user follows that is due, unread until marked read", async () => {
    await viewer.notification.followAnalyst({ analyst: followed.slug });
    const bell = await viewer.notification.bell();
    expect(bell.unread).toBe(1);
    expect(bell.items).toEqual([
      expect.objectContaining({ kind: "due", unread: true, claim: followed.claim, analystName: "Fay Followed" }),
    ]);

    const read = await viewer.notification.markBellRead();
    expect(read.unread).toBe(0);
    expect(read.readAt).toEqual(now);
    expect(read.items).toEqual([expect.objectContaining({ kind: "due", unread: false })]);

    // Following another analyst brings their due predictions in; their deadline is before the
    // read time, so they are listed but not counted as new.
    await viewer.notification.followAnalyst({ analyst: other.slug });
    const more = await viewer.notification.bell();
    expect(more.items).toHaveLength(2);
    expect(more.unread).toBe(0);

    // Later, the upcoming one falls due: unread again.
    const later = api.callerFor(api.actors.viewer, () => new Date("2026-06-10T00:00:00Z"));
    const next = await later.notification.bell();
    expect(next.unread).toBe(1);
    expect(next.items[0]).toMatchObject({ claim: "The tunnel opens next week", unread: true });
  });

  it("shows editors the open disputes, unread until marked read, until answered; viewers none", async () => {
    const judged = await editor.prediction.create(
      predictionInput({
        source: undefined,
        analyst: { mode: "new", name: "Dee Disputed" },
        claim: "The port strike ends in May",
        madeAt: "2026-01-10",
        resolveBy: "2026-05-31",
      }),
    );
    await editor.prediction.judge({
      predictionId: judged.id,
      version: judged.version,
      outcome: "FALSE",
      resolvedAt: "2026-06-01",
    });
    const dispute = await viewer.dispute.create({ predictionId: judged.id, text: "It ended on 30 May" });
    // The database dates disputes, so this editor reads the bell on the real clock. They follow nothing.
    const editorNow = api.callerFor(api.actors.editor);
    const bell = await editorNow.notification.bell();
    expect(bell.unread).toBe(1);
    expect(bell.items).toEqual([
      expect.objectContaining({
        kind: "dispute",
        disputeId: dispute.id,
        predictionId: judged.id,
        claim: "The port strike ends in May",
        unread: true,
      }),
    ]);
    const read = await editorNow.notification.markBellRead();
    expect(read.unread).toBe(0);
    expect(read.items).toEqual([expect.objectContaining({ kind: "dispute", unread: false })]);
    expect((await viewer.notification.bell()).items.some((item) => item.kind === "dispute")).toBe(false);
    await editorNow.dispute.answer({
      disputeId: dispute.id,
      version: 1,
      decision: "REJECT",
      reason: "The strike went on into June",
    });
    expect((await editorNow.notification.bell()).items).toEqual([]);
  });

  it("drops a prediction once judged", async () => {
    const list = await editor.prediction.list({ analyst: other.slug, limit: 5 });
    const target = list.items[0]!;
    await editor.prediction.judge({
      predictionId: target.id,
      version: target.version,
      outcome: "TRUE",
      resolvedAt: "2026-06-04",
    });
    const bell = await viewer.notification.bell();
    expect(bell.items.map((item) => item.claim)).not.toContain("Nobody follows this one");
  });
});
