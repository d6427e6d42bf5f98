import { ImageResponse } from "next/og";
import type { CardStat, CardView } from "@/lib/share/card-views";
import { CARD_SIZE } from "@/lib/share/share-urls";
import { drawableText } from "./card-text";
import { CARD_FONT_FAMILY, cardFonts } from "./fonts";

const colors = { background: "#fafbfc", text: "#15171f", muted: "#5b6170", rule: "#dfe2e8", accent: "#2f5bd3" };

/** Drawn text, limited to what the card has room for. */
type Fit = (text: string, maxLength: number) => string;

function Stat({ stat, fit }: { stat: CardStat; fit: Fit }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", flex: 1, marginRight: 40 }}>
      <div style={{ fontSize: 26, color: colors.muted }}>{fit(stat.label, 40)}</div>
      <div style={{ fontSize: stat.value.length > 12 ? 38 : 60, fontWeight: 700, lineHeight: 1.15 }}>
        {fit(stat.value, 40)}
      </div>
      {stat.detail ? <div style={{ fontSize: 24, color: colors.muted }}>{fit(stat.detail, 48)}</div> : null}
    </div>
  );
}

/**
 * The card as a PNG of CARD_SIZE, drawn with the shipped fonts only (every character they cannot
 * draw replaced first, card-text.ts). Cached by browsers and crawlers for five minutes.
 */
export async function cardImage(view: CardView, site: string): Promise<ImageResponse> {
  const { fonts, covers } = await cardFonts();
  const fit: Fit = (text, maxLength) => drawableText(text, covers, maxLength);
  const headlineSize = view.headline.length > 140 ? 40 : view.headline.length > 70 ? 50 : 62;
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        padding: "56px 72px",
        background: colors.background,
        color: colors.text,
        fontFamily: CARD_FONT_FAMILY,
        borderTop: `16px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: colors.muted, letterSpacing: 1 }}>
        <span style={{ fontWeight: 700, color: colors.accent, marginRight: 16 }}>HINDSIGHT</span>
        <span>{fit(view.kind, 60)}</span>
      </div>
      <div style={{ display: "flex", fontSize: headlineSize, fontWeight: 700, lineHeight: 1.2, marginTop: 28 }}>
        {fit(view.headline, 220)}
      </div>
      {view.byline ? (
        <div style={{ display: "flex", fontSize: 30, color: colors.muted, marginTop: 16 }}>{fit(view.byline, 90)}</div>
      ) : null}
      <div style={{ display: "flex", flexGrow: 1 }} />
      <div style={{ display: "flex", borderTop: `2px solid ${colors.rule}`, paddingTop: 28 }}>
        {view.stats.map((stat, index) => (
          <Stat key={index} stat={stat} fit={fit} />
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 22, color: colors.muted, marginTop: 20 }}>{fit(site, 80)}</div>
    </div>,
    {
      ...CARD_SIZE,
      fonts,
      headers: { "cache-control": "public, max-age=300" },
    },
  );
}
