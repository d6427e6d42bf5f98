import { inflateSync } from "node:zlib";

/**
 * The code points a font has a glyph for, read from its `cmap` table. The share cards (next/og)
 * ask for every character they draw: one that no shipped font covers would make the renderer fetch
 * a font or an emoji image from the internet, which this app never does, so the cards replace such
 * characters first (card-text.ts) and need to know exactly which ones the fonts cover.
 *
 * Reads TrueType/OpenType (sfnt) files and WOFF 1.0 (whose tables are zlib-compressed sfnt tables);
 * `cmap` subtables of format 4 (the Basic Multilingual Plane) and 12 (all of Unicode).
 */

/** A table's bytes, by its four-letter tag. */
function tableOf(font: Buffer, tag: string): Buffer {
  const signature = font.toString("latin1", 0, 4);
  if (signature === "wOFF") {
    const count = font.readUInt16BE(12);
    for (let index = 0; index < count; index++) {
      const entry = 44 + index * 20;
      if (font.toString("latin1", entry, entry + 4) !== tag) continue;
      const offset = font.readUInt32BE(entry + 4);
      const compressed = font.readUInt32BE(entry + 8);
      const original = font.readUInt32BE(entry + 12);
      const bytes = font.subarray(offset, offset + compressed);
      return compressed < original ? inflateSync(bytes) : bytes;
    }
  } else if (signature === "wOF2") {
    throw new Error(
      "WOFF2 fonts are not supported (the image renderer cannot read them either): ship TTF, OTF or WOFF",
    );
  } else {
    const count = font.readUInt16BE(4);
    for (let index = 0; index < count; index++) {
      const entry = 12 + index * 16;
      if (font.toString("latin1", entry, entry + 4) !== tag) continue;
      const offset = font.readUInt32BE(entry + 8);
      return font.subarray(offset, offset + font.readUInt32BE(entry + 12));
    }
  }
  throw new Error(`The font has no ${tag} table`);
}

/** Code points of a format 4 subtable that map to a glyph other than 0 (the missing glyph). */
function format4(cmap: Buffer, start: number, into: Set<number>): void {
  const segments = cmap.readUInt16BE(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const first = cmap.readUInt16BE(starts + segment * 2);
    const last = cmap.readUInt16BE(ends + segment * 2);
    const delta = cmap.readUInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = first; code <= last && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (code - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

/** Code points of a format 12 subtable that map to a glyph other than 0. */
function format12(cmap: Buffer, start: number, into: Set<number>): void {
  const groups = cmap.readUInt32BE(start + 12);
  for (let group = 0; group < groups; group++) {
    const at = start + 16 + group * 12;
    const first = cmap.readUInt32BE(at);
    const last = cmap.readUInt32BE(at + 4);
    const firstGlyph = cmap.readUInt32BE(at + 8);
    for (let code = first; code <= last; code++) if (firstGlyph + (code - first) !== 0) into.add(code);
  }
}

/** Every code point the font (sfnt or WOFF bytes) draws with a glyph of its own. */
export function fontCoverage(font: Buffer): Set<number> {
  const cmap = tableOf(font, "cmap");
  const count = cmap.readUInt16BE(2);
  const covered = new Set<number>();
  // Unicode subtables only: platform 0 (Unicode), or 3 (Windows) with encoding 1 (BMP) or 10 (full).
  let found = false;
  for (let index = 0; index < count; index++) {
    const record = 4 + index * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const start = cmap.readUInt32BE(record + 4);
    const format = cmap.readUInt16BE(start);
    if (format === 4) format4(cmap, start, covered);
    else if (format === 12) format12(cmap, start, covered);
    else continue;
    found = true;
  }
  if (!found) throw new Error("The font has no Unicode cmap subtable of format 4 or 12");
  return covered;
}
