import { AWARDS } from "../awards/awardsSheet";
import type { Grid } from "../cell";
import type { WorkbookPort } from "../ports";
import { PRACTICES } from "../practices/sheet";
import { MONITORING } from "../schema/monitoringSheet";
import { LOG, MENTEES, MENTORS, PAIRS } from "../schema/sheets";
import { MEETINGS, PLANS } from "../schema/yearSheets";
import { hasSheet, requireSheet } from "../sheets";

/** The sheets the year's figures, report and справка come from, as values. */
export interface YearSheets {
  readonly mentors: Grid;
  readonly mentees: Grid;
  readonly pairs: Grid;
  readonly meetings: Grid;
  readonly plans: Grid;
  readonly monitoring: Grid;
  /** «Методическая копилка», absent in a workbook made before it existed. */
  readonly practices?: Grid;
  /** «Награды», absent in a workbook made before it existed. */
  readonly awards?: Grid;
  readonly log: Grid;
}

/** One read of each sheet; a missing required sheet asks for setup. */
export function readYearSheets(port: WorkbookPort): YearSheets {
  return {
    mentors: requireSheet(port, MENTORS.name),
    mentees: requireSheet(port, MENTEES.name),
    pairs: requireSheet(port, PAIRS.name),
    meetings: requireSheet(port, MEETINGS.name),
    plans: requireSheet(port, PLANS.name),
    monitoring: requireSheet(port, MONITORING.name),
    ...(hasSheet(port, PRACTICES.name) ? { practices: port.readAll(PRACTICES.name) } : {}),
    ...(hasSheet(port, AWARDS.name) ? { awards: port.readAll(AWARDS.name) } : {}),
    log: requireSheet(port, LOG.name),
  };
}
