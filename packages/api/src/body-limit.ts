import { MAX_LEDGER_CHARACTERS } from "@hindsight/domain";
import { TRPCError } from "@trpc/server";

/**
 * The largest tRPC request body, in bytes. The fetch adapter reads a body whole, with no limit of its
 * own, so without this one a single request could fill the server's memory. The largest ordinary
 * input is an article with its predictions (a source text of 2 million characters, up to 3 bytes
 * each in UTF-8 and some more once escaped in JSON): 16 MB holds it with room to spare.
 */
export const TRPC_MAX_BODY_BYTES = 16_000_000;

/**
 * The largest body of a ledger import (`ledger.import`): a file of MAX_LEDGER_CHARACTERS characters
 * sent as a JSON string, at most 4 bytes a character once encoded and escaped (the CLI allows the
 * same 4 bytes a character for a file on disk), and a megabyte for the rest of the call.
 */
export const TRPC_MAX_IMPORT_BODY_BYTES = MAX_LEDGER_CHARACTERS * 4 + 1_000_000;

/** The procedures that may carry a ledger file. */
const IMPORT_PROCEDURES = new Set(["ledger.import"]);

/**
 * The body limit of a tRPC call, from its path (`/api/trpc/ledger.import` or a batch,
 * `/api/trpc/a.b,c.d?batch=1`): the import's only when every procedure of the call is an import.
 */
export function trpcBodyLimit(pathname: string, endpoint = "/api/trpc"): number {
  const procedures = decodeURIComponentOrNull(pathname.slice(endpoint.length + 1))?.split(",") ?? [];
  const allImports = procedures.length > 0 && procedures.every((path) => IMPORT_PROCEDURES.has(path));
  return allImports ? TRPC_MAX_IMPORT_BODY_BYTES : TRPC_MAX_BODY_BYTES;
}

function decodeURIComponentOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function tooLarge(maxBytes: number): TRPCError {
  return new TRPCError({
    code: "PAYLOAD_TOO_LARGE",
    message: `The request body must be at most ${maxBytes.toLocaleString("en")} bytes`,
  });
}

/**
 * The same request, its body cut off at `maxBytes`: reading more makes the body fail with a tRPC
 * PAYLOAD_TOO_LARGE error (413), which tRPC answers in its own error shape, batches included. A body
 * that declares a larger Content-Length fails at once, before a byte of it is read.
 */
export function withBodyLimit(request: Request, maxBytes: number): Request {
  if (!request.body) return request;
  const declared = Number(request.headers.get("content-length") ?? 0);
  let body: ReadableStream<Uint8Array>;
  if (declared > maxBytes) {
    void request.body.cancel().catch(() => undefined);
    body = new ReadableStream({ start: (controller) => controller.error(tooLarge(maxBytes)) });
  } else {
    let size = 0;
    body = request.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxBytes) controller.error(tooLarge(maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    // Node's fetch needs this for a streamed body.
    duplex: "half",
  } as RequestInit & { duplex: "half" });
}

/**
 * A request's body as text, or null once it passes `maxBytes`: read a chunk at a time and given up
 * at the limit, so a body sent without Content-Length (chunked) cannot fill memory either.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  // Decoded as Request.text() does: UTF-8, a leading byte order mark dropped, bad bytes replaced.
  return new TextDecoder().decode(Buffer.concat(chunks));
}
