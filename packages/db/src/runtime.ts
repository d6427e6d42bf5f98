export * from "./migrate/index";
export * from "./server/index";
export * from "./seed/index";
