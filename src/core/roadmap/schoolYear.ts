/** The school year runs September to August; from August on, preparation is for the year that starts. */
export function schoolYearStart(today: Date): number {
  return today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}
