import { feedHandler } from "../feed-handler";

export const dynamic = "force-dynamic";

/** GET /feeds/judgements.atom[?analyst=&tag=&question=]: the newest judgements, re-judgements and reopenings (Atom). */
const handler = feedHandler("judgements");
export { handler as GET, handler as HEAD };
