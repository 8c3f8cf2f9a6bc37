/** Everything wrong with a template or with the data for it, each problem a full Russian sentence. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
  readonly templateName: string;
  readonly problems: readonly string[];

  constructor(templateName: string, problems: readonly string[]) {
    super(problems.join("\n"));
    this.templateName = templateName;
    this.problems = problems;
  }
}

/** «Шаблон «Приказ о закреплении пар»: неизвестное поле {{Наставнник}}». */
export function templateProblem(templateName: string, problem: string): string {
  return `Шаблон «${templateName}»: ${problem}`;
}

export function unique(problems: readonly string[]): string[] {
  return [...new Set(problems)];
}
