import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { slugify } from "@hindsight/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * axe-core on every page, signed out and signed in as an admin (who sees every form), in the light
 * and the dark theme (the theme follows the system's unless one is chosen), at a phone's width
 * (390 px) and a laptop's (1280 px). A serious or critical violation fails, named with its rule,
 * the page and the elements involved; minor and moderate ones are left to review. At both widths no
 * page may scroll sideways either (a wide table scrolls inside its own box); the data holds a long
 * affiliation, a long address and a tag with nothing scored, which used to push the analysts list,
 * the source's history and the analyst's tag breakdown out.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");
const axeSource: string = (
  createRequire(import.meta.url)("axe-core") as {
    source: string;
  }
).source;

const analystName = `Ada Access ${run}`;
const affiliation = `Chief economist at the Institute for Applied Forecasting and Public Accountability Studies ${run}`;
/** A long address with no place to break a line (no space, no hyphen), as the source's history shows it. */
const longUrl = (index: number) => `https://news.example/a11y-${run}-${index}?ref=${"5f3c9a1e7b2d4c6a".repeat(6)}`;
const questionKey = `a11y-${run}`;

/** An address no page answers: the not-found page (a 404, the one status allowed below 400 here). */
const notFoundPath = `/no-such-page-${run}`;

/** Pages anyone may read; ids filled in once the data exists. */
const publicPages = (ids: { prediction: string; source: string }) => [
  "/",
  "/?status=judged",
  "/scoreboard",
  "/analysts",
  `/analysts/${slugify(analystName)}`,
  `/sources/${ids.source}`,
  `/predictions/${ids.prediction}`,
  "/questions",
  `/questions/${questionKey}`,
  "/due",
  "/docs/api",
  "/export",
  "/sign-in",
  // The embeddable track record (its own HTML, framed by other sites) and the page for an unknown address.
  `/embed/analysts/${slugify(analystName)}`,
  notFoundPath,
];
/** Pages with the forms of editors and admins. */
const signedInPages = [
  "/predictions/new",
  "/predictions/from-article",
  "/questions/new",
  "/import",
  "/admin/users",
  "/admin/api-keys",
  "/disputes",
  "/admin/webhooks",
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe on the page as it stands and returns the serious and critical violations, described. */
async function seriousViolations(page: Page): Promise<string[]> {
  // page.evaluate runs outside the page's Content-Security-Policy, which would refuse an injected script.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      resultTypes: ["violations"],
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    })) as { violations: unknown[] };
    return result.violations;
  });
  return (violations as Violation[])
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(", ")}`,
    );
}

describe("accessibility (axe-core)", () => {
  let ids: { prediction: string; source: string };

  beforeAll(async () => {
    const browser = await launchBrowser();
    try {
      await useOwnAddress(browser.context);
      await signInQuietly(browser.context, baseUrl, inject("editor"));
      const api = await apiAs(browser.context, baseUrl);
      await api.question.create.mutate({
        key: questionKey,
        title: `Access ${run}: the bridge reopens by March 2025`,
      });
      const question = await api.question.addReference.mutate({
        key: questionKey,
        probability: 0.4,
        source: "Base rate",
        asOf: "2025-01-01",
      });
      let first: { id: string; sourceId: string | null } | null = null;
      let analystId: string | null = null;
      for (const [index, probability] of [0.8, 0.3, 0.65, 0.9, 0.2, 0.55].entries()) {
        const created = await api.prediction.create.mutate({
          analyst: analystId ? { mode: "existing", id: analystId } : { mode: "new", name: analystName, affiliation },
          claim: `Access ${run} claim ${index + 1}: the council approves the plan`,
          quote: `"The council will approve the plan," said ${analystName}.`,
          madeAt: `2025-01-0${index + 1}`,
          resolveBy: "2025-06-30",
          probability,
          // The last stays open under a tag of its own: a tag with nothing scored in the breakdown.
          tags: index === 5 ? [`a11y-${run}`, `a11y-${run}-open`] : [`a11y-${run}`],
          source: {
            url: longUrl(index),
            outlet: "Example News",
            title: "A report",
            publishedAt: `2025-01-0${index + 1}`,
          },
        });
        analystId = created.analyst.id;
        first ??= { id: created.id, sourceId: created.source?.id ?? null };
        if (index === 0) {
          await api.question.link.mutate({
            predictionId: created.id,
            version: created.version,
            question: questionKey,
            negated: false,
          });
        } else if (index < 5) {
          await api.prediction.judge.mutate({
            predictionId: created.id,
            version: created.version,
            outcome: index % 2 ? "FALSE" : "TRUE",
            resolvedAt: "2025-07-01",
            evidence: [`https://news.example/outcome-${run}-${index}`],
          });
        }
      }
      await api.question.judge.mutate({
        key: questionKey,
        version: question.version,
        outcome: "TRUE",
        resolvedAt: "2025-07-01",
      });
      // An open dispute: the prediction's page shows the Disputed badge, the dispute and the form.
      await api.dispute.create.mutate({
        predictionId: first!.id,
        text: `Access ${run}: the council only approved part of the plan.`,
        evidence: [`https://news.example/dispute-${run}`],
      });
      ids = { prediction: first!.id, source: first!.sourceId! };
    } finally {
      await browser.close();
    }
  }, 120_000);

  for (const colorScheme of ["light", "dark"] as const) {
    describe(`${colorScheme} theme`, () => {
      let browser: Browser;
      let page: Page;

      beforeAll(async () => {
        browser = await launchBrowser({ colorScheme });
        await useOwnAddress(browser.context);
        page = await browser.context.newPage();
      });
      afterAll(async () => {
        await browser?.close();
      });

      const check = async (paths: string[]) => {
        browser.expectFailedRequest(404, notFoundPath);
        const found: string[] = [];
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          for (const pagePath of paths) {
            const response = await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "networkidle" });
            expect(response?.status(), pagePath).toBe(pagePath === notFoundPath ? 404 : 200);
            for (const problem of await seriousViolations(page)) found.push(`${pagePath} at ${width}px: ${problem}`);
            const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            if (sideways > 0) found.push(`${pagePath} at ${width}px: the page scrolls sideways by ${sideways}px`);
          }
        }
        expect(found).toEqual([]);
      };

      it("has no serious violation and no sideways scroll on the public pages, signed out", async () => {
        await check(publicPages(ids));
      }, 240_000);

      it("has no serious violation and no sideways scroll on any page signed in as an admin", async () => {
        await signInQuietly(browser.context, baseUrl, inject("admin"));
        await check([...publicPages(ids).filter((pagePath) => pagePath !== "/sign-in"), ...signedInPages]);
      }, 300_000);
    });
  }
});
