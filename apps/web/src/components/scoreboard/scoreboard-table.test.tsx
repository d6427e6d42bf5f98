import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ScoreboardTable, type ScoreboardLineView } from "./scoreboard-table";

const line = (fields: Partial<ScoreboardLineView> & Pick<ScoreboardLineView, "slug" | "name">): ScoreboardLineView => ({
  predictions: 5,
  scored: 5,
  brier: 0.1,
  brierInterval: [0.05, 0.15],
  logLoss: 0.3,
  hitRate: 0.8,
  adjustedBrier: 0.11,
  rank: 1,
  refSkill: null,
  refN: 0,
  relBrier: null,
  sharedN: 0,
  rankLow: 1,
  rankHigh: 1,
  section: "ranked",
  ...fields,
});

const render = (
  lines: ScoreboardLineView[],
  sort: "rank" | "refSkill" | "rankHigh" = "rank",
  filterWords: string | null = null,
) =>
  renderToStaticMarkup(
    <ScoreboardTable
      lines={lines}
      minScored={5}
      ranked={2}
      sort={sort}
      dir="asc"
      onSort={() => undefined}
      filterWords={filterWords}
    />,
  );

describe("ScoreboardTable's fair comparison", () => {
  it("shows refSkill and relBrier signed with their n, a dash when there is none", () => {
    const html = render([
      line({ slug: "uma", name: "Uma", refSkill: 0.21153846, refN: 2, relBrier: -0.18455, sharedN: 2 }),
      line({ slug: "al", name: "Al", rank: 2, rankLow: 2, rankHigh: 2 }),
    ]);
    expect(html).toContain("+0.212");
    expect(html).toContain('n 2<span class="sr-only"> with a reference</span>');
    expect(html).toContain("−0.185");
    expect(html).toContain('n 2<span class="sr-only"> shared questions</span>');
    expect(html).toContain("no prediction with a reference");
    expect(html).toContain("no shared question");
  });

  it("flags a rank that depends on the reading of hedge words with an icon and words, and explains it below", () => {
    const html = render([
      line({ slug: "uma", name: "Uma", rank: 2, rankLow: 2, rankHigh: 3 }),
      line({ slug: "nora", name: "Nora", rank: 1, rankLow: 1, rankHigh: 1 }),
    ]);
    expect(html).toContain(
      'title="The rank depends on how hedge words are read: 2 with hedge words read low, 3 read high" data-testid="hedge-flag"',
    );
    expect(html).toContain('<span data-testid="figure">2–3</span>');
    expect(html).toContain(", depends on how hedge words are read: ");
    expect(html).toContain("lucide-message-square-warning");
    expect(html).toContain('data-testid="hedge-legend"');
  });

  it("has no legend when no rank moves", () => {
    expect(render([line({ slug: "nora", name: "Nora" })])).not.toContain("hedge-legend");
  });

  it("groups the three columns under Fair comparison and marks the sorted one", () => {
    const html = render([line({ slug: "nora", name: "Nora" })], "refSkill");
    expect(html).toContain('<colgroup span="7"></colgroup><colgroup span="3"></colgroup>');
    expect(html).toContain('<th scope="colgroup" colSpan="3"');
    expect(html).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><button[^>]*data-testid="sort-refSkill"/);
    expect(html).toContain("sorted by skill against the reference forecasts, ascending");
  });

  it("marks the rank range's header sorted when sorted by either reading", () => {
    const html = render([line({ slug: "nora", name: "Nora" })], "rankHigh");
    expect(html).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><span[^>]*>Rank range/);
    expect(html).toContain("sorted by rank with hedge words read at the high end, ascending");
  });
});

describe("ScoreboardTable's lines with nothing scored and its caption", () => {
  it("shows n/a, never a bold adjusted Brier, for an analyst with nothing scored", () => {
    // Shrinkage gives an analyst with nothing scored the population's Brier (0.19 here).
    const html = render([
      line({
        slug: "dan",
        name: "Dan",
        scored: 0,
        brier: null,
        brierInterval: null,
        logLoss: null,
        hitRate: null,
        adjustedBrier: 0.19,
        rank: null,
        rankLow: null,
        rankHigh: null,
        section: "unranked",
      }),
    ]);
    expect(html).not.toContain("0.190");
    const cells = html.match(/data-column="(brier|logLoss|hitRate|adjustedBrier)"[^>]*>.*?<\/td>/g) ?? [];
    expect(cells).toHaveLength(4);
    for (const cell of cells) expect(cell).toContain('data-testid="not-available">n/a');
    expect(html).toContain("nothing scored yet");
    expect(html).not.toMatch(/font-semibold tabular-nums" data-column="adjustedBrier"/);
  });

  it("keeps the figures of an analyst with something scored", () => {
    const html = render([line({ slug: "nora", name: "Nora" })]);
    expect(html).toContain('data-column="adjustedBrier">0.110</td>');
    expect(html).not.toContain("not-available");
  });

  it("says which predictions the ranking is over: all of them, or the filter's in words", () => {
    expect(render([line({ slug: "nora", name: "Nora" })])).toContain(
      "Analysts ranked by adjusted Brier score over all their predictions; sorted by Rank",
    );
    expect(render([line({ slug: "nora", name: "Nora" })], "rank", "tagged “Korea” and made in 2025")).toContain(
      "Analysts ranked by adjusted Brier score over their predictions tagged “Korea” and made in 2025; sorted by Rank",
    );
  });
});
