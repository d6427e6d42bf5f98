export * from "./errors";
export * from "./slug";
export * from "./types";
export * from "./hedges/lexicon";
export * from "./schemas/index";
export * from "./ledger/schema";
export * from "./judgement/rules";
export * from "./deadline/parse";
