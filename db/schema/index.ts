export * from "./cache";
export * from "./catalogue";
export * from "./community";
export * from "./curation";
export * from "./limits";
export * from "./search";
export * from "./sessions";
export * from "./images";
