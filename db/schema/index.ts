export * from "./users";
export * from "./couples";
export * from "./auth";
export * from "./milestones";
