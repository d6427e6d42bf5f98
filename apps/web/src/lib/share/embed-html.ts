import type { Outcome } from "@hindsight/domain";
import { formatPercent } from "@/lib/format";
import { outcomeText } from "./card-views";
import { figureDetail, figureValue, type TrackRecordFigure } from "./track-record";
import { escapeXml } from "./xml";

export interface EmbedPrediction {
  claim: string;
  probability: number;
  outcome: Outcome | null;
  /** The prediction's page, absolute. */
  url: string;
}

export interface EmbedView {
  name: string;
  affiliation: string | null;
  figure: TrackRecordFigure;
  predictions: number;
  judged: number;
  /** The latest judged predictions, newest first. */
  latest: EmbedPrediction[];
  /** The analyst's page on Hindsight, absolute. */
  url: string;
}

const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #15171f; --muted: #5b6170; --rule: #dfe2e8; --accent: #2f5bd3; }
@media (prefers-color-scheme: dark) { :root { --bg: #15171f; --fg: #eef0f4; --muted: #a3a9b7; --rule: #343846; --accent: #8aa8ff; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 12px 14px; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--fg); }
a { color: inherit; }
header { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
h1 { margin: 0; font-size: 16px; overflow-wrap: anywhere; }
.site { color: var(--accent); font-weight: 600; font-size: 12px; white-space: nowrap; }
.affiliation, .detail, .counts { color: var(--muted); font-size: 12px; margin: 0; overflow-wrap: anywhere; }
.figure { margin: 10px 0 2px; font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure.too-few { font-size: 16px; }
ol { list-style: none; margin: 10px 0 0; padding: 10px 0 0; border-top: 1px solid var(--rule); }
li { display: flex; gap: 8px; justify-content: space-between; margin: 0 0 6px; font-size: 13px; }
li a { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
li span { color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
`;

function latestList(view: EmbedView, now: Date): string {
  if (view.latest.length === 0) return "";
  const items = view.latest.map(
    (prediction) =>
      `<li><a href="${escapeXml(prediction.url)}" target="_blank" rel="noopener">${escapeXml(prediction.claim)}</a>` +
      `<span>${escapeXml(formatPercent(prediction.probability))} · ${escapeXml(outcomeText(prediction.outcome, null, null, now))}</span></li>`,
  );
  return `<ol aria-label="Latest judged predictions">${items.join("")}</ol>`;
}

/**
 * The analyst's compact track record for another site's iframe: a whole HTML document with its
 * own styles and no script, every stored text escaped, links opening on Hindsight in a new tab.
 */
export function embedHtml(view: EmbedView, now: Date): string {
  const { figure } = view;
  const title = `${view.name}: track record on Hindsight`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1><a href="${escapeXml(view.url)}" target="_blank" rel="noopener">${escapeXml(view.name)}</a></h1><a class="site" href="${escapeXml(view.url)}" target="_blank" rel="noopener">Hindsight</a></header>
${view.affiliation ? `<p class="affiliation">${escapeXml(view.affiliation)}</p>` : ""}
<p class="figure${figure.kind === "too-few" ? " too-few" : ""}" data-figure="${figure.kind}">${figure.kind === "scored" ? "Brier " : ""}${escapeXml(figureValue(figure))}</p>
<p class="detail">${escapeXml(figureDetail(figure))}${figure.kind === "scored" ? " · lower is better, 0.250 is always saying 50%" : ""}</p>
<p class="counts">${view.predictions} ${view.predictions === 1 ? "prediction" : "predictions"} logged, ${view.judged} judged</p>
${latestList(view, now)}
</main>
</body>
</html>
`;
}
