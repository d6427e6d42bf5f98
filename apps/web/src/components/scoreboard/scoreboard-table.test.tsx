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

const render = (lines: ScoreboardLineView[], sort: "rank" | "refSkill" | "rankHigh" = "rank") =>
  renderToStaticMarkup(
    <ScoreboardTable
      lines={lines}
      minScored={5}
      ranked={2}
      sort={sort}
      dir="asc"
      onSort={() => undefined}
      filtered={false}
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
