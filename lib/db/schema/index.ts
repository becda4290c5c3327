export * from "./auth";
export * from "./comments";
export * from "./operations";
export * from "./reference";
export * from "./surveys";
export * from "./topics";
export * from "./partners";
export * from "./organisations";
