/**
 * The plan of a personalised programme, pre-filled from the mentee's difficulties: each competence of
 * the questionnaires (src/core/questionnaires/competences.ts) maps to one or two activities, spread over
 * the months of the programme between an opening meeting and the summing up.
 */
import { type CalendarDate, formatMonthYear } from "../format/dates";
import { COMPETENCES } from "../questionnaires/competences";
import { foldKey } from "../questionnaires/text";

export interface PlanActivity {
  readonly activity: string;
  /** «Форма работы». */
  readonly form: string;
  readonly result: string;
}

export interface PlanItem extends PlanActivity {
  readonly direction: string;
  /** «ноябрь 2026». */
  readonly deadline: string;
}

function a(activity: string, form: string, result: string): PlanActivity {
  return { activity, form, result };
}

/** One to two activities for each standard competence, in the order of `COMPETENCES`. */
export const COMPETENCE_ACTIVITIES: readonly (readonly PlanActivity[])[] = [
  [
    a(
      "Совместный разбор рабочей программы по предмету и календарно-тематического планирования",
      "Консультация",
      "Рабочая программа и планирование соответствуют ФГОС и ФОП",
    ),
    a(
      "Разработка технологических карт уроков с последующим обсуждением",
      "Практикум",
      "Наставляемый самостоятельно составляет технологические карты уроков",
    ),
  ],
  [
    a(
      "Изучение требований ФГОС, ФОП и СанПиН к организации образовательной деятельности",
      "Консультация, самообразование",
      "Требования нормативных документов применяются в работе",
    ),
  ],
  [
    a(
      "Посещение наставляемым уроков наставника с последующим анализом",
      "Взаимопосещение уроков",
      "Освоены эффективные приёмы организации урока",
    ),
    a(
      "Посещение наставником уроков наставляемого, совместный анализ и рекомендации",
      "Посещение и анализ уроков",
      "Уроки наставляемого отвечают требованиям к современному уроку",
    ),
  ],
  [
    a(
      "Разбор критериев и способов оценивания, разработка контрольно-измерительных материалов",
      "Практикум",
      "Наставляемый применяет объективные критерии оценивания",
    ),
  ],
  [
    a(
      "Разбор приёмов организации работы класса и профилактики нарушений дисциплины на примерах уроков",
      "Консультация, посещение уроков",
      "На уроках наставляемого поддерживается рабочая дисциплина",
    ),
  ],
  [
    a(
      "Подбор и апробация приёмов повышения учебной мотивации обучающихся",
      "Практикум",
      "Повысилась учебная активность обучающихся на уроках наставляемого",
    ),
  ],
  [
    a(
      "Подготовка и проведение родительского собрания совместно с наставником",
      "Совместное мероприятие",
      "Наставляемый самостоятельно проводит родительские собрания",
    ),
    a(
      "Разбор ситуаций общения с родителями, отработка конструктивного диалога",
      "Тренинг",
      "Выстроено конструктивное взаимодействие с родителями",
    ),
  ],
  [
    a(
      "Составление плана воспитательной работы, подготовка классного часа совместно с наставником",
      "Совместное мероприятие",
      "План воспитательной работы составлен, классный час проведён",
    ),
  ],
  [
    a(
      "Изучение адаптированных образовательных программ и приёмов работы с обучающимися с ОВЗ",
      "Консультация, посещение уроков",
      "Учитываются особые образовательные потребности обучающихся",
    ),
  ],
  [
    a(
      "Подготовка обучающихся к олимпиаде или конкурсу под руководством наставника",
      "Совместная деятельность",
      "Обучающиеся наставляемого участвуют в олимпиадах и конкурсах",
    ),
  ],
  [
    a(
      "Организация учебного проекта обучающихся: от выбора темы до защиты",
      "Совместная деятельность",
      "Наставляемый руководит проектами обучающихся",
    ),
  ],
  [
    a(
      "Разбор демоверсий, кодификаторов и спецификаций ГИА; методика подготовки обучающихся",
      "Консультация, практикум",
      "Выстроена системная подготовка обучающихся к ГИА",
    ),
  ],
  [
    a(
      "Освоение цифровых образовательных ресурсов и сервисов для уроков и дистанционного обучения",
      "Мастер-класс",
      "Цифровые инструменты используются на уроках",
    ),
  ],
  [
    a(
      "Разбор требований к ведению электронного журнала и отчётной документации",
      "Консультация",
      "Документация ведётся своевременно и без замечаний",
    ),
  ],
  [
    a(
      "Изучение порядка аттестации, подготовка портфолио, участие в профессиональном конкурсе",
      "Консультация, сопровождение",
      "Наставляемый готов к аттестации и участвует в конкурсе",
    ),
  ],
  [
    a(
      "Составление индивидуального плана профессионального развития, выбор курсов повышения квалификации",
      "Консультация",
      "План профессионального развития составлен и выполняется",
    ),
  ],
];

const BY_KEY = new Map(COMPETENCES.map((competence, index) => [foldKey(competence), index]));

/** The activities for a difficulty; a competence the coordinator added gets a general one. */
export function activitiesFor(difficulty: string): readonly PlanActivity[] {
  const index = BY_KEY.get(foldKey(difficulty));
  const known = index === undefined ? undefined : COMPETENCE_ACTIVITIES[index];
  return (
    known ?? [
      a(
        "Консультации наставника и совместный разбор практических ситуаций по направлению",
        "Консультация",
        "Затруднение по направлению преодолено",
      ),
    ]
  );
}

const OPENING: PlanItem = {
  direction: "Организация работы",
  activity: "Знакомство, уточнение профессиональных затруднений, согласование программы наставничества",
  form: "Встреча наставника и наставляемого",
  result: "Программа согласована",
  deadline: "",
};

const CLOSING: PlanItem = {
  direction: "Подведение итогов",
  activity: "Самоанализ наставляемого, отчёт наставника о выполнении программы, итоговое мероприятие",
  form: "Итоговая встреча",
  result: "Результаты представлены куратору",
  deadline: "",
};

/** Every month from the start's to the end's, inclusive. */
function months(start: CalendarDate, end: CalendarDate): CalendarDate[] {
  const out: CalendarDate[] = [];
  let { year, month } = start;
  while (year < end.year || (year === end.year && month <= end.month)) {
    out.push({ year, month, day: 1 });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (out.length > 120) break;
  }
  return out.length > 0 ? out : [{ year: start.year, month: start.month, day: 1 }];
}

/** July and August are holidays: no activity is planned in them while other months remain. */
function schoolMonths(all: readonly CalendarDate[]): CalendarDate[] {
  const taught = all.filter((month) => month.month !== 7 && month.month !== 8);
  return taught.length > 0 ? taught : [...all];
}

/**
 * The plan, following the school calendar: an opening meeting in the first month, the activities for
 * each difficulty spread evenly over the months between, the summing up in the last month — no later
 * than the month of the final event (`finalEvent`, when known), so that its results are ready for it.
 * July and August are left out unless the programme runs only then. `end` is the programme's last day,
 * as approval writes it (see `termEnd`).
 */
export function buildPlan(
  difficulties: readonly string[],
  start: CalendarDate,
  end: CalendarDate,
  finalEvent: CalendarDate | null = null,
): PlanItem[] {
  const inTerm = schoolMonths(months(start, end));
  const beforeEvent =
    finalEvent === null
      ? inTerm
      : inTerm.filter(
          (m) => m.year < finalEvent.year || (m.year === finalEvent.year && m.month <= finalEvent.month),
        );
  const calendar = beforeEvent.length > 0 ? beforeEvent : inTerm;
  const first = calendar[0]!;
  const last = calendar[calendar.length - 1]!;
  const inner = calendar.length > 2 ? calendar.slice(1, -1) : calendar;
  const activities = difficulties.flatMap((direction) =>
    activitiesFor(direction).map((activity) => ({ ...activity, direction })),
  );
  const spread = activities.map((activity, index): PlanItem => {
    const month = inner[Math.floor((index * inner.length) / activities.length)] ?? first;
    return { ...activity, deadline: formatMonthYear(month) };
  });
  return [
    { ...OPENING, deadline: formatMonthYear(first) },
    ...spread,
    { ...CLOSING, deadline: formatMonthYear(last) },
  ];
}
