export * from "./period";
export * from "./content";
