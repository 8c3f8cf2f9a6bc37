import type { FormResponse } from "./types";

/**
 * A canonical text of a response: its e-mail and answers, titles sorted. Responses given in the same
 * second are ordered by it, so that the result does not depend on the order they are delivered in.
 */
export function canonicalResponse(response: FormResponse): string {
  const entries = Object.entries(response.answers)
    .map(([title, answer]) => [title, typeof answer === "string" ? answer : [...answer]] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([response.email, entries]);
}
