import { env } from "@/env";
import { embedHtml } from "@/lib/share/embed-html";
import { absolute, sharePaths } from "@/lib/share/share-urls";
import { trackRecordFigure } from "@/lib/share/track-record";
import { analystRecord, publicCaller } from "@/server/share/share-data";
import { isNotFound } from "@/trpc/errors";

export const dynamic = "force-dynamic";

/** How many of the latest judged predictions the embed lists. */
const LATEST = 3;

const page = (status: number, text: string) =>
  new Response(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Hindsight</title><p>${text}</p></html>\n`, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * GET /embed/analysts/<slug>: the analyst's compact track record for an iframe on another site,
 * the one kind of address that other sites may frame (its policy: server/share/policies.ts).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const caller = publicCaller();
  try {
    const [analyst, latest] = await Promise.all([
      analystRecord(caller, slug),
      caller.prediction.list({ analyst: slug, status: "JUDGED", limit: LATEST }),
    ]);
    const html = embedHtml(
      {
        name: analyst.name,
        affiliation: analyst.affiliation,
        figure: trackRecordFigure(analyst.scores),
        predictions: analyst.predictions,
        judged: analyst.judged,
        latest: latest.items.map((prediction) => ({
          claim: prediction.claim,
          probability: prediction.probability,
          outcome: prediction.outcome,
          url: absolute(env.HINDSIGHT_BASE_URL, sharePaths.prediction(prediction.id)),
        })),
        url: absolute(env.HINDSIGHT_BASE_URL, sharePaths.analyst(analyst.slug)),
      },
      new Date(),
    );
    return new Response(html, {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" },
    });
  } catch (error) {
    if (isNotFound(error)) return page(404, "No analyst has this address.");
    console.error("Embed: reading failed:", error);
    return page(503, "The track record could not be shown just now; try again in a moment.");
  }
}
