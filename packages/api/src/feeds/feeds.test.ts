import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { createApiHarness, rowCounts, type ApiHarness } from "../test/harness";
import { createFeedHandler } from "./handler";
import type { FeedKind } from "./links";

/**
 * The feeds through their real fetch handlers (what apps/web mounts at /feeds/...) against a test
 * database, read back with a feed parser and an iCalendar parser.
 */

let api: ApiHarness;
const BASE = "https://hindsight.example.org";
const judgedAt = new Date("2026-06-01T12:00:00Z");
/** The deadlines feed's "today": before the deadlines of the open predictions below. */
const calendarDay = new Date("2025-06-01T08:00:00Z");

const handlers = (now: Date) =>
  Object.fromEntries(
    (["predictions", "judgements", "deadlines"] as const).map((kind) => [
      kind,
      createFeedHandler(kind, { db: () => api.database.db, baseUrl: `${BASE}/`, now: () => now }),
    ]),
  ) as Record<FeedKind, (request: Request) => Promise<Response>>;

const PATHS: Record<FeedKind, string> = {
  predictions: "/feeds/predictions.atom",
  judgements: "/feeds/judgements.atom",
  deadlines: "/feeds/deadlines.ics",
};

async function get(kind: FeedKind, query = "", headers: Record<string, string> = {}, now = judgedAt) {
  const response = await handlers(now)[kind](new Request(`http://localhost:3000${PATHS[kind]}${query}`, { headers }));
  return { response, body: await response.text() };
}

async function atom(kind: "predictions" | "judgements", query = "") {
  const { response, body } = await get(kind, query);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(XMLValidator.validate(body)).toBe(true);
  return parseFeed(body);
}

async function calendar(query = "") {
  const { response, body } = await get("deadlines", query, {}, calendarDay);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const component = new ICAL.Component(ICAL.parse(body));
  return { body, component, events: component.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event)) };
}

const ids = { rates: "", rain: "", wheat: "", past: "" };
let ann = "";
let bo = "";
const longClaim = `Rates fall below 3% & stay “low”; the bank says so, in a sentence long enough to be folded twice over in a calendar line\u0007`;

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_feeds");
  const editor = api.callerFor(api.actors.editor, () => judgedAt);
  const rates = await editor.prediction.create(
    predictionInput({
      analyst: { mode: "new", name: "Ann Example" },
      claim: longClaim,
      tags: ["Economy"],
      source: undefined,
    }),
  );
  ann = rates.analyst.slug;
  const rain = await editor.prediction.create(
    predictionInput({
      analyst: { mode: "new", name: "Bo Sample" },
      claim: "It rains on the summit",
      resolveBy: "2025-09-30",
      tags: ["Russia"],
      source: undefined,
    }),
  );
  bo = rain.analyst.slug;
  await editor.question.create({ key: "q-rain", title: "Will it rain on the summit?" });
  await editor.question.link({ predictionId: rain.id, version: rain.version, question: "q-rain" });
  const wheat = await editor.prediction.create(
    predictionInput({
      analyst: { mode: "existing", id: rates.analyst.id },
      claim: "Wheat prices double",
      tags: ["Economy"],
      source: undefined,
    }),
  );
  const past = await editor.prediction.create(
    predictionInput({
      analyst: { mode: "existing", id: rates.analyst.id },
      claim: "Already due",
      resolveBy: "2025-05-01",
      tags: ["Economy"],
      source: undefined,
    }),
  );
  Object.assign(ids, { rates: rates.id, rain: rain.id, wheat: wheat.id, past: past.id });
  // Ann's rates claim: judged TRUE, re-judged FALSE, then reopened; wheat judged PARTIAL.
  await editor.prediction.judge({ predictionId: rates.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-15" });
  await editor.prediction.judge({
    predictionId: rates.id,
    version: 2,
    outcome: "FALSE",
    resolvedAt: "2026-01-20",
    note: "Corrected figures",
  });
  await editor.prediction.judge({ predictionId: rates.id, version: 3, outcome: null, note: "Disputed" });
  await editor.prediction.judge({
    predictionId: wheat.id,
    version: 1,
    outcome: "PARTIAL",
    credit: 0.4,
    resolvedAt: "2026-02-01",
  });
});
afterAll(async () => {
  await api.database.drop();
});

describe("GET /feeds/predictions.atom", () => {
  it("lists the newest predictions with the feed's and each entry's required fields", async () => {
    const feed = await atom("predictions");
    expect(feed.title).toBe("Hindsight: new predictions");
    expect(feed.self).toBe(`${BASE}/feeds/predictions.atom`);
    expect(feed.url).toBe(`${BASE}/`);
    expect(feed.authors.map((author) => author.name)).toEqual(["Hindsight"]);
    expect(feed.items.map((item) => item.url)).toEqual(
      [ids.past, ids.wheat, ids.rain, ids.rates].map((id) => `${BASE}/predictions/${id}`),
    );
    const rain = feed.items[2]!;
    expect(rain.id).toBe(`tag:hindsight.example.org,2026:hindsight/prediction/${ids.rain}`);
    expect(rain.title).toBe("Bo Sample: It rains on the summit (95%)");
    expect(rain.authors).toEqual([{ name: "Bo Sample", url: `${BASE}/analysts/${bo}`, email: null }]);
    expect(rain.categories.map((category) => category.term)).toEqual(["russia"]);
    expect(rain.published).toBeInstanceOf(Date);
    expect(rain.updated).toBeInstanceOf(Date);
    expect(rain.description).toContain("Probability 95% (stated).\nDeadline 2025-09-30.");
  });

  it("escapes markup and replaces a control character XML cannot hold", async () => {
    const feed = await atom("predictions", `?analyst=${ann}`);
    const rates = feed.items.find((item) => item.url?.endsWith(ids.rates));
    expect(rates?.title).toBe(`Ann Example: ${longClaim.replace("\u0007", "\uFFFD")} (95%)`);
  });

  it("narrows to an analyst, a tag or a question", async () => {
    const urls = async (query: string) => (await atom("predictions", query)).items.map((item) => item.url);
    expect(await urls(`?analyst=${ann}`)).toEqual(
      [ids.past, ids.wheat, ids.rates].map((id) => `${BASE}/predictions/${id}`),
    );
    expect(await urls("?tag=russia")).toEqual([`${BASE}/predictions/${ids.rain}`]);
    expect(await urls("?tag=Russia")).toEqual([`${BASE}/predictions/${ids.rain}`]);
    expect(await urls("?question=q-rain")).toEqual([`${BASE}/predictions/${ids.rain}`]);
    expect(await urls(`?analyst=${ann}&tag=russia`)).toEqual([]);
    const byQuestion = await atom("predictions", "?question=q-rain");
    expect(byQuestion.title).toBe("Hindsight: new predictions on “Will it rain on the summit?”");
    expect(byQuestion.url).toBe(`${BASE}/questions/q-rain`);
    expect(byQuestion.self).toBe(`${BASE}/feeds/predictions.atom?question=q-rain`);
    const byAnalyst = await atom("predictions", `?analyst=${ann}`);
    expect(byAnalyst.title).toBe("Hindsight: new predictions by Ann Example");
    expect(byAnalyst.url).toBe(`${BASE}/analysts/${ann}`);
  });

  it("gives an empty filtered feed the epoch as its updated date", async () => {
    const feed = await atom("predictions", `?analyst=${ann}&tag=russia`);
    expect(feed.items).toEqual([]);
    expect(feed.updated?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("GET /feeds/judgements.atom", () => {
  it("marks re-judgements and reopenings, newest first", async () => {
    const feed = await atom("judgements");
    expect(feed.title).toBe("Hindsight: judgements");
    const short = longClaim.replace("\u0007", "\uFFFD");
    expect(feed.items.map((item) => item.title)).toEqual([
      "Judged PARTIAL (credit 40%): Wheat prices double",
      `Reopened (was FALSE): ${short}`,
      `Re-judged FALSE (was TRUE): ${short}`,
      `Judged TRUE: ${short}`,
    ]);
    expect(feed.items.map((item) => item.categories.map((category) => category.term))).toEqual([
      ["judgement", "PARTIAL", "economy"],
      ["reopening", "economy"],
      ["rejudgement", "FALSE", "economy"],
      ["judgement", "TRUE", "economy"],
    ]);
    expect(feed.items[1]!.categories[0]).toMatchObject({
      label: "Reopening",
      url: `${BASE}/feeds/judgements.atom#kind`,
    });
    expect(feed.items.every((item) => item.id?.startsWith("tag:hindsight.example.org,2026:hindsight/judgement/"))).toBe(
      true,
    );
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(4);
    expect(feed.items[2]!.url).toBe(`${BASE}/predictions/${ids.rates}`);
    expect(feed.items[2]!.authors.map((author) => author.name)).toEqual(["Edith Editor"]);
    expect(feed.items[2]!.description).toContain("Note: Corrected figures");
    expect(feed.updated?.getTime()).toBe(feed.items[0]!.updated?.getTime());
  });

  it("narrows to an analyst", async () => {
    const feed = await atom("judgements", `?analyst=${bo}`);
    expect(feed.items).toEqual([]);
  });
});

describe("GET /feeds/deadlines.ics", () => {
  it("lists the open predictions' upcoming deadlines as all-day events, soonest first", async () => {
    const { body, component, events } = await calendar();
    expect(component.getFirstPropertyValue("version")).toBe("2.0");
    expect(component.getFirstPropertyValue("prodid")).toBe("-//Hindsight//Deadlines//EN");
    // The wheat claim is judged and "Already due" passed before today: neither is upcoming.
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate])).toEqual([
      [`prediction-${ids.rain}@hindsight.example.org`, "2025-09-30", true],
      [`prediction-${ids.rates}@hindsight.example.org`, "2025-12-31", true],
    ]);
    expect(events[1]!.summary).toBe(`Deadline: Ann Example: ${longClaim.replace("\u0007", "\uFFFD")}`);
    expect(events[1]!.endDate.toString()).toBe("2026-01-01");
    expect(events[0]!.description).toBe(`Bo Sample gave it 95%.\n${BASE}/predictions/${ids.rain}`);
    expect(events[0]!.component.getFirstPropertyValue("url")).toBe(`${BASE}/predictions/${ids.rain}`);
    expect(events[0]!.component.getFirstProperty("categories")?.getValues()).toEqual(["russia"]);
    expect(events[0]!.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    for (const line of body.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(body.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(body.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("takes the same filters", async () => {
    const { component, events } = await calendar("?question=q-rain");
    expect(events.map((event) => event.uid)).toEqual([`prediction-${ids.rain}@hindsight.example.org`]);
    expect(component.getFirstPropertyValue("x-wr-calname")).toBe(
      "Hindsight deadlines on “Will it rain on the summit?”",
    );
  });
});

describe("the feeds' HTTP", () => {
  it("answers 304 without a body to If-None-Match with the current ETag, and 200 once it changed", async () => {
    for (const kind of ["predictions", "judgements", "deadlines"] as const) {
      const first = await get(kind);
      const etag = first.response.headers.get("etag");
      expect(etag).toMatch(/^"[\w-]{22}"$/);
      expect(first.response.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
      const again = await get(kind, "", { "if-none-match": `"other", W/${etag}` });
      expect(again.response.status).toBe(304);
      expect(again.body).toBe("");
      expect(again.response.headers.get("etag")).toBe(etag);
      expect((await get(kind, "", { "if-none-match": '"stale"' })).response.status).toBe(200);
    }
    const before = (await get("judgements")).response.headers.get("etag")!;
    await api
      .callerFor(api.actors.editor, () => judgedAt)
      .prediction.judge({ predictionId: ids.rain, version: 2, outcome: "TRUE", resolvedAt: "2026-01-02" });
    const after = await get("judgements", "", { "if-none-match": before });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get("etag")).not.toBe(before);
  });

  it.each([
    ["?analyst=nobody", 404, 'No analyst with the slug "nobody"'],
    ["?tag=nothing", 404, 'No tag "nothing"'],
    ["?question=q-none", 404, 'No question with the key "q-none"'],
    ["?analyst=", 400, 'The parameter "analyst" is not valid: analyst may not be empty'],
    [
      `?question=${"x".repeat(201)}`,
      400,
      'The parameter "question" is not valid: question must be at most 200 characters',
    ],
    ["?tag=a&tag=b", 400, 'The parameter "tag" is given more than once'],
    ["?colour=red", 400, 'Unknown parameter "colour": a feed takes analyst, tag and question'],
  ])("%s -> %i naming the parameter, writing nothing", async (query, status, message) => {
    const counts = await rowCounts(api.database);
    for (const kind of ["predictions", "judgements", "deadlines"] as const) {
      const { response, body } = await get(kind, query);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(body).toBe(`${message}\n`);
    }
    expect(await rowCounts(api.database)).toEqual(counts);
  });

  it("refuses other methods with 405 and Allow", async () => {
    const response = await handlers(judgedAt).predictions(
      new Request(`http://localhost:3000/feeds/predictions.atom`, { method: "POST" }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });
});
