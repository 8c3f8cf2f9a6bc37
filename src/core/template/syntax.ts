/** One tag's content, between «{{» and «}}»: `Поле`, `Поле|мод мод`, `#Список`, `^Поле`, `/Список`. */
import type { FieldKind } from "./fields";
import { parseModifiers, type TagFormat } from "./modifiers";

export const OPEN = "{{";
export const CLOSE = "}}";

export interface ValueTag {
  readonly type: "value";
  /** Field name with whitespace normalised: «Номер приказа». */
  readonly name: string;
  readonly format: TagFormat;
  /** Kinds of field the modifiers fit, or `null` without modifiers. */
  readonly modifierKinds: readonly FieldKind[] | null;
  /** The tag as written in the template, for messages: «{{Наставник|род}}». */
  readonly raw: string;
}

export interface SectionTag {
  readonly type: "open" | "close";
  readonly name: string;
  /** `{{^Поле}}`: shown when the value is absent. */
  readonly inverted: boolean;
  readonly raw: string;
}

export type Tag = ValueTag | SectionTag;

export interface TagProblem {
  readonly problem: string;
  /** What the tag most likely is, so that one mistake does not cascade into «unbalanced» ones. */
  readonly recovered?: SectionTag;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} .-]*$/u;

/** Non-breaking and other spaces Word may put in a tag count as one ordinary space. */
function normaliseName(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

function nameProblem(name: string, raw: string): string | null {
  if (name === "") return `в теге ${raw} нет имени поля`;
  if (!NAME.test(name)) {
    return `в теге ${raw} недопустимое имя поля «${name}»: допустимы буквы, цифры, пробелы, точки и дефисы, начинаться имя должно с буквы или цифры`;
  }
  return null;
}

/** Parses the content of `{{…}}`; a problem is a Russian phrase naming the tag, without the template name. */
export function parseTag(content: string): Tag | TagProblem {
  const raw = `${OPEN}${content}${CLOSE}`;
  const trimmed = normaliseName(content);
  if (trimmed === "") return { problem: `пустой тег ${raw}` };
  const sigil = trimmed.charAt(0);
  if (sigil === "#" || sigil === "^" || sigil === "/") {
    const written = normaliseName(trimmed.slice(1));
    const name = normaliseName(written.split("|")[0] ?? "");
    const tag: SectionTag = { type: sigil === "/" ? "close" : "open", name, inverted: sigil === "^", raw };
    const problem = nameProblem(name, raw);
    if (problem !== null) return { problem };
    if (written.includes("|")) {
      return {
        problem: `в теге ${raw} не бывает модификаторов: они пишутся только в тегах значений`,
        recovered: tag,
      };
    }
    return tag;
  }
  if (sigil === "?") {
    const name = normaliseName(trimmed.slice(1));
    return {
      problem: `тег ${raw} не поддерживается: блок, видимый только при заполненном поле, пишется {{#${name}}}…{{/${name}}}`,
    };
  }
  const bar = trimmed.indexOf("|");
  const name = normaliseName(bar < 0 ? trimmed : trimmed.slice(0, bar));
  const problem = nameProblem(name, raw);
  if (problem !== null) return { problem };
  const words =
    bar < 0
      ? []
      : trimmed
          .slice(bar + 1)
          .toLocaleLowerCase("ru")
          .split(/[\s|]+/)
          .filter((w) => w !== "");
  if (bar >= 0 && words.length === 0) return { problem: `в теге ${raw} после «|» нет модификатора` };
  const modifiers = parseModifiers(words);
  if ("problem" in modifiers) return { problem: `в теге ${raw} ${modifiers.problem}` };
  return { type: "value", name, format: modifiers.format, modifierKinds: modifiers.kinds, raw };
}
