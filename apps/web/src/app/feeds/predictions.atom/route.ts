import { feedHandler } from "../feed-handler";

export const dynamic = "force-dynamic";

/** GET /feeds/predictions.atom[?analyst=&tag=&question=]: the newest predictions logged (Atom). */
const handler = feedHandler("predictions");
export { handler as GET, handler as HEAD };
