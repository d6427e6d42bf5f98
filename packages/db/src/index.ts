// What the API needs: the client and the repositories. Process-level tools (migrations, the
// embedded server, the seed) live in "@hindsight/db/runtime" so they stay out of the web bundle.
export { createDatabase, type Database, type DatabaseOptions } from "./client";
export { createDatabaseWithReplica, hasReplica, onPrimary, onReplica, withReplica } from "./replica";
export { databaseUnavailable, DATABASE_RETRY_AFTER_SECONDS, toDomainError } from "./errors";
export { databaseAnswers } from "./probe";
export * from "./repositories/analysts";
export * from "./repositories/predictions";
export * from "./repositories/article";
export * from "./repositories/prediction-list";
export * from "./repositories/prediction-facets";
export * from "./repositories/prediction-detail";
export * from "./repositories/prediction-edit";
export * from "./repositories/judgements";
export * from "./repositories/ledger";
export * from "./repositories/ledger-export";
export * from "./repositories/sources";
export * from "./repositories/source-detail";
export * from "./repositories/source-edit";
export { textSha256 } from "./repositories/source-integrity";
export * from "./repositories/users";
export * from "./repositories/scoreboard";
export * from "./repositories/score-cells";
export * from "./repositories/api-keys";
export * from "./repositories/questions";
export * from "./repositories/question-judgements";
export * from "./repositories/claim-reviews";
export * from "./repositories/feeds";
export * from "./repositories/repeats";
