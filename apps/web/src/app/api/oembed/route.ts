import { env } from "@/env";
import { analystOEmbed, parseOEmbedRequest, predictionOEmbed, type OEmbedProblem } from "@/lib/share/oembed";
import { publicCaller } from "@/server/share/share-data";
import { isNotFound } from "@/trpc/errors";

export const dynamic = "force-dynamic";

/** A refusal in the REST API's error shape, naming the parameter. */
function refusal({ status, parameter, message }: OEmbedProblem): Response {
  const code = status === 400 ? "BAD_REQUEST" : status === 404 ? "NOT_FOUND" : "NOT_IMPLEMENTED";
  return Response.json(
    { error: { code, message, fieldErrors: { [parameter]: message } } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * GET /api/oembed?url=…&format=json&maxwidth=…&maxheight=…: oEmbed 1.0 for prediction and analyst
 * pages (lib/share/oembed.ts), which advertise it with a discovery link.
 */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseOEmbedRequest(new URL(request.url).searchParams, env.HINDSIGHT_BASE_URL);
  if (!parsed.ok) return refusal(parsed.problem);
  const { target } = parsed.request;
  try {
    const caller = publicCaller();
    const answer =
      target.kind === "analyst"
        ? analystOEmbed(await caller.analyst.bySlug({ slug: target.slug }), env.HINDSIGHT_BASE_URL, parsed.request)
        : predictionOEmbed(await caller.prediction.byId({ id: target.id }), env.HINDSIGHT_BASE_URL, parsed.request);
    return Response.json(answer, { headers: { "cache-control": `public, max-age=${answer.cache_age}` } });
  } catch (error) {
    if (isNotFound(error))
      return refusal({ status: 404, parameter: "url", message: "No prediction or analyst has this address" });
    console.error("oEmbed: reading failed:", error);
    return Response.json(
      { error: { code: "SERVICE_UNAVAILABLE", message: "Try again in a moment" } },
      { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } },
    );
  }
}
