import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fontCoverage } from "./font-coverage";

const files = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
const inter = (subset: string) => readFileSync(path.join(files, `inter-${subset}-400-normal.woff`));

/** The package's own statement of each subset's Unicode range ("U+0000-00FF,U+0131,..."). */
const declared = JSON.parse(
  readFileSync(path.join(process.cwd(), "node_modules", "@fontsource", "inter", "unicode.json"), "utf8"),
) as Record<string, string>;

function inRanges(ranges: string, codePoint: number): boolean {
  return ranges.split(",").some((range) => {
    const [low = "", high = low] = range.replace(/^U\+/, "").split("-");
    return codePoint >= parseInt(low, 16) && codePoint <= parseInt(high, 16);
  });
}

/** A minimal sfnt with one cmap table (format 4 with the given segments), and its WOFF form. */
function sfntWithCmap(segments: { start: number; end: number; delta: number }[]) {
  const all = [...segments, { start: 0xffff, end: 0xffff, delta: 1 }];
  const subtable = Buffer.alloc(14 + all.length * 8 + 2);
  subtable.writeUInt16BE(4, 0);
  subtable.writeUInt16BE(subtable.length, 2);
  subtable.writeUInt16BE(all.length * 2, 6);
  all.forEach((segment, index) => {
    subtable.writeUInt16BE(segment.end, 14 + index * 2);
    subtable.writeUInt16BE(segment.start, 16 + all.length * 2 + index * 2);
    subtable.writeUInt16BE(segment.delta & 0xffff, 16 + all.length * 4 + index * 2);
  });
  const cmap = Buffer.concat([Buffer.from([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12]), subtable]);
  const header = Buffer.alloc(12 + 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(1, 4);
  header.write("cmap", 12, "latin1");
  header.writeUInt32BE(28, 20);
  header.writeUInt32BE(cmap.length, 24);
  const sfnt = Buffer.concat([header, cmap]);
  const compressed = deflateSync(cmap);
  const woffHeader = Buffer.alloc(44 + 20);
  woffHeader.write("wOFF", 0, "latin1");
  woffHeader.writeUInt16BE(1, 12);
  woffHeader.write("cmap", 44, "latin1");
  woffHeader.writeUInt32BE(64, 48);
  woffHeader.writeUInt32BE(compressed.length, 52);
  woffHeader.writeUInt32BE(cmap.length, 56);
  return { sfnt, woff: Buffer.concat([woffHeader, compressed]) };
}

describe("fontCoverage", () => {
  it("reads a format 4 cmap from a TrueType file and from its compressed WOFF form alike", () => {
    // A..C map to glyphs 1..3 (delta 1 - 65); 0x4E2D maps to glyph 0, the missing glyph.
    const { sfnt, woff } = sfntWithCmap([
      { start: 0x41, end: 0x43, delta: 1 - 0x41 },
      { start: 0x4e2d, end: 0x4e2d, delta: -0x4e2d },
    ]);
    expect([...fontCoverage(sfnt)].sort((a, b) => a - b)).toEqual([0x41, 0x42, 0x43]);
    expect([...fontCoverage(woff)].sort((a, b) => a - b)).toEqual([0x41, 0x42, 0x43]);
  });

  it("refuses WOFF2, which the renderer cannot read either", () => {
    expect(() => fontCoverage(Buffer.from("wOF2\0\0\0\0"))).toThrow(/WOFF2/);
  });

  it.each(["latin", "latin-ext", "cyrillic", "greek", "vietnamese"])(
    "finds Inter's %s glyphs within the range the package declares for it (but for a few shared basics)",
    (subset) => {
      const covered = fontCoverage(inter(subset));
      expect(covered.size).toBeGreaterThan(50);
      const outside = [...covered].filter((codePoint) => !inRanges(declared[subset] ?? "", codePoint));
      // Each subset also carries a handful of glyphs it composes with (space, no-break space, accents).
      expect(outside.length).toBeLessThanOrEqual(covered.size * 0.05);
    },
  );

  it("knows which shipped subset draws a letter, and that none draws an ideograph or an emoji", () => {
    const latin = fontCoverage(inter("latin"));
    const latinExt = fontCoverage(inter("latin-ext"));
    const cyrillic = fontCoverage(inter("cyrillic"));
    expect(latin.has("A".codePointAt(0) ?? 0)).toBe(true);
    expect(latin.has("–".codePointAt(0) ?? 0)).toBe(true);
    expect(latin.has("š".codePointAt(0) ?? 0)).toBe(false);
    expect(latinExt.has("š".codePointAt(0) ?? 0)).toBe(true);
    expect(cyrillic.has("Ж".codePointAt(0) ?? 0)).toBe(true);
    for (const font of [latin, latinExt, cyrillic]) {
      expect(font.has(0x4e2d)).toBe(false);
      expect(font.has(0x1f600)).toBe(false);
    }
  });
});
