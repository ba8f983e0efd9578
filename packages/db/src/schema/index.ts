export * from "./accounts";
export * from "./outbox";
export * from "./reference";
export * from "./registry";
