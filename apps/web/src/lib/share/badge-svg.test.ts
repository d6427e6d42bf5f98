import { describe, expect, it } from "vitest";
import { badgeSvg, badgeValue } from "./badge-svg";
import { trackRecordFigure } from "./track-record";

const HOSTILE = `Eve <script>alert(1)</script> & "Mallory" 'x' ]]> <!--`;

describe("badgeValue", () => {
  it("shows Brier with its interval and n once the analyst has the scoreboard's minimum", () => {
    const figure = trackRecordFigure({ scored: 12, brier: 0.1834, brierInterval: [0.1204, 0.2496] });
    expect(badgeValue(figure)).toBe("Brier 0.183 (0.120–0.250) n=12");
  });

  it("says there are not enough judged predictions below the minimum (5), with n", () => {
    const figure = trackRecordFigure({ scored: 4, brier: 0.01, brierInterval: [0, 0.05] });
    expect(figure).toEqual({ kind: "too-few", n: 4, minScored: 5 });
    expect(badgeValue(figure)).toBe("not enough judged predictions (n=4)");
  });

  it("takes exactly the minimum as enough, and no Brier as not enough", () => {
    expect(trackRecordFigure({ scored: 5, brier: 0.2, brierInterval: null }).kind).toBe("scored");
    expect(trackRecordFigure({ scored: 5, brier: null, brierInterval: null }).kind).toBe("too-few");
    expect(badgeValue(trackRecordFigure({ scored: 5, brier: 0.2, brierInterval: null }))).toBe("Brier 0.200 n=5");
  });
});

describe("badgeSvg", () => {
  const svg = badgeSvg({
    name: HOSTILE,
    figure: trackRecordFigure({ scored: 7, brier: 0.25, brierInterval: [0.1, 0.4] }),
  });

  it("escapes the analyst's name wherever it appears, so it stays text", () => {
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<!--");
    expect(svg).not.toContain("]]>");
    expect(svg).not.toContain('"Mallory"');
    const escaped =
      "Eve &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Mallory&#34; &#39;x&#39; ]]&#62; &#60;!--";
    expect(svg).toContain(`<title>${escaped}: Brier 0.250 (95% interval 0.100–0.400, n = 7) on Hindsight</title>`);
    expect(svg).toContain(`aria-label="${escaped}: Brier 0.250`);
  });

  it("is a self-contained SVG: no script, no external reference, only the SVG namespace", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|href=|url\(|@import|on\w+=/i);
    // Only the standard namespace's address: nothing to load.
    expect(svg.match(/https?:\/\/[^"\s]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
  });

  it("sizes the two parts to their texts: 7 px a character and 10 px of padding each", () => {
    // "Hindsight": 9 characters -> 73; "Brier 0.250 (0.100–0.400) n=7": 29 characters -> 213.
    expect(svg).toContain('width="286" height="20" viewBox="0 0 286 20"');
    expect(svg).toContain('<text x="5" y="14" textLength="63" lengthAdjust="spacingAndGlyphs">Hindsight</text>');
    expect(svg).toContain(
      '<text x="78" y="14" textLength="203" lengthAdjust="spacingAndGlyphs">Brier 0.250 (0.100–0.400) n=7</text>',
    );
  });
});
