export * from "./scored";
export * from "./brier";
export * from "./log-loss";
export * from "./hit-rate";
export * from "./calibration";
export * from "./murphy";
export * from "./ranking";
export * from "./scoreboard";
