export { createRestHandler, type RestHandlerOptions } from "./handler";
export { openApiDocument, REST_BASE_PATH, REST_WRITE_RATE_LIMIT, type OpenApiDocument } from "./openapi";
