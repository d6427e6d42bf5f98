import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach } from "vitest";

/** Debian's Chromium, driven by playwright-core (never a downloaded browser: the machine is offline). */
export const chromiumPath = "/usr/bin/chromium";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
  /**
   * Lets console errors matching `pattern` pass, for the running test only: for a test that
   * provokes an error on purpose and expects the browser to log it. The pattern is tested against
   * the message followed by where it came from: "Failed to load resource: the server responded with
   * a status of 409 (Conflict) (http://127.0.0.1:3000/api/trpc/prediction.judge?batch=1)". Keep it
   * narrow: every other console error, and every uncaught page error, still fails the test.
   */
  allowConsoleErrors: (pattern: RegExp) => void;
  /**
   * The common case of allowConsoleErrors: Chromium logs every request answered with an error
   * status as "Failed to load resource", so a test that expects the server to refuse something
   * (a 409 for a stale version, a 401 signed out) names the status and the address it expects.
   */
  expectFailedRequest: (status: number, url: string | RegExp) => void;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches Chromium's console message for a request to `url` answered with `status`. */
export function failedRequest(status: number, url: string | RegExp): RegExp {
  const address = typeof url === "string" ? escapeRegExp(url) : url.source;
  return new RegExp(
    `^Failed to load resource: the server responded with a status of ${status} \\(.*\\) \\(\\S*${address}\\S*\\)$`,
  );
}

/** A console error or an uncaught exception a page reported. */
interface BrowserProblem {
  kind: "console error" | "page error";
  text: string;
  /** The page's address when it happened, and the script position the console gave, if any. */
  where: string;
}

/**
 * Every browser this test file launched that is still collecting. The hooks below run after each
 * test of every file that imports this module (Vitest evaluates it afresh for each file), so a
 * console error or an uncaught exception on any page fails the test it happened in, without each
 * file having to ask.
 */
const collectors = new Set<{ take: () => BrowserProblem[]; endTest: () => void }>();

function describeProblems(problems: readonly BrowserProblem[]): string {
  const lines = problems.map((problem) => `- ${problem.kind} on ${problem.where}: ${problem.text}`);
  return `The browser reported ${problems.length === 1 ? "an error" : `${problems.length} errors`}:\n${lines.join("\n")}`;
}

function failOnProblems() {
  const problems = [...collectors].flatMap((collector) => collector.take());
  for (const collector of collectors) collector.endTest();
  if (problems.length > 0) throw new Error(describeProblems(problems));
}

afterEach(failOnProblems);
// What arrives after the last test's check (an error logged while its page was still loading).
afterAll(failOnProblems);

function watch(context: BrowserContext) {
  const problems: BrowserProblem[] = [];
  let allowed: RegExp[] = [];
  const follow = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const { url, lineNumber } = message.location();
      const text = `${message.text()}${url ? ` (${url}${lineNumber ? `:${lineNumber}` : ""})` : ""}`;
      if (allowed.some((pattern) => pattern.test(text))) return;
      problems.push({ kind: "console error", text, where: page.url() });
    });
    page.on("pageerror", (error) => {
      problems.push({ kind: "page error", text: error.stack ?? error.message, where: page.url() });
    });
  };
  context.pages().forEach(follow);
  context.on("page", follow);
  const collector = {
    take: () => problems.splice(0, problems.length),
    endTest: () => {
      allowed = [];
    },
  };
  collectors.add(collector);
  return {
    allow: (pattern: RegExp) => {
      allowed.push(pattern);
    },
    stop: () => {
      // Keep what was seen for the next check, but stop listening.
      context.off("page", follow);
    },
    collector,
  };
}

/**
 * A fresh profile for each run, removed on close. Every page of the browser is watched: a console
 * error or an uncaught exception fails the running test (see allowConsoleErrors for the exception).
 */
export async function launchBrowser(options: { colorScheme?: "light" | "dark" } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "hindsight-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: "en-GB",
  });
  const watcher = watch(context);
  return {
    context,
    allowConsoleErrors: watcher.allow,
    expectFailedRequest: (status, url) => watcher.allow(failedRequest(status, url)),
    close: async () => {
      watcher.stop();
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
