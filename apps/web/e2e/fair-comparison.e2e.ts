import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { slugify } from "@hindsight/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * The fair comparison (docs/design.md, "Fair comparison (contract v1.1)") on the scoreboard and the
 * analyst page, over a small ledger written through the API as an editor: three questions with
 * reference forecasts, predictions linked to them (one negated), hedge words with their intervals,
 * every question judged. Everything is tagged with this run's tag, and the questions and analysts
 * are this run's own, so what other test files write does not move the figures checked here.
 *
 * The figures, worked out by hand (squared errors in brackets; "ref" is the reference's):
 * - Q1 (TRUE): references 50% on 2025-01-01, 70% on 2025-03-01. Q2 (FALSE): 20% on 2025-02-01.
 *   Q3 (TRUE): 40% on 2025-06-01, after every prediction on it, so no prediction has a reference.
 * - Nora Near-certain: five 0.95 TRUE and two 0.05 FALSE, unlinked (.0025 each), and Q1 at 0.3 on
 *   2025-03-10 (.49; ref 70%: .09). Brier .5075 / 8 = 0.063, the best plain Brier.
 *   vs reference 1 - .49/.09 = −4.444 (n 1). vs peers on Q1 .49 - median(.04, .36) = +0.290 (n 1).
 * - Uma Uncertain: Q1 at 0.6 on 2025-01-10 (.16), Q1 again at 0.8 on 2025-03-05 (.04; ref 70%: .09),
 *   "Q2 will not happen" (negated) at 0.75 on 2025-02-10 (TRUE: .0625; ref 1 - 20% = 80%: .04), Q3
 *   at 0.72 (.0784, no reference). Brier .3409 / 4 = 0.085. One vote per question: only her later
 *   Q1 forecast counts, so vs reference = 1 - (.04 + .0625)/(.09 + .04) = +0.212 (n 2, not 3).
 *   vs peers: Q1 .04 - median(.49, .36) = −.385, Q3 .0784 - .0625 = .0159: −0.185 (n 2; Q2 is hers alone).
 * - Hal Hedger: "could" 0.4 [.25, .5] on Q1 on 2025-03-02 (.36, low .5625, high .25; ref .09),
 *   "likely" 0.75 [.67, .8] on Q3 (.0625, .1089, .04), unlinked "highly likely" 0.9 [.8, .9] TRUE
 *   (.01, .04, .01), "likely" 0.75 TRUE (.0625, .1089, .04) and a stated 0.2 FALSE (.04 each).
 *   Brier .535 / 5 = 0.107; read low .8603 / 5 = 0.172; read high .38 / 5 = 0.076.
 *   vs reference 1 - .36/.09 = −3.000 (n 1); vs peers (.36 - .265 + .0625 - .0784) / 2 = +0.040 (n 2).
 * - Ranks with 3 scored to be ranked, adjusted (Σ(p-o)² + 10 · population) / (n + 10):
 *   as recorded population 1.3834/17: Nora .0734, Uma .0825, Hal .0899 -> 1, 2, 3;
 *   read low 1.7087/17: Nora .0840, Uma .0961, Hal .1244 -> 1, 2, 3;
 *   read high 1.2284/17: Nora .0683, Hal .0735, Uma .0760 -> 1, 2, 3 with Hal and Uma swapped.
 *   So Nora's rank is 1 either way; Uma's and Hal's are 2–3: they depend on how hedge words are read.
 * - Made in March 2025 only (minimum 1): each analyst's Q1 forecast alone. Uma's vs reference is
 *   1 - .04/.09 = +0.556; vs peers Nora +0.290, Uma −0.385, Hal +0.095 (n 1 each). Ranks: as recorded
 *   Uma .2733, Hal .3024, Nora .3142; low (Hal .5625) Uma, Nora, Hal; high (Hal .25) Uma, Hal, Nora.
 * - Uri Unlinked (another tag): one unlinked 0.7 TRUE, nothing to compare with on his page.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const run = randomBytes(3).toString("hex");

const tag = `fc-${run}`;
const otherTag = `fc-${run}-other`;
const names = {
  nora: `Nora Near-certain ${run}`,
  uma: `Uma Uncertain ${run}`,
  hal: `Hal Hedger ${run}`,
  uri: `Uri Unlinked ${run}`,
};
type Analyst = keyof typeof names;
const slugs = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, slugify(name)])) as Record<
  Analyst,
  string
>;

const questions = {
  q1: {
    title: `Fair ${run}: the summit takes place by June 2025`,
    references: [
      { probability: 0.5, source: "Base rate of announced summits", asOf: "2025-01-01" },
      { probability: 0.7, source: "Prediction market", asOf: "2025-03-01" },
    ],
    outcome: "TRUE" as const,
  },
  q2: {
    title: `Fair ${run}: a ceasefire is signed by June 2025`,
    references: [{ probability: 0.2, source: "Prediction market", asOf: "2025-02-01" }],
    outcome: "FALSE" as const,
  },
  q3: {
    title: `Fair ${run}: the treaty is ratified by June 2025`,
    references: [{ probability: 0.4, source: "Forecasting crowd", asOf: "2025-06-01" }],
    outcome: "TRUE" as const,
  },
};
type QuestionName = keyof typeof questions;
const keyOf = (question: QuestionName) => `fair-${run}-${question}`;

interface Seed {
  analyst: Analyst;
  probability: number;
  madeAt: string;
  /** Linked to this question (its outcome comes from the question's judgement)... */
  question?: QuestionName;
  negated?: boolean;
  /** ...or judged on its own. */
  outcome?: "TRUE" | "FALSE";
  hedge?: { words: string; interval: [number, number] };
  tags?: string[];
}

const seeds: Seed[] = [
  ...["2025-01-03", "2025-01-05", "2025-01-06", "2025-01-08", "2025-01-09"].map((madeAt): Seed => ({
    analyst: "nora",
    probability: 0.95,
    outcome: "TRUE",
    madeAt,
  })),
  ...["2025-01-04", "2025-01-07"].map((madeAt): Seed => ({
    analyst: "nora",
    probability: 0.05,
    outcome: "FALSE",
    madeAt,
  })),
  { analyst: "nora", probability: 0.3, madeAt: "2025-03-10", question: "q1" },
  { analyst: "uma", probability: 0.6, madeAt: "2025-01-10", question: "q1" },
  { analyst: "uma", probability: 0.8, madeAt: "2025-03-05", question: "q1" },
  { analyst: "uma", probability: 0.75, madeAt: "2025-02-10", question: "q2", negated: true },
  { analyst: "uma", probability: 0.72, madeAt: "2025-02-15", question: "q3" },
  {
    analyst: "hal",
    probability: 0.4,
    madeAt: "2025-03-02",
    question: "q1",
    hedge: { words: "could", interval: [0.25, 0.5] },
  },
  {
    analyst: "hal",
    probability: 0.75,
    madeAt: "2025-02-20",
    question: "q3",
    hedge: { words: "likely", interval: [0.67, 0.8] },
  },
  {
    analyst: "hal",
    probability: 0.9,
    madeAt: "2025-02-21",
    outcome: "TRUE",
    hedge: { words: "highly likely", interval: [0.8, 0.9] },
  },
  {
    analyst: "hal",
    probability: 0.75,
    madeAt: "2025-02-23",
    outcome: "TRUE",
    hedge: { words: "likely", interval: [0.67, 0.8] },
  },
  { analyst: "hal", probability: 0.2, madeAt: "2025-02-22", outcome: "FALSE" },
  { analyst: "uri", probability: 0.7, madeAt: "2025-02-01", outcome: "TRUE", tags: [otherTag] },
];

describe("the fair comparison on the scoreboard and the analyst page", () => {
  let browser: Browser;
  let page: Page;
  /** The analysts' lines of the whole scoreboard (every prediction, 5 to be ranked), as the analyst page reads them. */
  let whole: Map<string, { rank: number | null; rankLow: number | null; rankHigh: number | null }>;
  let rankedInWhole = 0;

  const shoot = async (name: string) => {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  };
  const namesIn = (section: "ranked-section" | "unranked-section") =>
    page.getByTestId(section).locator("[data-testid='scoreboard-row'] th[scope='row']").allInnerTexts();
  const row = (key: Analyst) => page.locator(`[data-testid='scoreboard-row'][data-slug='${slugs[key]}']`);
  const cell = (key: Analyst, column: string) => row(key).locator(`[data-column='${column}']`);
  /** The figure of a fair column, without its n. */
  const figure = (key: Analyst, column: string) => cell(key, column).getByTestId("figure").innerText();
  /**
   * "n 2", without what it counts (said to screen readers only). Read from its own text nodes (not
   * the screen-reader span's, not React's comment separators) rather than from innerText, whose line
   * breaks depend on the stylesheet having been applied by the time it is read.
   */
  const nOf = (key: Analyst, column: string) =>
    cell(key, column)
      .getByTestId("n")
      .evaluate((element) =>
        Array.from(element.childNodes)
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? "")
          .join("")
          .trim(),
      );
  const flagged = (key: Analyst) => cell(key, "rankRange").getByTestId("hedge-flag").count();
  const header = (sort: string) => page.getByTestId(`sort-${sort}`).locator("xpath=ancestor::th[1]");
  const scoreboard = (query: string) => `${baseUrl}/scoreboard?tag=${tag}${query}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);

    const versions = new Map<QuestionName, number>();
    for (const [name, question] of Object.entries(questions) as [QuestionName, (typeof questions)[QuestionName]][]) {
      let detail = await api.question.create.mutate({ key: keyOf(name), title: question.title });
      for (const reference of question.references) {
        detail = await api.question.addReference.mutate({ key: keyOf(name), ...reference });
      }
      versions.set(name, detail.version);
    }

    const analystIds = new Map<Analyst, string>();
    for (const [index, seed] of seeds.entries()) {
      const known = analystIds.get(seed.analyst);
      const created = await api.prediction.create.mutate({
        analyst: known ? { mode: "existing", id: known } : { mode: "new", name: names[seed.analyst] },
        claim: `Fair ${run} claim ${index + 1} by ${names[seed.analyst]}`,
        madeAt: seed.madeAt,
        probability: seed.probability,
        ...(seed.hedge
          ? { probabilitySource: "HEDGE" as const, hedge: seed.hedge.words, interval: seed.hedge.interval }
          : {}),
        tags: seed.tags ?? [tag],
      });
      analystIds.set(seed.analyst, created.analyst.id);
      if (seed.question) {
        await api.question.link.mutate({
          predictionId: created.id,
          version: created.version,
          question: keyOf(seed.question),
          negated: seed.negated ?? false,
        });
      } else if (seed.outcome) {
        await api.prediction.judge.mutate({
          predictionId: created.id,
          version: created.version,
          outcome: seed.outcome,
          resolvedAt: "2025-06-15",
        });
      }
    }
    // Judging a question judges every prediction linked to it (the negated one the other way).
    for (const [name, question] of Object.entries(questions) as [QuestionName, (typeof questions)[QuestionName]][]) {
      await api.question.judge.mutate({
        key: keyOf(name),
        version: versions.get(name)!,
        outcome: question.outcome,
        resolvedAt: "2025-06-15",
      });
    }

    // The analyst page's ranks are over the whole ledger, which other test files share.
    const board = await api.scoreboard.get.query({});
    whole = new Map(board.analysts.map((line) => [line.slug, line]));
    rankedInWhole = board.analysts.filter((line) => line.rank !== null).length;
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows each analyst against the reference and against peers, with their n", async () => {
    await page.goto(scoreboard("&minScored=3"));
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.nora, names.uma, names.hal]);
    // The near-certain forecaster has the best plain Brier...
    expect(await cell("nora", "brier").getByTestId("brier").innerText()).toBe("0.063");
    expect(await cell("uma", "brier").getByTestId("brier").innerText()).toBe("0.085");
    expect(await cell("hal", "brier").getByTestId("brier").innerText()).toBe("0.107");
    // ...and the worst against the reference and against the others on the same question.
    expect(await figure("nora", "refSkill")).toBe("−4.444");
    expect(await nOf("nora", "refSkill")).toBe("n 1");
    expect(await figure("uma", "refSkill")).toBe("+0.212");
    // One vote per question: Uma's earlier forecast of Q1 does not count; Q3 has no reference in time.
    expect(await nOf("uma", "refSkill")).toBe("n 2");
    expect(await figure("hal", "refSkill")).toBe("−3.000");
    expect(await figure("nora", "relBrier")).toBe("+0.290");
    expect(await nOf("nora", "relBrier")).toBe("n 1");
    expect(await figure("uma", "relBrier")).toBe("−0.185");
    expect(await nOf("uma", "relBrier")).toBe("n 2");
    expect(await figure("hal", "relBrier")).toBe("+0.040");
    expect(await nOf("hal", "relBrier")).toBe("n 2");
    // Screen readers hear what the n counts.
    expect(await cell("uma", "refSkill").innerText()).toContain("with a reference");
    expect(await cell("uma", "relBrier").innerText()).toContain("shared questions");
    expect(await page.locator("th[scope='colgroup']").innerText()).toBe("Fair comparison");
  });

  it("gives the rank range under the two hedge readings, flagged when it moves", async () => {
    await page.goto(scoreboard("&minScored=3"));
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.nora, names.uma, names.hal]);
    expect(await cell("nora", "rankRange").innerText()).toBe("1");
    expect(await flagged("nora")).toBe(0);
    for (const key of ["uma", "hal"] as const) {
      expect(await figure(key, "rankRange")).toBe("2–3");
      expect(await flagged(key)).toBe(1);
      // Not colour alone: an icon, and words for screen readers and as a tooltip.
      const flag = cell(key, "rankRange").getByTestId("hedge-flag");
      expect(await flag.locator("svg").count()).toBe(1);
      expect(await flag.innerText()).toContain("depends on how hedge words are read");
      expect(await flag.getAttribute("title")).toContain("depends on how hedge words are read");
    }
    expect(await cell("uma", "rankRange").innerText()).toMatch(/low 2\s*·[\s\S]*high 3$/);
    expect(await cell("hal", "rankRange").innerText()).toMatch(/low 3\s*·[\s\S]*high 2$/);
    expect(await page.getByTestId("hedge-legend").innerText()).toContain(
      "A rank range such as 2–3 depends on how hedge words are read",
    );
    await shoot("fair-scoreboard");
    await page.addStyleTag({ content: "header { position: static !important; }" });
    await page.getByTestId("scoreboard").screenshot({ path: path.join(artifacts, "fair-scoreboard-table.png") });
  });

  it("sorts by each fair column from the keyboard, with aria-sort and the order in the URL", async () => {
    // The sort buttons work once the page is hydrated: wait for its scripts before pressing them.
    await page.goto(scoreboard("&minScored=3"), { waitUntil: "networkidle" });
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.nora, names.uma, names.hal]);

    // Against the reference: best (highest) first.
    await page.getByTestId("sort-refSkill").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("sort") === "refSkill");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.uma, names.hal, names.nora]);
    expect(new URL(page.url()).searchParams.get("dir")).toBe("desc");
    expect(await header("refSkill").getAttribute("aria-sort")).toBe("descending");
    expect(await header("rank").getAttribute("aria-sort")).toBeNull();

    // Against peers: best (lowest) first, then the other way.
    await page.getByTestId("sort-relBrier").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("sort") === "relBrier");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.uma, names.hal, names.nora]);
    expect(await header("relBrier").getAttribute("aria-sort")).toBe("ascending");
    await page.getByTestId("sort-relBrier").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("dir") === "desc");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.nora, names.hal, names.uma]);
    expect(await header("relBrier").getAttribute("aria-sort")).toBe("descending");

    // The rank range by either reading: Hal and Uma swap.
    await page.getByTestId("sort-rankHigh").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("sort") === "rankHigh");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.nora, names.hal, names.uma]);
    expect(await header("rankHigh").getAttribute("aria-sort")).toBe("ascending");
    await page.getByTestId("sort-rankLow").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("sort") === "rankLow");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.nora, names.uma, names.hal]);
    expect(await header("rankLow").getAttribute("aria-sort")).toBe("ascending");
    expect(await page.locator("[data-testid='scoreboard'] caption").innerText()).toContain(
      "sorted by rank with hedge words read at the low end, ascending",
    );
    expect(new URL(page.url()).searchParams.get("tag")).toBe(tag);
  });

  it("applies the filters to the fair figures too", async () => {
    await page.goto(scoreboard("&from=2025-03&to=2025-03&minScored=1"), { waitUntil: "networkidle" });
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.uma, names.hal, names.nora]);
    expect(await figure("uma", "refSkill")).toBe("+0.556");
    expect(await nOf("uma", "refSkill")).toBe("n 1");
    expect(await figure("nora", "refSkill")).toBe("−4.444");
    expect(await figure("nora", "relBrier")).toBe("+0.290");
    expect(await figure("uma", "relBrier")).toBe("−0.385");
    expect(await figure("hal", "relBrier")).toBe("+0.095");
    expect(await nOf("hal", "relBrier")).toBe("n 1");
    expect(await cell("uma", "rankRange").innerText()).toBe("1");
    expect(await figure("nora", "rankRange")).toBe("2–3");
    expect(await figure("hal", "rankRange")).toBe("2–3");
  });

  it("explains the fair comparison in the metric guide", async () => {
    const guide = await page.getByTestId("metric-guide").innerText();
    for (const words of [
      "vs reference",
      "vs peers",
      "Rank range",
      "one vote per question",
      "How n matters",
      "Why a near-certain forecaster can top a plain Brier table, but not these",
      "“could” is 40%, anywhere from 25% to 50%",
    ]) {
      expect(guide).toContain(words);
    }
  });

  it("keeps the analyst's name in view when the table scrolls on a phone", async () => {
    const phone = await browser.context.newPage();
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(scoreboard("&minScored=3"));
      const name = phone.locator(`[data-testid='scoreboard-row'][data-slug='${slugs.uma}'] th[scope='row']`);
      await name.waitFor();
      const scroller = phone.getByTestId("scoreboard").locator("xpath=..");
      const before = (await name.boundingBox())!;
      const width = await scroller.evaluate((element) => {
        element.scrollLeft = element.scrollWidth;
        return { scroll: element.scrollWidth, client: element.clientWidth };
      });
      // The table scrolls sideways inside its box; the page's content does not.
      expect(width.scroll).toBeGreaterThan(width.client);
      const main = await phone.locator("main").evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(main).toBe(0);
      await expect.poll(async () => (await name.boundingBox())!.x).toBeLessThanOrEqual(before.x);
      const after = (await name.boundingBox())!;
      const box = (await scroller.boundingBox())!;
      expect(after.x).toBeGreaterThanOrEqual(box.x);
      expect(after.x).toBeLessThan(box.x + 2);
      expect(await phone.locator(`[data-slug='${slugs.uma}'] [data-column='rankRange']`).isVisible()).toBe(true);
      mkdirSync(artifacts, { recursive: true });
      await phone.screenshot({ path: path.join(artifacts, "fair-scoreboard-phone.png") });
    } finally {
      await phone.close();
    }
  });

  it("shows an analyst's page against the reference, against peers, and under the hedge readings", async () => {
    await page.goto(`${baseUrl}/analysts/${slugs.uma}`);
    await page.getByRole("heading", { level: 1, name: names.uma }).waitFor();
    expect(await page.getByTestId("fair-ref-skill").innerText()).toContain("+0.212");
    expect(await page.getByTestId("fair-ref-skill").innerText()).toContain("over 2 predictions with a reference");
    expect(await page.getByTestId("ref-sentence").innerText()).toBe(
      `On these 2 predictions ${names.uma}’s squared errors add up to 21.2% less than those of the reference forecasts ${names.uma} could have read the day they spoke: better than the reference. With only 2 predictions, luck plays a large part.`,
    );
    expect(await page.getByTestId("fair-rel-brier").innerText()).toContain("−0.185");
    expect(await page.getByTestId("fair-rel-brier").innerText()).toContain("over 2 shared questions");
    expect(await page.getByTestId("peers-sentence").innerText()).toContain(
      "squared error was on average 0.185 below the median of the others’ on the same question: more accurate than the typical peer",
    );
    // No hedge words: the reading does not matter; 4 scored is too few to be ranked on the whole scoreboard.
    expect(await page.getByTestId("fair-brier-low").innerText()).toContain("0.085");
    expect(await page.getByTestId("fair-brier-high").innerText()).toContain("0.085");
    const umaHedges = await page.getByTestId("hedge-sentence").innerText();
    expect(umaHedges).toContain("how hedge words are read does not matter");
    expect(umaHedges).toContain(`${names.uma} is not ranked (fewer than 5 scored predictions)`);
    expect(await page.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(
      expect.arrayContaining([
        "Against the reference",
        "Against others on the same questions",
        "How much the reading of hedge words matters",
      ]),
    );

    await page.goto(`${baseUrl}/analysts/${slugs.hal}`);
    await page.getByRole("heading", { level: 1, name: names.hal }).waitFor();
    expect(await page.getByTestId("fair-ref-skill").innerText()).toContain("−3.000");
    expect(await page.getByTestId("ref-sentence").innerText()).toContain(
      `On this prediction ${names.hal}’s squared error is 4 times that of the reference forecast`,
    );
    expect(await page.getByTestId("fair-rel-brier").innerText()).toContain("+0.040");
    expect(await page.getByTestId("fair-brier-low").innerText()).toContain("0.172");
    expect(await page.getByTestId("fair-brier-high").innerText()).toContain("0.076");
    const halHedges = await page.getByTestId("hedge-sentence").innerText();
    expect(halHedges).toContain(
      `${names.hal}’s Brier score would be 0.172; at the high end (“could” as 50%), 0.076. As recorded it is 0.107.`,
    );
    // The rank is over the whole ledger, shared with other test files: as the API gives it.
    const hal = whole.get(slugs.hal)!;
    expect(hal.rank).not.toBeNull();
    const rankRange = page.getByTestId("fair-rank-range");
    expect(await rankRange.innerText()).toContain(`of ${rankedInWhole} ranked`);
    if (hal.rankLow === hal.rankHigh) {
      expect(halHedges).toContain(`${names.hal}’s rank does not depend on how hedge words are read`);
      expect(await rankRange.locator("svg").count()).toBe(0);
    } else {
      expect(halHedges).toContain(`${names.hal}’s rank depends on how hedge words are read`);
      expect(await rankRange.innerText()).toContain(
        `${Math.min(hal.rankLow!, hal.rankHigh!)}–${Math.max(hal.rankLow!, hal.rankHigh!)}`,
      );
      expect(await rankRange.locator("svg").count()).toBe(1);
    }
    await shoot("fair-analyst");
  });

  it("says so on the analyst page when there is nothing to compare with", async () => {
    await page.goto(`${baseUrl}/analysts/${slugs.uri}`);
    await page.getByRole("heading", { level: 1, name: names.uri }).waitFor();
    expect(await page.getByTestId("no-reference").innerText()).toContain(
      `None of ${names.uri}’s scored predictions is linked to a question with a reference forecast`,
    );
    expect(await page.getByTestId("no-peers").innerText()).toContain(
      `None of ${names.uri}’s scored predictions is on a question that another analyst forecast too`,
    );
    expect(await page.getByTestId("fair-ref-skill").count()).toBe(0);
    expect(await page.getByTestId("hedge-sentence").innerText()).toContain("does not matter");
  });
});
