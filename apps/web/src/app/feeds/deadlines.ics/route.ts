import { feedHandler } from "../feed-handler";

export const dynamic = "force-dynamic";

/** GET /feeds/deadlines.ics[?analyst=&tag=&question=]: the open predictions' upcoming deadlines (iCalendar). */
const handler = feedHandler("deadlines");
export { handler as GET, handler as HEAD };
