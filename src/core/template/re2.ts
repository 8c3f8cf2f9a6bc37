/**
 * Escapes text for an RE2 pattern (Google Docs `Body.replaceText` and `findText` take RE2): every RE2
 * metacharacter `\ . + * ? ( ) | [ ] { } ^ $` gets a backslash, so `escapeForRe2("{{Наставник|род}}")`
 * matches exactly that tag.
 */
export function escapeForRe2(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}

/**
 * Quotes a value for the replacement argument of Google Docs `replaceText`, which follows Java's
 * `Matcher` syntax («$1» is a group, «\» escapes): after quoting, «$» and «\» come out as typed.
 */
export function quoteReplacement(text: string): string {
  return text.replace(/[\\$]/g, "\\$&");
}
