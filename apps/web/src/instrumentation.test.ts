import type * as Api from "@hindsight/api";
import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The check on a connection of its own, answered here by the test: which URLs it was asked about,
// and whether each "database" takes connections.
const answering = new Map<string, boolean>();
const asked: string[] = [];
/** While set, each check waits for it (to hold a check under way). */
let hold: Promise<void> | null = null;

vi.mock("@hindsight/api", async (importOriginal) => ({
  ...(await importOriginal<typeof Api>()),
  databaseAnswers: async (url: string) => {
    asked.push(url);
    if (hold) await hold;
    return answering.get(url) ?? true;
  },
}));

const { onRequestError } = await import("./instrumentation");
const { databaseRetryAfter } = await import("./server/availability");

const primary = "postgresql://app@primary.internal:5432/hindsight";
const replica = "postgresql://app@replica.internal:5432/hindsight";
const unavailable = () => new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "not reachable" });
const fail = (error: unknown) =>
  onRequestError(
    Object.assign(error as Error, { digest: "1" }),
    { path: "/", method: "GET", headers: {} },
    {
      routerKind: "App Router",
      routePath: "/",
      routeType: "render",
      renderSource: "react-server-components",
      revalidateReason: undefined,
    },
  );

// Each test starts a minute after the one before: past any window an earlier one opened.
const start = Date.now();
let minutes = 0;

beforeEach(() => {
  vi.stubEnv("DATABASE_URL", primary);
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  vi.useFakeTimers({ toFake: ["Date"] });
  minutes += 1;
  vi.setSystemTime(start + minutes * 60_000);
  answering.clear();
  asked.length = 0;
  hold = null;
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("onRequestError", () => {
  it("closes the pages for 5 s when the database no longer takes connections", async () => {
    answering.set(primary, false);
    await fail(unavailable());
    expect(asked).toEqual([primary]);
    expect(databaseRetryAfter()).toBe(5);
  });

  it("leaves the pages open when the database still takes connections (a busy pool, a slow statement)", async () => {
    await fail(unavailable());
    expect(asked).toEqual([primary]);
    expect(databaseRetryAfter()).toBe(0);
  });

  it("asks nothing for other errors", async () => {
    await fail(new TRPCError({ code: "NOT_FOUND", message: 'No analyst "Connection refused"' }));
    await fail(new Error("Cannot read properties of undefined"));
    expect(asked).toEqual([]);
    expect(databaseRetryAfter()).toBe(0);
  });

  it("does nothing in the Edge runtime (the proxy), where the check cannot run", async () => {
    vi.stubEnv("NEXT_RUNTIME", "edge");
    answering.set(primary, false);
    await fail(unavailable());
    expect(asked).toEqual([]);
    expect(databaseRetryAfter()).toBe(0);
  });

  it("checks once for a burst of failures", async () => {
    answering.set(primary, false);
    let answer = () => {};
    hold = new Promise((resolve) => (answer = resolve));
    const first = fail(unavailable());
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    // More failures while that check is under way ask nothing more.
    await fail(unavailable());
    await fail(unavailable());
    expect(asked).toHaveLength(1);
    answer();
    await first;
    expect(databaseRetryAfter()).toBe(5);
  });

  // Last: the app reads its configuration once, so the replica stays configured from here on.
  it("checks the replica too when there is one, and closes the pages when it is gone", async () => {
    vi.stubEnv("DATABASE_REPLICA_URL", replica);
    answering.set(replica, false);
    await fail(unavailable());
    expect(asked.toSorted()).toEqual([primary, replica].toSorted());
    expect(databaseRetryAfter()).toBe(5);
  });
});
