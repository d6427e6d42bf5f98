export * from "./fields";
export * from "./prediction";
export * from "./analyst";
export * from "./judgement";
export * from "./user";
export * from "./scoreboard";
export * from "./api-key";
export * from "./article";
