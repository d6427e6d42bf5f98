import { afterEach, describe, expect, it, vi } from "vitest";
import { CARD_SIZE } from "@/lib/share/share-urls";
import { cardImage } from "./card";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buffer.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe("cardImage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // Drawing the first card reads the fonts and starts the renderer's WebAssembly: seconds on a busy machine.
  it(
    "draws a PNG of 1200 × 630 with the shipped fonts, fetching nothing, whatever the text holds",
    { timeout: 60_000 },
    async () => {
      // The renderer loads its own WebAssembly from a data: URL; any other request (a font or an
      // emoji image it might go looking for) is recorded and refused.
      const realFetch = globalThis.fetch;
      const requested: string[] = [];
      vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
        const address = input instanceof Request ? input.url : String(input);
        if (address.startsWith("data:")) return realFetch(input, init);
        requested.push(address);
        return Promise.reject(new Error(`the card tried to download ${address}`));
      });
      const image = await cardImage(
        {
          kind: "Prediction",
          headline: "Tereza Novotná: Ελλάδα, Україна, Việt Nam, 中国 and 😀 all the same",
          byline: "Jane Doe in The Ledger, 2026-01-15",
          stats: [
            { label: "Probability", value: "70%", detail: "Stated by the analyst" },
            { label: "Outcome", value: "Partly true (credit 50%)" },
          ],
          summary: "",
        },
        "hindsight.example.org",
      );
      const bytes = new Uint8Array(await image.arrayBuffer());
      expect(image.headers.get("content-type")).toBe("image/png");
      expect(pngSize(bytes)).toEqual(CARD_SIZE);
      expect(requested).toEqual([]);
    },
  );
});
