export * from "./embedded";
export * from "./urls";
export * from "./admin";
export * from "./runtime";
export * from "./test-server";
