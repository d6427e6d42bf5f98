import { cardResponse } from "@/server/share/card-route";
import { cardViews } from "@/server/share/share-data";

export const dynamic = "force-dynamic";

/** GET /scoreboard/card.png: the scoreboard's share card (its og:image). */
export function GET(): Promise<Response> {
  return cardResponse((caller) => cardViews.scoreboard(caller));
}
