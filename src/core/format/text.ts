/**
 * A position, a competence or a form in the middle of a sentence or in a table: «Учитель математики» →
 * «учитель математики»; a word in capitals at the start («ФГОС…», «МО учителей…», «IT-технологии») is kept.
 */
export function lowerFirst(text: string): string {
  const trimmed = text.trim();
  const second = trimmed.charAt(1);
  if (second === "" || second !== second.toLocaleLowerCase("ru")) return trimmed;
  return trimmed.charAt(0).toLocaleLowerCase("ru") + trimmed.slice(1);
}
