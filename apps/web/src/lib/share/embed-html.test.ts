import { describe, expect, it } from "vitest";
import { embedHtml, type EmbedView } from "./embed-html";
import { trackRecordFigure } from "./track-record";

const NOW = new Date("2026-06-01T00:00:00Z");
const HOSTILE = `<img src=x onerror="alert(1)"> & </style><script>alert(2)</script>`;

const view = (overrides: Partial<EmbedView>): EmbedView => ({
  name: "Jane Doe",
  affiliation: "Chief economist",
  figure: trackRecordFigure({ scored: 12, brier: 0.1834, brierInterval: [0.1204, 0.2496] }),
  predictions: 20,
  judged: 14,
  latest: [{ claim: "Rates fall", probability: 0.7, outcome: "TRUE", url: "https://h.example/predictions/p1" }],
  url: "https://h.example/analysts/jane-doe",
  ...overrides,
});

describe("embedHtml", () => {
  it("shows the name, Brier with its interval and n, the counts and the latest judged predictions", () => {
    const html = embedHtml(view({}), NOW);
    expect(html).toContain('<a href="https://h.example/analysts/jane-doe" target="_blank" rel="noopener">Jane Doe</a>');
    expect(html).toContain('<p class="figure" data-figure="scored">Brier 0.183</p>');
    expect(html).toContain("95% interval 0.120–0.250, n = 12");
    expect(html).toContain("20 predictions logged, 14 judged");
    expect(html).toContain(
      '<li><a href="https://h.example/predictions/p1" target="_blank" rel="noopener">Rates fall</a><span>70% · True</span></li>',
    );
  });

  it("says there are not enough judged predictions below the scoreboard's minimum", () => {
    const html = embedHtml(view({ figure: trackRecordFigure({ scored: 2, brier: 0, brierInterval: null }) }), NOW);
    expect(html).toContain('data-figure="too-few">not enough judged predictions</p>');
    expect(html).toContain("n = 2, 5 needed to be ranked");
    expect(html).not.toContain("Brier 0.000");
  });

  it("has no script and escapes every stored text", () => {
    const html = embedHtml(
      view({
        name: HOSTILE,
        affiliation: HOSTILE,
        latest: [{ claim: HOSTILE, probability: 0.5, outcome: null, url: "https://h.example/p" }],
      }),
      NOW,
    );
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html).not.toContain("</style><");
    expect(html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#60;/style&#62;&#60;script&#62;");
    expect(html.match(/<style>/g)).toHaveLength(1);
  });
});
