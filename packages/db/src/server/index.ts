export * from "./embedded";
export * from "./urls";
export * from "./admin";
export * from "./runtime";
