import type { MatchingInstance, MatchingResult } from "./types";

/** Potentials are kept below this so that `u + v` and `big + score` stay exact. */
const MAX_POTENTIAL = 2 ** 50;
const MAX_REPORTED = 50;

function own(record: Readonly<Record<string, number>>, id: string): number | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function isPotential(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= MAX_POTENTIAL;
}

class Violations {
  readonly list: string[] = [];
  private extra = 0;
  add(message: string): void {
    if (this.list.length < MAX_REPORTED) this.list.push(message);
    else this.extra++;
  }
  result(): string[] {
    return this.extra > 0 ? [...this.list, `…и ещё нарушений: ${this.extra}.`] : this.list;
  }
}

interface Primal {
  readonly mentorOf: Map<string, string>;
  readonly load: Map<string, number>;
  readonly locked: Set<string>;
}

/** Feasibility of the answer itself: known pairs with correct scores, capacities, locks, totals. */
function checkPrimal(instance: MatchingInstance, result: MatchingResult, out: Violations): Primal {
  const capacity = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const menteeIds = new Set(instance.mentees.map((e) => e.id));
  // Only the scores of the pairs in the answer are needed: one pass over the edges finds them.
  const answered = new Map<string, Map<string, number | undefined>>();
  for (const { mentor, mentee } of result.pairs) {
    const row = answered.get(mentee) ?? new Map<string, number | undefined>();
    row.set(mentor, undefined);
    answered.set(mentee, row);
  }
  for (const edge of instance.edges) {
    const row = answered.get(edge.mentee);
    if (row?.has(edge.mentor)) row.set(edge.mentor, edge.score);
  }
  const mentorOf = new Map<string, string>();
  const load = new Map<string, number>();
  let total = 0;
  for (const { mentor, mentee, score } of result.pairs) {
    const name = `«${mentor}» — «${mentee}»`;
    const edgeScore = answered.get(mentee)?.get(mentor);
    if (edgeScore === undefined) out.add(`Пара ${name} не входит в допустимые связи.`);
    else if (edgeScore !== score) out.add(`Пара ${name}: балл ${score}, а в связях ${edgeScore}.`);
    if (mentorOf.has(mentee)) out.add(`Наставляемый «${mentee}» встречается в парах дважды.`);
    mentorOf.set(mentee, mentor);
    load.set(mentor, (load.get(mentor) ?? 0) + 1);
    total += score;
  }
  for (const [mentor, count] of load) {
    if (count > (capacity.get(mentor) ?? 0))
      out.add(`Наставник «${mentor}»: пар ${count} больше вместимости.`);
  }
  const locked = new Set<string>();
  for (const { mentor, mentee } of instance.locked ?? []) {
    locked.add(mentee);
    if (mentorOf.get(mentee) !== mentor) out.add(`Закреплённая пара «${mentor}» — «${mentee}» потеряна.`);
  }
  const unmatched = new Set(result.unmatched);
  const expected = instance.mentees.filter((e) => !mentorOf.has(e.id));
  if (unmatched.size !== result.unmatched.length || expected.some((e) => !unmatched.has(e.id))) {
    out.add("Список unmatched не совпадает с наставляемыми без пары.");
  }
  for (const id of unmatched)
    if (!menteeIds.has(id)) out.add(`В unmatched неизвестный наставляемый «${id}».`);
  if (result.matched !== result.pairs.length)
    out.add(`matched = ${result.matched}, а пар ${result.pairs.length}.`);
  if (result.total !== total) out.add(`total = ${result.total}, а сумма баллов пар ${total}.`);
  return { mentorOf, load, locked };
}

/**
 * Verifies in O(edges) that `result` is feasible and optimal for `instance`: first by the number of
 * matched mentees, then by the total score, with locked pairs kept. Optimality is LP duality for
 * the problem with locks fixed beforehand and pair weights `big + score`: the potentials must be
 * dual feasible (`u ≥ 0`, `v ≥ 0`, `u_m + v_e ≥ big + score` on every allowed edge) and satisfy
 * complementary slackness (equality on every used pair, `u_m = 0` for a mentor under capacity,
 * `v_e = 0` for an unmatched mentee). Since `big` exceeds any total score of the residual problem,
 * the maximum weight is reached only by a lexicographic optimum. Returns the violations (Russian),
 * empty when the certificate holds.
 */
export function checkCertificate(instance: MatchingInstance, result: MatchingResult): string[] {
  const out = new Violations();
  const { mentorOf, load, locked } = checkPrimal(instance, result, out);
  const certificate = result.certificate;
  if (certificate === undefined) {
    out.add("Нет сертификата оптимальности.");
    return out.result();
  }
  const { big, mentorPotentials, menteePotentials } = certificate;
  // Only edges the residual problem can use bound its total score: mentee not locked, mentor not
  // filled by locks.
  const residual = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  for (const { mentor } of instance.locked ?? []) residual.set(mentor, (residual.get(mentor) ?? 0) - 1);
  let maxScore = 0;
  for (const { mentor, mentee, score } of instance.edges) {
    if (!locked.has(mentee) && (residual.get(mentor) ?? 0) > 0) maxScore = Math.max(maxScore, score);
  }
  const free = instance.mentees.length - locked.size;
  if (!isPotential(big) || big < maxScore * free + 1) {
    out.add(`big = ${big} не больше возможной суммы баллов ${maxScore * free}.`);
    return out.result();
  }
  for (const { id, capacity } of instance.mentors) {
    const u = own(mentorPotentials, id);
    if (!isPotential(u)) out.add(`Наставник «${id}»: потенциал ${u} не целое число от 0 до 2^50.`);
    else if (u > 0 && (load.get(id) ?? 0) < capacity)
      out.add(`Наставник «${id}» не заполнен, а потенциал ${u} > 0.`);
  }
  for (const { id } of instance.mentees) {
    if (locked.has(id)) continue;
    const v = own(menteePotentials, id);
    if (!isPotential(v)) out.add(`Наставляемый «${id}»: потенциал ${v} не целое число от 0 до 2^50.`);
    else if (v > 0 && !mentorOf.has(id)) out.add(`Наставляемый «${id}» без пары, а потенциал ${v} > 0.`);
  }
  // Potentials by id in maps: at millions of edges two lookups per edge must be cheap.
  const u = potentialMap(mentorPotentials);
  const v = potentialMap(menteePotentials);
  for (const { mentor, mentee, score } of instance.edges) {
    if (locked.has(mentee)) continue;
    const um = u.get(mentor);
    const ve = v.get(mentee);
    if (!isPotential(um) || !isPotential(ve)) continue;
    const slack = um + ve - (big + score);
    if (slack < 0) out.add(`Связь «${mentor}» — «${mentee}»: u + v меньше веса на ${-slack}.`);
    else if (slack > 0 && mentorOf.get(mentee) === mentor)
      out.add(`Пара «${mentor}» — «${mentee}»: u + v больше веса на ${slack}.`);
  }
  return out.result();
}

function potentialMap(record: Readonly<Record<string, number>>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (typeof record !== "object" || record === null) return map;
  for (const id of Object.keys(record)) map.set(id, record[id]);
  return map;
}
