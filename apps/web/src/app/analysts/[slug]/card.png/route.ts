import { cardResponse } from "@/server/share/card-route";
import { cardViews } from "@/server/share/share-data";

export const dynamic = "force-dynamic";

/** GET /analysts/<slug>/card.png: the analyst's share card (its og:image). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return cardResponse((caller) => cardViews.analyst(caller, slug));
}
