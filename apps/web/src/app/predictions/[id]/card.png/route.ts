import { cardResponse } from "@/server/share/card-route";
import { cardViews } from "@/server/share/share-data";

export const dynamic = "force-dynamic";

/** GET /predictions/<id>/card.png: the prediction's share card (its og:image). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return cardResponse((caller) => cardViews.prediction(caller, id));
}
