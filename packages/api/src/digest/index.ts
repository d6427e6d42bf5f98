export * from "./mail";
export * from "./send";
export * from "./jobs";
