export { createFeedHandler, FEED_CACHE_CONTROL, type FeedHandlerOptions } from "./handler";
export { feedPath, FEED_PATHS, type FeedKind } from "./links";
