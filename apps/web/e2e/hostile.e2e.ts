import { describe, expect, inject, it } from "vitest";

/**
 * Hostile addresses against the built app (`next start`): malformed percent-encoding, NUL
 * characters, dates and numbers out of range. Pages answer a 400 page naming the parameter, the API
 * its JSON error; nothing is a 500 (Next itself answers a plain-text 500 to a path it cannot
 * decode, unless the proxy refuses it first).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");

async function get(path: string) {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("pages", () => {
  it.each([
    ["/predictions/%E0%A4%A", "is malformed percent-encoding (not UTF-8)"],
    ["/predictions/%ZZ", "is malformed percent-encoding (not UTF-8)"],
    ["/analysts/%ED%A0%80", "is malformed percent-encoding (not UTF-8)"],
    ["/sources/a%00b", "The address may not contain the NUL character (U+0000)"],
    ["/?q=%00", "q may not contain the NUL character (U+0000)"],
    ["/?q=%ZZ", "q is malformed percent-encoding (not UTF-8)"],
    ["/questions?status=open&q=%E0%A4%A", "q is malformed percent-encoding (not UTF-8)"],
    ["/?madeFrom=99999-01-01", "madeFrom must be a date between the years 1000 and 9999"],
    ["/?madeTo=-5000-01-01", "madeTo must be a date between the years 1000 and 9999"],
    ["/scoreboard?minScored=1e999", "minScored must be a number of at most 1,000,000,000"],
    ["/scoreboard?from=0000-01", "from must be a date between the years 1000 and 9999"],
    ["/?madeFrom=2025-02-30", "madeFrom is not a date: 2025-02-30 (February 2025 has 28 days)"],
    [`/questions?q=${"x".repeat(2001)}`, "q is longer than the 2,000 characters a parameter may have"],
  ])("%s is a 400 page naming what is wrong", async (path, message) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    // The page's security headers, as on every page.
    expect(answer.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(answer.text).toContain("<h1>This address is not valid</h1>");
    expect(answer.text).toContain(message.replace(/"/g, "&#34;"));
    expect(answer.text).not.toContain("<script");
  });

  it.each([
    "/?cursor=garbage",
    "/?madeFrom=soon",
    "/scoreboard?minScored=five",
    "/?q=100%25",
    "/questions?q=caf%C3%A9",
  ])("%s is served: what a page can drop by itself is not refused", async (path) => {
    expect((await get(path)).status).toBe(200);
  });
});

describe("the API", () => {
  it.each(["/api/v1/predictions/%ZZ", "/api/v1/predictions/%E0%A4%A", "/api/v1/analysts/%ED%A0%80"])(
    "%s is a 400 in the REST error shape",
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(400);
      const body = JSON.parse(answer.text) as { error: { code: string; message: string; fieldErrors: object } };
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message).toMatch(/is malformed percent-encoding \(not UTF-8\)$/);
      expect(Object.keys(body.error.fieldErrors)).toEqual(["path"]);
    },
  );

  it.each([
    ["/api/v1/predictions?q=%ZZ", "q"],
    ["/api/v1/predictions?limit=5&q=%E0%A4%A", "q"],
    ["/api/v1/analysts?%FF=1", "%FF"],
  ])("%s (malformed percent-encoding in the query) is a 400 naming the parameter", async (path, parameter) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.text) as { error: { code: string; fieldErrors: Record<string, string> } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.fieldErrors)).toEqual([parameter]);
    expect(body.error.fieldErrors[parameter]).toMatch(/malformed percent-encoding/);
  });

  it("reads a percent sign sent encoded as text", async () => {
    const answer = await get("/api/v1/predictions?q=100%25");
    expect(answer.status).toBe(200);
  });

  it("answers a NUL in a path, a query or a forged cursor with 400 naming it", async () => {
    const nul = await get("/api/v1/questions/q-%00");
    expect(nul.status).toBe(400);
    expect(JSON.parse(nul.text)).toMatchObject({ error: { code: "BAD_REQUEST" } });
    const cursor = Buffer.from("-100000-01-01T00:00:00.000Z|x", "utf8").toString("base64url");
    const forged = await get(`/api/v1/predictions?cursor=${cursor}`);
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.text)).toMatchObject({ error: { fieldErrors: { cursor: "Not a valid cursor" } } });
  });
});

describe("tRPC", () => {
  it("refuses a body past its limit with 413 in tRPC's error shape, before reading it all", async () => {
    // 17 MB of JSON to a public mutation whose calls may carry at most 16 MB (TRPC_MAX_BODY_BYTES).
    const body = JSON.stringify({ q: "x".repeat(17_000_000) });
    const response = await fetch(`${baseUrl}/api/trpc/dispute.createPublic`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(413);
    // The app's transformer (superjson) wraps the error in `json`.
    expect(await response.json()).toMatchObject({
      error: {
        json: {
          message: "The request body must be at most 16,000,000 bytes",
          data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 },
        },
      },
    });
  });
});

describe("tRPC batches", () => {
  const batch = (size: number) =>
    fetch(
      `${baseUrl}/api/trpc/${Array.from({ length: size }, () => "prediction.list").join(",")}?batch=1&input=%7B%7D`,
    );

  it("runs a batch of up to 20 calls (TRPC_MAX_BATCH_SIZE)", async () => {
    const response = await batch(20);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(20);
  });

  it("refuses a larger batch with 400 before running any call of it", async () => {
    const response = await batch(21);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("Batch call exceeds maximum size");
  });
});
