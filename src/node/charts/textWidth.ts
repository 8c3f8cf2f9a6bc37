/**
 * Text width as Arial-like fonts draw it, in ems. ECharts lays out legends and labels by measuring text;
 * without a canvas (the CLI) its own estimate counts every non-Latin letter a full em wide, which leaves
 * Russian legends with wide gaps and wraps too early. In the browser the real canvas measures instead.
 */
const WIDE = new Set("жмшщфыюЖМШЩФЫЮ%@—");
const NARROW = new Set(" .,:;!|'ilj()[]«»-–1\"/");

function charWidth(char: string): number {
  // ECharts takes the width of «国» for the line height, as a full em.
  if (char >= "\u2e80") return 1;
  if (WIDE.has(char)) return char === char.toLowerCase() ? 0.75 : 0.9;
  if (NARROW.has(char)) return 0.3;
  if (/\d/.test(char)) return 0.556;
  if (char !== char.toLowerCase()) return 0.68;
  return 0.54;
}

export function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? "")?.[1] ?? 12);
  const bold = /\bbold\b|\b[6-9]00\b/.test(font ?? "") ? 1.07 : 1;
  let width = 0;
  for (const char of text ?? "") width += charWidth(char);
  return { width: width * size * bold };
}
