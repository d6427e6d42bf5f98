import { readFile } from "node:fs/promises";
import path from "node:path";
import { fontCoverage } from "./font-coverage";

/**
 * The fonts of the share cards: Inter (SIL Open Font License), from the @fontsource/inter package,
 * read from disk when the first card is drawn, never downloaded. WOFF, not WOFF2, which the image
 * renderer cannot read. Each Unicode subset of the package is a font of its own name, because the
 * renderer keeps one font per name and weight and falls back across names for a missing glyph.
 */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"] as const;
const WEIGHTS = [400, 700] as const;

/** The family a card's text asks for first; the other subsets are found as fallbacks. */
export const CARD_FONT_FAMILY = "Inter latin";

export interface CardFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: "normal";
}

export interface CardFonts {
  fonts: CardFont[];
  /** Whether a code point is drawn by one of the fonts in every weight. */
  covers: (codePoint: number) => boolean;
}

/**
 * Where the font files are: the web app's node_modules, found from the working directory, which is
 * the app's folder under `next start`, `next dev` and the tests. (Not through the bundler: the files
 * are read at run time, as they are, from the installed package.)
 */
const fontFile = (subset: string, weight: number) =>
  path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files", `inter-${subset}-${weight}-normal.woff`);

async function loadFonts(): Promise<CardFonts> {
  const fonts = await Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight): Promise<CardFont> => {
        const data = await readFile(fontFile(subset, weight));
        return { name: `Inter ${subset}`, data, weight, style: "normal" };
      }),
    ),
  );
  const coverageOf = (weight: number) => {
    const covered = new Set<number>();
    for (const font of fonts.filter((each) => each.weight === weight))
      for (const codePoint of fontCoverage(font.data)) covered.add(codePoint);
    return covered;
  };
  const [regular, bold] = WEIGHTS.map(coverageOf);
  return { fonts, covers: (codePoint) => Boolean(regular?.has(codePoint) && bold?.has(codePoint)) };
}

let loaded: Promise<CardFonts> | null = null;

/** The card fonts, read once per process. */
export function cardFonts(): Promise<CardFonts> {
  loaded ??= loadFonts().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
