/** The справка on the monitoring: who answered, the averages by question, conclusions and recommendations. */
import { pluralForm } from "../format/numbers";
import type { MonitoringFacts, QuestionAverages, Role, Stage } from "./facts";
import { counted, ofCount, score, sentence } from "./wording";

/** Below this average (of 10) a question gets a recommendation of its own. */
const LOW_SCORE = 7;

const ROLE_GENITIVE: Readonly<Record<Role, string>> = { mentor: "наставников", mentee: "наставляемых" };

const ADVICE: Readonly<Record<string, string>> = {
  organisation: "заранее согласовывать с участниками график встреч и мероприятий программы",
  comfort: "при подборе пар учитывать пожелания участников, при необходимости менять наставника",
  individualMeetings:
    "точнее связывать индивидуальные встречи с профессиональными затруднениями наставляемых",
  groupMeetings: "пересмотреть темы и формат групповых встреч с участием наставников и наставляемых",
  planClarity: "обсуждать индивидуальный план развития с наставляемым при его составлении и пересмотре",
  curatorSupport: "куратору проводить регулярные консультации для наставников и наставляемых",
  expectations: "в начале программы обсуждать с участниками их ожидания и цели",
  overall: "пересмотреть содержание программ с участием наставников и наставляемых",
  usefulness: "точнее связывать мероприятия плана с профессиональными затруднениями наставляемых",
  planProgress: "ежемесячно сверять выполнение индивидуальных планов развития",
};

/** «—» for a question nobody scored. */
export function scoreOrDash(value: number | null): string {
  return value === null ? "—" : score(value);
}

/** «наставники — 8, наставляемые — 9» of one stage. */
function respondents(facts: MonitoringFacts, stage: Stage): number {
  return facts.answers.mentor[stage] + facts.answers.mentee[stage];
}

function roleChange(question: QuestionAverages, role: Role): string | null {
  const { start, end } = question.scores[role];
  if (start === null || end === null) return null;
  const verb = end > start ? "выросла" : end < start ? "снизилась" : "не изменилась";
  const range = end === start ? `и составляет ${score(end)}` : `с ${score(start)} до ${score(end)}`;
  return `у ${ROLE_GENITIVE[role]} ${verb} ${range}`;
}

/** The lowest final average of a question, either role; null without final answers. */
function weakest(facts: MonitoringFacts): { question: QuestionAverages; value: number } | null {
  let found: { question: QuestionAverages; value: number } | null = null;
  for (const question of facts.questions)
    for (const role of ["mentor", "mentee"] as const) {
      const value = question.scores[role].end;
      if (value !== null && (found === null || value < found.value)) found = { question, value };
    }
  return found;
}

export function monitoringConclusions(facts: MonitoringFacts): string[] {
  const start = respondents(facts, "start");
  const end = respondents(facts, "end");
  if (start + end === 0) return ["Ответов на анкеты мониторинга нет: мониторинг не проводился."];
  const out: string[] = [];
  const answered = (count: number) =>
    `${pluralForm(count, ["ответил", "ответили", "ответили"])} ${counted(count, ["участник", "участника", "участников"])}`;
  out.push(
    sentence(
      `на анкету в начале программы ${answered(start)}, по её завершении — ${counted(end, ["участник", "участника", "участников"])}`,
    ),
  );
  const overall = facts.questions.find((question) => question.key === "overall");
  if (overall) {
    const changes = (["mentee", "mentor"] as const)
      .map((role) => roleChange(overall, role))
      .filter((line): line is string => line !== null);
    if (changes.length > 0) out.push(sentence(`оценка программы в целом ${changes.join(", ")}`));
  }
  if (facts.continueAnswered > 0)
    out.push(
      sentence(
        `продолжить участие в наставничестве ${pluralForm(facts.continueYes, ["готов", "готовы", "готовы"])} ${facts.continueYes} ${ofCount(facts.continueAnswered, "ответившего", "ответивших")}`,
      ),
    );
  const low = weakest(facts);
  if (low !== null)
    out.push(sentence(`наименьшая итоговая оценка — «${low.question.label}» (${score(low.value)} из 10)`));
  return out;
}

export function monitoringRecommendations(facts: MonitoringFacts): string[] {
  const out = facts.questions
    .filter((question) =>
      (["mentor", "mentee"] as const).some((role) => {
        const value = question.scores[role].end;
        return value !== null && value < LOW_SCORE;
      }),
    )
    .map((question) =>
      sentence(
        `по показателю «${question.label}»: ${ADVICE[question.key] ?? "обсудить результаты с участниками"}`,
      ),
    );
  if (respondents(facts, "start") === 0)
    out.push(
      "В следующем учебном году провести входной мониторинг в начале программы, чтобы видеть динамику.",
    );
  out.push(
    "Обсудить результаты мониторинга на итоговом мероприятии и учесть их при составлении программ на следующий год.",
  );
  return out;
}
