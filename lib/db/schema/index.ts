export * from "./auth";
export * from "./operations";
export * from "./reference";
export * from "./topics";
