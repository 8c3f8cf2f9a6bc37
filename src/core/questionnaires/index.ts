/** Questionnaires: form schemas, answer parsing, export reading and the idempotent upsert into the banks. */
export * from "./competences";
export * from "./csv";
export * from "./decode";
export * from "./errors";
export * from "./exportFile";
export * from "./forms";
export * from "./headers";
export * from "./names";
export * from "./options";
export * from "./parse";
export * from "./partners";
export * from "./text";
export * from "./timestamp";
export * from "./types";
export * from "./upsert";
