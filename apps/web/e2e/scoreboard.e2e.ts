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
 * The scoreboard and an analyst's charts in the browser, over predictions logged and judged
 * through the API as an editor. Everything is tagged with this run's tags, so that what other test
 * files log into the same database does not move the figures checked here. Screenshots land in
 * <repo>/test-artifacts/ (git-ignored).
 *
 * The figures, worked out by hand (docs/design.md "Scoring"; squared errors in brackets):
 * - Alice: 0.9 T (.01), 0.8 T (.04), 0.85 T (.0225), 0.1 F (.01), 0.2 F (.04), 0.3 F (.09), and one
 *   open: 6 scored, Brier 0.2125 / 6 = 0.035, hit rate 100%, base rate 50%, skill 1 - 0.035 / 0.25 = 0.858.
 * - Bob: 0.95 T, 0.9 T, 0.05 F (also tagged B: .0025, .01, .0025), 0.95 F (.9025), 0.9 F (.81),
 *   0.1 T (.81): 6 scored, Brier 2.5375 / 6 = 0.423, hit rate 50%. Under tag B: 0.015 / 3 = 0.005.
 * - Carol: five times 0.5 (.25 each): Brier 0.250, hit rate 50%.
 * - Dan: one lucky 0.99 T (.0001): Brier 0.000, but 1 scored, below the minimum of 5.
 * Population (tag A): 4.0001 / 18 = 0.222. Adjusted, (n * brier + 10 * 0.222) / (n + 10): Alice
 * 0.152, Carol 0.231, Bob 0.297, Dan 0.202: ranked Alice, Carol, Bob; Dan unranked, and with a
 * minimum of 1 he still ranks behind Alice.
 * - Gus (tag N only): 0.8 T (.04), 0.8 PARTIAL 0.5 (.09), 0.3 F (.09), 0.3 PARTIAL 0.5 (.04): Brier
 *   0.26 / 4 = 0.065; Murphy (packages/domain/src/scoring/murphy.test.ts): reliability 0.0025,
 *   resolution 0.0625, uncertainty 0.25, and the two outcomes of 0.5 each add 0.25 / 4 to the
 *   partial-credit term 0.125: 0.0025 - 0.0625 + 0.25 - 0.125 = 0.065.
 * - Eve: one open prediction tagged "open", one tagged N: nothing scored anywhere.
 * Tag counts: A holds 7 + 6 + 5 + 1 = 19 predictions, 8 of them made in 2024 (Alice's first three,
 * Carol's five); B holds Bob's 3, none made in 2024.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const run = randomBytes(3).toString("hex");

const tagA = `sb-${run}`;
const tagB = `sb-${run}-b`;
const tagC = `sb-${run}-c`;
const tagOpen = `sb-${run}-open`;
const tagN = `sb-${run}-n`;
const names = {
  alice: `Alice Accurate ${run}`,
  bob: `Bob Bold ${run}`,
  carol: `Carol Coinflip ${run}`,
  dan: `Dan Debut ${run}`,
  eve: `Eve Unjudged ${run}`,
  gus: `Gus Partial ${run}`,
};
const slugs = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, slugify(name)])) as Record<
  keyof typeof names,
  string
>;

interface Seed {
  analyst: keyof typeof names;
  probability: number;
  outcome?: "TRUE" | "FALSE" | "PARTIAL";
  credit?: number;
  madeAt: string;
  resolvedAt?: string;
  tags: string[];
}

const seeds: Seed[] = [
  {
    analyst: "alice",
    probability: 0.9,
    outcome: "TRUE",
    madeAt: "2024-03-01",
    resolvedAt: "2024-10-15",
    tags: [tagA, tagC],
  },
  {
    analyst: "alice",
    probability: 0.8,
    outcome: "TRUE",
    madeAt: "2024-04-01",
    resolvedAt: "2024-12-10",
    tags: [tagA, tagC],
  },
  {
    analyst: "alice",
    probability: 0.85,
    outcome: "TRUE",
    madeAt: "2024-05-01",
    resolvedAt: "2025-02-10",
    tags: [tagA],
  },
  {
    analyst: "alice",
    probability: 0.1,
    outcome: "FALSE",
    madeAt: "2025-01-05",
    resolvedAt: "2025-02-20",
    tags: [tagA],
  },
  {
    analyst: "alice",
    probability: 0.2,
    outcome: "FALSE",
    madeAt: "2025-02-01",
    resolvedAt: "2025-05-05",
    tags: [tagA],
  },
  {
    analyst: "alice",
    probability: 0.3,
    outcome: "FALSE",
    madeAt: "2025-03-01",
    resolvedAt: "2025-07-01",
    tags: [tagA],
  },
  { analyst: "alice", probability: 0.6, madeAt: "2025-04-01", tags: [tagA] },
  {
    analyst: "bob",
    probability: 0.95,
    outcome: "TRUE",
    madeAt: "2025-01-10",
    resolvedAt: "2025-06-01",
    tags: [tagA, tagB],
  },
  {
    analyst: "bob",
    probability: 0.9,
    outcome: "TRUE",
    madeAt: "2025-01-11",
    resolvedAt: "2025-06-01",
    tags: [tagA, tagB],
  },
  {
    analyst: "bob",
    probability: 0.05,
    outcome: "FALSE",
    madeAt: "2025-01-12",
    resolvedAt: "2025-06-01",
    tags: [tagA, tagB],
  },
  { analyst: "bob", probability: 0.95, outcome: "FALSE", madeAt: "2025-01-13", resolvedAt: "2025-06-01", tags: [tagA] },
  { analyst: "bob", probability: 0.9, outcome: "FALSE", madeAt: "2025-01-14", resolvedAt: "2025-06-01", tags: [tagA] },
  { analyst: "bob", probability: 0.1, outcome: "TRUE", madeAt: "2025-01-15", resolvedAt: "2025-06-01", tags: [tagA] },
  ...(["TRUE", "FALSE", "TRUE", "FALSE", "TRUE"] as const).map((outcome, index) => ({
    analyst: "carol" as const,
    probability: 0.5,
    outcome,
    madeAt: `2024-06-0${index + 1}`,
    resolvedAt: "2024-12-01",
    tags: [tagA],
  })),
  { analyst: "dan", probability: 0.99, outcome: "TRUE", madeAt: "2025-03-01", resolvedAt: "2025-04-01", tags: [tagA] },
  { analyst: "eve", probability: 0.7, madeAt: "2025-03-01", tags: [tagOpen] },
  { analyst: "eve", probability: 0.4, madeAt: "2025-03-02", tags: [tagN] },
  ...(
    [
      [0.8, "TRUE", undefined],
      [0.8, "PARTIAL", 0.5],
      [0.3, "FALSE", undefined],
      [0.3, "PARTIAL", 0.5],
    ] as const
  ).map(([probability, outcome, credit], index) => ({
    analyst: "gus" as const,
    probability,
    outcome,
    ...(credit === undefined ? {} : { credit }),
    madeAt: `2025-05-0${index + 1}`,
    resolvedAt: "2025-09-01",
    tags: [tagN],
  })),
];

describe("the scoreboard and an analyst's charts", () => {
  let browser: Browser;
  let page: Page;

  const shoot = async (name: string) => {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  };
  /** The analysts' names in a section of the table, top to bottom. */
  const namesIn = (section: "ranked-section" | "unranked-section") =>
    page.getByTestId(section).locator("[data-testid='scoreboard-row'] th[scope='row']").allInnerTexts();
  const row = (key: keyof typeof names) => page.locator(`[data-testid='scoreboard-row'][data-slug='${slugs[key]}']`);
  const cell = (key: keyof typeof names, column: string) => row(key).locator(`[data-column='${column}']`).innerText();
  const sortOf = (label: string) =>
    page.locator("[data-testid='scoreboard'] thead th").filter({ hasText: label }).first().getAttribute("aria-sort");
  const search = () => new URL(page.url()).searchParams;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    // Logging and judging need an editor: the API client sends the browser's session cookie.
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);
    const analystIds = new Map<string, string>();
    for (const [index, seed] of seeds.entries()) {
      const known = analystIds.get(seed.analyst);
      const created = await api.prediction.create.mutate({
        analyst: known ? { mode: "existing", id: known } : { mode: "new", name: names[seed.analyst] },
        claim: `Scoreboard ${run} claim ${index + 1} by ${names[seed.analyst]}`,
        madeAt: seed.madeAt,
        probability: seed.probability,
        tags: seed.tags,
      });
      analystIds.set(seed.analyst, created.analyst.id);
      if (seed.outcome && seed.resolvedAt) {
        await api.prediction.judge.mutate({
          predictionId: created.id,
          version: created.version,
          outcome: seed.outcome,
          ...(seed.credit === undefined ? {} : { credit: seed.credit }),
          resolvedAt: seed.resolvedAt,
        });
      }
    }
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is in the header, and filtered by a tag it ranks by the adjusted Brier, the lucky one unranked", async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scoreboard" }).click();
    await page.waitForURL(`${baseUrl}/scoreboard`);
    await page.getByRole("heading", { level: 1, name: "Scoreboard" }).waitFor();

    await page.locator("#scoreboard-tag").selectOption(tagA);
    await page.waitForURL((url) => url.searchParams.get("tag") === tagA);
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.carol, names.bob]);
    expect(await namesIn("unranked-section")).toEqual([names.dan]);
    expect(await page.getByTestId("unranked-section").innerText()).toContain("Not yet ranked (fewer than 5 scored)");

    expect(await page.getByTestId("population").innerText()).toContain("18 scored predictions by 4 analysts");
    expect(await page.getByTestId("population-brier").innerText()).toBe("0.222");
    expect(await cell("alice", "rank")).toBe("1");
    expect(await cell("alice", "brier")).toContain("0.035");
    expect(await cell("alice", "hitRate")).toBe("100%");
    expect(await cell("alice", "adjustedBrier")).toBe("0.152");
    expect(await cell("carol", "adjustedBrier")).toBe("0.231");
    expect(await cell("bob", "brier")).toContain("0.423");
    expect(await cell("bob", "adjustedBrier")).toBe("0.297");
    expect(await cell("dan", "brier")).toContain("0.000");
    expect(await cell("dan", "adjustedBrier")).toBe("0.202");
    // Nothing here is linked to a question or read from hedge words: no fair figures (a dash, and why
    // for screen readers), and the rank is the same under either reading of hedge words, unflagged.
    expect(await cell("alice", "refSkill")).toMatch(/^–\s*no prediction with a reference$/);
    expect(await cell("alice", "relBrier")).toMatch(/^–\s*no shared question$/);
    expect(await cell("alice", "rankRange")).toBe("1");
    expect(await cell("bob", "rankRange")).toBe("3");
    expect(await cell("dan", "rankRange")).toContain("not ranked");
    expect(await page.getByTestId("hedge-legend").count()).toBe(0);
    expect(await cell("alice", "scored")).toContain("6");
    expect(await cell("alice", "scored")).toContain("of 7");
    // Each Brier comes with its 95% interval.
    expect(await row("alice").getByTestId("brier-interval").innerText()).toMatch(/95% interval\s+\d\.\d{3}–\d\.\d{3}$/);
    expect(await row("alice").getByRole("link", { name: names.alice }).getAttribute("href")).toBe(
      `/analysts/${slugs.alice}`,
    );
    expect(await sortOf("Rank")).toBe("ascending");
    expect(await page.getByTestId("metric-guide").innerText()).toContain("Why the ranking uses the adjusted score");
    expect(await page.getByTestId("metric-guide").innerText()).toContain("Fair comparison");
    await shoot("scoreboard");
  });

  it("changes every figure with another tag, and Back returns to the first", async () => {
    await page.locator("#scoreboard-tag").selectOption(tagB);
    await page.waitForURL((url) => url.searchParams.get("tag") === tagB);
    await expect.poll(() => namesIn("unranked-section")).toEqual([names.bob]);
    expect(await cell("bob", "brier")).toContain("0.005");
    expect(await cell("bob", "scored")).toContain("3");
    expect(await page.getByTestId("population").innerText()).toContain("3 scored predictions by 1 analyst");
    expect(await page.getByTestId("population-brier").innerText()).toBe("0.005");
    expect(await page.getByTestId("ranked-section").innerText()).toContain("nobody is ranked");

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("tag") === tagA);
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.carol, names.bob]);
    expect(await cell("bob", "brier")).toContain("0.423");
    expect(await page.locator("#scoreboard-tag").inputValue()).toBe(tagA);
  });

  it("narrows to a year of predictions made", async () => {
    await page.getByText("2024", { exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("from") === "2024-01" && url.searchParams.get("to") === "2024-12",
    );
    // Made in 2024: Alice's first three (0.0725 / 3 = 0.024) and Carol's five.
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.carol]);
    expect(await namesIn("unranked-section")).toEqual([names.alice]);
    expect(await cell("alice", "brier")).toContain("0.024");
    expect(await page.locator("#scoreboard-from").inputValue()).toBe("2024-01");
    await page.getByText("All time", { exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has("from") && url.searchParams.get("tag") === tagA);
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.carol, names.bob]);
  });

  it("sorts by a column from the keyboard, sets aria-sort, and keeps the order in the URL", async () => {
    const analystHeader = page.getByRole("button", { name: "Analyst", exact: true });
    await analystHeader.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("sort") === "name");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.bob, names.carol]);
    expect(await sortOf("Analyst")).toBe("ascending");
    expect(await sortOf("Rank")).toBeNull();

    await page.getByRole("button", { name: "Analyst", exact: true }).press("Enter");
    await page.waitForURL((url) => url.searchParams.get("dir") === "desc");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.carol, names.bob, names.alice]);
    expect(await sortOf("Analyst")).toBe("descending");
    // The unranked stay below, in their own section.
    expect(await namesIn("unranked-section")).toEqual([names.dan]);

    // Hit rate sorts best first; Bob and Carol tie at 50% and go by name.
    await page.getByRole("button", { name: "Hit rate", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "hitRate");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.bob, names.carol]);
    expect(await sortOf("Hit rate")).toBe("descending");
    expect(search().get("tag")).toBe(tagA);
    await shoot("scoreboard-sorted");

    // The URL alone gives the same table.
    await page.goto(`${baseUrl}/scoreboard?tag=${tagA}&sort=name&dir=desc`);
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.carol, names.bob, names.alice]);
    expect(await sortOf("Analyst")).toBe("descending");
  });

  it("ranks the one lucky call below the accurate record when the minimum is lowered to 1", async () => {
    await page.goto(`${baseUrl}/scoreboard?tag=${tagA}`);
    await page.locator("#scoreboard-min-scored").fill("1");
    await page.locator("#scoreboard-min-scored").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("minScored") === "1");
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.dan, names.carol, names.bob]);
    expect(await page.getByTestId("unranked-section").count()).toBe(0);
  });

  it("says so when nothing scored matches the filter", async () => {
    await page.goto(`${baseUrl}/scoreboard?tag=${tagOpen}`);
    await page.getByTestId("no-match").waitFor();
    expect(await page.getByTestId("no-match").innerText()).toContain("Nothing scored matches these filters");
  });

  it("shows the analyst's scores, calibration with its bins, Brier over time and the tag breakdown", async () => {
    await page.goto(`${baseUrl}/scoreboard?tag=${tagA}`);
    await row("alice").getByRole("link", { name: names.alice }).click();
    await page.waitForURL(`${baseUrl}/analysts/${slugs.alice}`);
    await page.getByRole("heading", { level: 1, name: names.alice }).waitFor();

    expect(await page.getByTestId("score-brier").innerText()).toContain("0.035");
    expect(await page.getByTestId("score-brier").innerText()).toContain("95% interval");
    expect(await page.getByTestId("score-hit-rate").innerText()).toContain("100%");
    expect(await page.getByTestId("score-skill").innerText()).toContain("0.858");
    expect(await page.getByTestId("score-skill").innerText()).toContain("50% came true");
    for (const id of ["score-log-loss", "score-reliability", "score-resolution", "score-uncertainty"]) {
      expect(await page.getByTestId(id).innerText()).toMatch(/\d\.\d{3}/);
    }

    const chart = page.getByTestId("calibration-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("title").first().textContent()).toBe(`Calibration of ${names.alice}`);
    const bins = chart.getByTestId("calibration-bin");
    expect(await bins.evaluateAll((groups) => groups.map((group) => group.getAttribute("data-band")))).toEqual([
      "10-20",
      "20-30",
      "30-40",
      "80-90",
      "90-100",
    ]);
    expect(await bins.evaluateAll((groups) => groups.map((group) => group.getAttribute("data-n")))).toEqual([
      "1",
      "1",
      "1",
      "2",
      "1",
    ]);
    expect(await chart.locator("[data-band='80-90'] text").textContent()).toBe("n=2");
    expect(await chart.getByTestId("calibration-diagonal").getAttribute("stroke-dasharray")).toBe("6 4");
    // Readable as a table too: ten bands, the empty ones with dashes.
    await page.getByText("The chart as a table").first().click();
    const table = page.getByTestId("calibration-table");
    expect(await table.locator("tbody tr").count()).toBe(10);
    expect(await table.locator("tbody tr").nth(8).innerText()).toMatch(/80–90%\s+2\s+82\.5%\s+100%/);

    // Resolved in Oct 2024, Dec 2024, Feb 2025 (two), May 2025 and Jul 2025.
    expect(
      await page
        .getByTestId("brier-over-time-chart")
        .getByTestId("brier-month")
        .evaluateAll((groups) => groups.map((group) => group.getAttribute("data-month"))),
    ).toEqual(["2024-10", "2024-12", "2025-02", "2025-05", "2025-07"]);

    const tags = page.getByTestId("tag-breakdown").getByTestId("tag-row");
    expect(await tags.evaluateAll((rows) => rows.map((element) => element.getAttribute("data-tag")))).toEqual([
      tagA,
      tagC,
    ]);
    const tagARow = (await tags.filter({ hasText: tagA }).first().innerText()).split(/\s+/);
    expect(tagARow.slice(-5)).toEqual(["7", "6", "0.035", expect.stringMatching(/^\d\.\d{3}$/), "100%"]);
    expect(await tags.first().getByRole("link").getAttribute("href")).toBe(`/scoreboard?tag=${tagA}`);

    // The full record, each with its outcome.
    const statuses = await page
      .getByTestId("prediction-row")
      .evaluateAll((rows) => rows.map((element) => (element as HTMLElement).innerText));
    expect(statuses).toHaveLength(7);
    expect(statuses.filter((text) => /\bTrue\b/.test(text))).toHaveLength(3);
    expect(statuses.filter((text) => /\bFalse\b/.test(text))).toHaveLength(3);
    expect(statuses.filter((text) => /\bOpen\b/.test(text))).toHaveLength(1);
    await shoot("analyst-scores");
    // Close-ups of the two charts, without the sticky header over them.
    await page.addStyleTag({ content: "header { position: static !important; }" });
    await page.getByTestId("calibration-figure").screenshot({ path: path.join(artifacts, "analyst-calibration.png") });
    await page
      .getByTestId("brier-over-time-figure")
      .screenshot({ path: path.join(artifacts, "analyst-brier-over-time.png") });

    // The tag leads to the scoreboard filtered by it.
    await tags.first().getByRole("link").click();
    await page.waitForURL((url) => url.pathname === "/scoreboard" && url.searchParams.get("tag") === tagA);
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.alice, names.carol, names.bob]);
  });

  it("shows an analyst with nothing scored an empty state instead of charts", async () => {
    await page.goto(`${baseUrl}/analysts/${slugs.eve}`);
    await page.getByTestId("no-scores").waitFor();
    expect(await page.getByTestId("calibration-chart").count()).toBe(0);
    // Two tags, nothing scored in either: no figures, n/a.
    const tags = page.getByTestId("tag-breakdown").getByTestId("tag-row");
    expect(await tags.count()).toBe(2);
    expect(await tags.first().getByTestId("not-available").count()).toBe(3);
    expect(await tags.first().innerText()).toContain("n/a");
    expect(await tags.first().innerText()).toContain("nothing scored yet");
  });

  it("shows n/a, not a score, for an analyst with nothing scored on the scoreboard", async () => {
    // Under tag N, Gus has 4 scored and Eve none: her adjusted Brier would be the population's.
    await page.goto(`${baseUrl}/scoreboard?tag=${tagN}&minScored=1`);
    await expect.poll(() => namesIn("ranked-section")).toEqual([names.gus]);
    expect(await namesIn("unranked-section")).toEqual([names.eve]);
    expect(await cell("gus", "adjustedBrier")).toMatch(/^\d\.\d{3}$/);
    for (const column of ["brier", "logLoss", "hitRate", "adjustedBrier"]) {
      expect(await cell("eve", column), column).toMatch(/^n\/a/);
    }
    expect(await cell("eve", "brier")).toContain("nothing scored yet");
    expect(await row("eve").locator("[data-column='adjustedBrier']").getAttribute("class")).not.toContain(
      "font-semibold",
    );
  });

  it("says in the captions which filter is applied, and none when only the minimum is set", async () => {
    const caption = () => page.locator("[data-testid='scoreboard'] caption").textContent();
    await page.goto(`${baseUrl}/scoreboard?minScored=1`);
    await expect.poll(caption).toContain("Analysts ranked by adjusted Brier score over all their predictions;");
    expect(await page.getByTestId("population").innerText()).not.toContain("filter");
    expect(await page.getByTestId("filter-words").count()).toBe(0);

    await page.goto(`${baseUrl}/scoreboard?tag=${tagA}&from=2024-01&to=2024-12`);
    await expect
      .poll(caption)
      .toContain(`Analysts ranked by adjusted Brier score over their predictions tagged “${tagA}” and made in 2024;`);
    expect(await page.getByTestId("filter-words").innerText()).toBe(
      `, of the predictions tagged “${tagA}” and made in 2024`,
    );
  });

  it("counts the scoreboard's tags under the period chosen", async () => {
    const tagOption = (tag: string) => page.locator(`#scoreboard-tag option[value='${tag}']`);
    await page.goto(`${baseUrl}/scoreboard?tag=${tagA}`);
    await expect.poll(() => tagOption(tagA).textContent()).toBe(`${tagA} (19)`);
    expect(await tagOption(tagB).textContent()).toBe(`${tagB} (3)`);
    await page.getByText("2024", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === "2024-01");
    await expect.poll(() => tagOption(tagA).textContent()).toBe(`${tagA} (8)`);
    // Nothing tagged B was made in 2024: the option is left out.
    expect(await tagOption(tagB).count()).toBe(0);
  });

  it("counts the list's analysts, tags and statuses under the other filters", async () => {
    const option = (menu: string, value: string) => page.locator(`#filter-${menu} option[value='${value}']`);
    await page.goto(`${baseUrl}/?tag=${tagA}`);
    // Under tag A: Alice 7, Bob 6; of those, one open (Alice's).
    await expect.poll(() => option("analyst", slugs.bob).textContent()).toBe(`${names.bob} (6)`);
    expect(await option("analyst", slugs.alice).textContent()).toBe(`${names.alice} (7)`);
    expect(await option("status", "OPEN").textContent()).toBe("Open (1)");
    expect(await option("tag", tagB).textContent()).toBe(`${tagB} (3)`);

    await page.locator("#filter-analyst").selectOption(slugs.bob);
    await page.waitForURL((url) => url.searchParams.get("analyst") === slugs.bob);
    // Bob under tag A: three true, three false, none open; Bob's tags: A 6, B 3.
    await expect.poll(() => option("status", "TRUE").textContent()).toBe("True (3)");
    expect(await option("status", "OPEN").textContent()).toBe("Open (0)");
    expect(await option("tag", tagA).textContent()).toBe(`${tagA} (6)`);
    expect(await option("tag", tagB).textContent()).toBe(`${tagB} (3)`);
    expect(await option("tag", tagC).count()).toBe(0);
  });

  it("explains the Murphy sum when a PARTIAL outcome is scored, with the term that closes it", async () => {
    await page.goto(`${baseUrl}/analysts/${slugs.gus}`);
    await page.getByRole("heading", { level: 1, name: names.gus }).waitFor();
    expect(await page.getByTestId("score-brier").innerText()).toContain("0.065");
    expect(await page.getByTestId("score-partial-credit").innerText()).toContain("0.125");
    const identity = await page.getByTestId("murphy-identity").innerText();
    expect(identity).toContain(
      "Brier 0.065 = reliability 0.003 − resolution 0.063 + uncertainty 0.250 − partial credit 0.125",
    );
    expect(identity).toContain("some outcomes were judged partly true");
    // The chart's title is the server's too (it used to be empty there: a hydration error).
    expect(await page.getByTestId("calibration-chart").locator("title").first().textContent()).toBe(
      `Calibration of ${names.gus}`,
    );
  });

  it.each([`/scoreboard?tag=${tagA}`, `/analysts/${slugs.alice}`])(
    "at 390px %s does not scroll sideways: its wide tables scroll inside their own boxes",
    async (at) => {
      await page.setViewportSize({ width: 390, height: 900 });
      try {
        await page.goto(`${baseUrl}${at}`, { waitUntil: "networkidle" });
        // The page itself is as wide as the screen (screen-reader text in a table no longer widens it).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const table = page.getByTestId(at.startsWith("/scoreboard") ? "scoreboard" : "tag-breakdown");
        const box = table.locator("xpath=..");
        const widths = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
        expect(widths.scroll, "the table is wider than its box").toBeGreaterThan(widths.client);
        expect(widths.client).toBeLessThanOrEqual(390);
        // Scrolled to its end, the table moves and the page does not.
        await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
        expect(await box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
        expect(await page.evaluate(() => window.scrollX)).toBe(0);
        await shoot(`${at.startsWith("/scoreboard") ? "scoreboard" : "analyst"}-390`);
      } finally {
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );
});
