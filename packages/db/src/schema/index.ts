export * from "./accounts";
export * from "./look-ups";
export * from "./outbox";
export * from "./public-services";
export * from "./records";
export * from "./reference";
export * from "./registration";
export * from "./registry";
