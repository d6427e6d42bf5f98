import { env } from "@/env";
import type { CardView } from "@/lib/share/card-views";
import { isNotFound } from "@/trpc/errors";
import { cardImage } from "./card";
import { publicCaller } from "./share-data";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * A share card's answer: the PNG, 404 when the page's subject does not exist, and 503 (the cause in
 * the server log, not in the answer) when it cannot be read or drawn just now.
 */
export async function cardResponse(view: (caller: ReturnType<typeof publicCaller>) => Promise<CardView>) {
  let card: CardView;
  try {
    card = await view(publicCaller());
  } catch (error) {
    if (isNotFound(error)) return plain(404, "Nothing here to draw a card of.");
    console.error("Share card: reading failed:", error);
    return plain(503, "The card could not be drawn just now; try again in a moment.");
  }
  try {
    const image = await cardImage(card, new URL(env.HINDSIGHT_BASE_URL).host);
    // Drawn now, so that a failure to draw is answered here rather than in the middle of the body.
    return new Response(await image.arrayBuffer(), { status: image.status, headers: image.headers });
  } catch (error) {
    console.error("Share card: drawing failed:", error);
    return plain(503, "The card could not be drawn just now; try again in a moment.");
  }
}
