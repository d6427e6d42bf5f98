import { cardResponse } from "@/server/share/card-route";
import { cardViews } from "@/server/share/share-data";

export const dynamic = "force-dynamic";

/** The key as typed, as the question's page reads it: still percent-encoded, or as it is when that does not decode. */
function keyOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** GET /questions/<key>/card.png: the question's share card (its og:image). */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  return cardResponse((caller) => cardViews.question(caller, keyOf(key)));
}
