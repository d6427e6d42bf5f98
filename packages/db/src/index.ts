export { createDatabase, type Database } from "./client";
export { toDomainError } from "./errors";
export * from "./repositories/analysts";
export * from "./repositories/predictions";
export * from "./migrate/index";
export * from "./server/index";
export * from "./repositories/ledger";
export * from "./seed/index";
