import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  readBodyText,
  TRPC_MAX_BODY_BYTES,
  TRPC_MAX_IMPORT_BODY_BYTES,
  trpcBodyLimit,
  withBodyLimit,
} from "./body-limit";

const t = initTRPC.create();
let runs = 0;
const router = t.router({
  echo: t.procedure.input(z.object({ text: z.string() })).mutation(({ input }) => {
    runs += 1;
    return input.text.length;
  }),
});

/** A call to the test router through tRPC's fetch adapter, its body limited as the web app's route does. */
async function call(path: string, init: RequestInit & { duplex?: "half" }, maxBytes: number) {
  const request = new Request(`http://localhost/api/trpc/${path}`, { method: "POST", ...init });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: withBodyLimit(request, maxBytes),
    router,
    createContext: () => ({}),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const json = { "content-type": "application/json" };

describe("trpcBodyLimit", () => {
  it("gives the import's limit only to calls that are all imports", () => {
    expect(trpcBodyLimit("/api/trpc/ledger.import")).toBe(TRPC_MAX_IMPORT_BODY_BYTES);
    expect(trpcBodyLimit("/api/trpc/ledger.import,ledger.import")).toBe(TRPC_MAX_IMPORT_BODY_BYTES);
    expect(trpcBodyLimit("/api/trpc/ledger.import,prediction.create")).toBe(TRPC_MAX_BODY_BYTES);
    expect(trpcBodyLimit("/api/trpc/prediction.create")).toBe(TRPC_MAX_BODY_BYTES);
    expect(trpcBodyLimit("/api/trpc/")).toBe(TRPC_MAX_BODY_BYTES);
    expect(trpcBodyLimit("/api/trpc/%E0%A4%A")).toBe(TRPC_MAX_BODY_BYTES);
  });

  it("leaves room for a ledger file of the largest size, and far less for anything else", () => {
    expect(TRPC_MAX_IMPORT_BODY_BYTES).toBe(401_000_000);
    expect(TRPC_MAX_BODY_BYTES).toBeLessThan(TRPC_MAX_IMPORT_BODY_BYTES / 10);
  });
});

describe("withBodyLimit", () => {
  it("lets a body within the limit through", async () => {
    runs = 0;
    const body = JSON.stringify({ text: "x".repeat(80) }); // {"text":" + 80 + "} = 91 bytes
    const answer = await call("echo", { headers: json, body }, 91);
    expect(answer).toEqual({ status: 200, body: { result: { data: 80 } } });
    const declared = await call("echo", { headers: { ...json, "content-length": "91" }, body }, 91);
    expect(declared).toEqual({ status: 200, body: { result: { data: 80 } } });
    expect(runs).toBe(2);
  });

  it("refuses a body one byte over the limit with 413, and the procedure does not run", async () => {
    runs = 0;
    const body = JSON.stringify({ text: "x".repeat(80) });
    const answer = await call("echo", { headers: json, body }, 90);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      error: {
        message: "The request body must be at most 90 bytes",
        data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 },
      },
    });
    expect(runs).toBe(0);
  });

  it("refuses a streamed body without Content-Length once it passes the limit", async () => {
    runs = 0;
    const chunk = new TextEncoder().encode(" ".repeat(1000));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const answer = await call("echo", { headers: json, body: endless, duplex: "half" }, 10_000);
    expect(answer.status).toBe(413);
    expect(runs).toBe(0);
    // It stopped reading soon after the limit instead of reading forever.
    expect(sent).toBeLessThan(100);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    let pulls = 0;
    const neverRead = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const answer = await call(
      "echo",
      { headers: { ...json, "content-length": "5000" }, body: neverRead, duplex: "half" },
      4999,
    );
    expect(answer.status).toBe(413);
    // A ReadableStream pulls once to fill its queue when made; nothing was read past that.
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it("answers a batch call over the limit with one error per call, in tRPC's batch shape", async () => {
    runs = 0;
    const body = JSON.stringify({ 0: { text: "a".repeat(50) }, 1: { text: "b".repeat(50) } });
    const answer = await call("echo,echo?batch=1", { headers: json, body }, 50);
    expect(answer.status).toBe(413);
    expect(answer.body).toHaveLength(2);
    expect(answer.body).toMatchObject([
      { error: { data: { code: "PAYLOAD_TOO_LARGE" } } },
      { error: { data: { code: "PAYLOAD_TOO_LARGE" } } },
    ]);
    expect(runs).toBe(0);
  });

  it("leaves a request without a body as it is", () => {
    const request = new Request("http://localhost/api/trpc/echo?input=%7B%7D");
    expect(withBodyLimit(request, 1)).toBe(request);
  });
});

describe("readBodyText", () => {
  const post = (body: string | ReadableStream<Uint8Array>) =>
    new Request("http://localhost/", { method: "POST", body, duplex: "half" } as RequestInit);

  it("reads a body within the limit as Request.text() would, byte order mark dropped", async () => {
    // Byte order mark 3 bytes, {"a":" 6, é 2, "} 2: 13 bytes.
    expect(await readBodyText(post('\uFEFF{"a":"é"}'), 13)).toBe('{"a":"é"}');
    expect(await readBodyText(new Request("http://localhost/"), 0)).toBe("");
  });

  it("gives up at the limit on a streamed body, without reading it all", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(new Uint8Array(1000));
      },
    });
    expect(await readBodyText(post(endless), 5000)).toBeNull();
    expect(sent).toBeLessThan(10);
  });

  it("counts bytes, not characters", async () => {
    // Four characters of three bytes each.
    expect(await readBodyText(post("€€€€"), 11)).toBeNull();
    expect(await readBodyText(post("€€€€"), 12)).toBe("€€€€");
  });
});
