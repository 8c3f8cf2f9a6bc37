export { checkCertificate } from "./certificate";
export { type SolveStats, solveMatching, solveMatchingWithStats } from "./solve";
export * from "./types";
export { type ValidationOutcome, validateInstance } from "./validate";
