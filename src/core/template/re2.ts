/**
 * Escapes text for an RE2 pattern (Google Docs `Body.replaceText` and `findText` take RE2): every RE2
 * metacharacter `\ . + * ? ( ) | [ ] { } ^ $` gets a backslash, so `escapeForRe2("{{Наставник|род}}")`
 * matches exactly that tag.
 */
export function escapeForRe2(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
