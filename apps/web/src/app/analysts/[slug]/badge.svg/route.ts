import { badgeSvg } from "@/lib/share/badge-svg";
import { trackRecordFigure } from "@/lib/share/track-record";
import { IMAGE_POLICY } from "@/server/share/policies";
import { analystRecord, publicCaller } from "@/server/share/share-data";
import { isNotFound } from "@/trpc/errors";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * GET /analysts/<slug>/badge.svg: the analyst's badge for other sites (n, Brier with its interval,
 * or "not enough judged predictions"), as an image that runs nothing and loads nothing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  try {
    const analyst = await analystRecord(publicCaller(), slug);
    return new Response(badgeSvg({ name: analyst.name, figure: trackRecordFigure(analyst.scores) }), {
      headers: {
        "content-type": "image/svg+xml; charset=utf-8",
        "content-security-policy": IMAGE_POLICY,
        "cache-control": "public, max-age=300",
      },
    });
  } catch (error) {
    if (isNotFound(error)) return plain(404, "No analyst has this address.");
    console.error("Badge: reading failed:", error);
    return plain(503, "The badge could not be made just now; try again in a moment.");
  }
}
