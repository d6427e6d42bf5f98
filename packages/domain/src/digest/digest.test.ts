import { describe, expect, it } from "vitest";
import { renderDigest, isEmptyDigest, type DigestInput, type DigestItem } from "./content";
import { digestPeriod, isoWeekKey } from "./period";

describe("digestPeriod", () => {
  it("starts a daily period at 06:00 UTC, the previous day's before that hour", () => {
    const after = digestPeriod("DAILY", new Date("2026-12-05T06:00:00Z"));
    expect(after.key).toBe("2026-12-05");
    expect(after.start.toISOString()).toBe("2026-12-05T06:00:00.000Z");
    expect(after.since.toISOString()).toBe("2026-12-04T06:00:00.000Z");
    expect(after.until.toISOString()).toBe("2026-12-12T06:00:00.000Z");
    expect(digestPeriod("DAILY", new Date("2026-12-05T05:59:59Z")).key).toBe("2026-12-04");
  });

  it("starts a weekly period on Monday at 06:00 UTC and names it by ISO week", () => {
    // 2026-12-05 is a Saturday; its week's Monday is 2026-11-30 (ISO week 49).
    const period = digestPeriod("WEEKLY", new Date("2026-12-05T12:00:00Z"));
    expect(period.key).toBe("2026-W49");
    expect(period.start.toISOString()).toBe("2026-11-30T06:00:00.000Z");
    expect(period.since.toISOString()).toBe("2026-11-23T06:00:00.000Z");
    expect(period.until.toISOString()).toBe("2026-12-07T06:00:00.000Z");
    // Monday before 06:00 still belongs to the previous week's digest.
    expect(digestPeriod("WEEKLY", new Date("2026-12-07T05:00:00Z")).key).toBe("2026-W49");
    expect(digestPeriod("WEEKLY", new Date("2026-12-07T06:00:00Z")).key).toBe("2026-W50");
  });

  it.each([
    ["2021-01-03", "2020-W53"],
    ["2021-01-04", "2021-W01"],
    ["2024-12-30", "2025-W01"],
    ["2026-01-01", "2026-W01"],
  ])("names %s's ISO week %s", (date, key) => {
    expect(isoWeekKey(new Date(`${date}T12:00:00Z`))).toBe(key);
  });
});

const item = (overrides: Partial<DigestItem> = {}): DigestItem => ({
  id: "p1",
  claim: "Rates will fall by June",
  analystName: "Ann Able",
  analystSlug: "ann-able",
  resolveBy: new Date("2026-12-04T00:00:00Z"),
  probability: 0.7,
  outcome: null,
  ...overrides,
});

const input = (overrides: Partial<DigestInput> = {}): DigestInput => ({
  recipient: { name: "Vera", email: "vera@example.org" },
  period: digestPeriod("DAILY", new Date("2026-12-05T07:00:00Z")),
  fellDue: [item()],
  upcoming: [
    item({ id: "p2", claim: "Oil above $90", resolveBy: new Date("2026-12-08T00:00:00Z"), probability: 0.25 }),
  ],
  fellDueTotal: 1,
  upcomingTotal: 1,
  follows: { analysts: [{ slug: "ann-able", name: "Ann Able" }], tags: [{ slug: "economy", name: "economy" }] },
  baseUrl: "https://hindsight.example.org",
  unsubscribeToken: "t".repeat(43),
  ...overrides,
});

describe("renderDigest", () => {
  it("lists what fell due and what is coming, with links, in both parts", () => {
    const message = renderDigest(input());
    expect(message.subject).toBe("Hindsight daily digest, 2026-12-05: 1 prediction fell due, 1 due in the next 7 days");
    expect(message.items).toBe(2);
    expect(message.text).toContain("Fell due since 2026-12-04");
    expect(message.text).toContain("* Rates will fall by June\n  Ann Able, 70%, due 2026-12-04, awaiting a judgement");
    expect(message.text).toContain("https://hindsight.example.org/predictions/p1");
    expect(message.text).toContain("Due by 2026-12-12");
    expect(message.text).toContain("* Oil above $90\n  Ann Able, 25%, due 2026-12-08");
    expect(message.text).toContain("from what you follow: Ann Able, #economy.");
    expect(message.html).toContain('<a href="https://hindsight.example.org/predictions/p2">Oil above $90</a>');
    expect(message.html).toContain('<a href="https://hindsight.example.org/analysts/ann-able">Ann Able</a>');
    expect(message.unsubscribePageUrl).toBe(`https://hindsight.example.org/unsubscribe/${"t".repeat(43)}`);
    expect(message.unsubscribeUrl).toBe(`https://hindsight.example.org/api/unsubscribe/${"t".repeat(43)}`);
    expect(message.text).toContain(`Unsubscribe (no sign-in needed): ${message.unsubscribePageUrl}`);
    expect(message.html).toContain(`<a href="${message.unsubscribePageUrl}">Unsubscribe</a>`);
  });

  it("says which judged predictions came out how", () => {
    const message = renderDigest(input({ fellDue: [item({ outcome: "FALSE" })] }));
    expect(message.text).toContain("due 2026-12-04, judged false");
  });

  it("escapes every value in the HTML part", () => {
    const message = renderDigest(
      input({
        recipient: { name: "<b>Eve</b>", email: "eve@example.org" },
        fellDue: [item({ claim: `<script>alert("x")</script> & co`, analystName: "O'Brien" })],
      }),
    );
    expect(message.html).not.toContain("<script>");
    expect(message.html).not.toContain("<b>Eve");
    expect(message.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(message.html).toContain("O&apos;Brien");
    // The plain part keeps the text as it is.
    expect(message.text).toContain(`<script>alert("x")</script> & co`);
  });

  it("says when a section is empty and when a list was cut short", () => {
    const message = renderDigest(input({ upcoming: [], upcomingTotal: 0, fellDue: [item()], fellDueTotal: 51 }));
    expect(message.text).toContain("Nothing you follow falls due in the next 7 days.");
    expect(message.text).toContain("...and 50 more: https://hindsight.example.org/due");
    expect(message.html).toContain('<a href="https://hindsight.example.org/due">...and 50 more</a>');
  });

  it("names a weekly digest by its week", () => {
    const message = renderDigest(input({ period: digestPeriod("WEEKLY", new Date("2026-12-05T07:00:00Z")) }));
    expect(message.subject).toMatch(/^Hindsight weekly digest, week 49 of 2026: /);
    expect(message.text).toContain("Fell due since 2026-11-23");
  });

  it("knows an empty digest", () => {
    expect(isEmptyDigest({ fellDueTotal: 0, upcomingTotal: 0 })).toBe(true);
    expect(isEmptyDigest({ fellDueTotal: 0, upcomingTotal: 2 })).toBe(false);
  });
});
