/**
 * Runs `run` with the process in another time zone. Node re-reads `process.env.TZ` when it is assigned,
 * so dates made inside are local to that zone; the previous zone is restored afterwards.
 */
export function inZone<T>(zone: string, run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (before === undefined) Reflect.deleteProperty(process.env, "TZ");
    else process.env.TZ = before;
  }
}

/** Zones far apart: east of UTC (a local midnight is the previous day in UTC), west of it, and UTC itself. */
export const ZONES = ["UTC", "Europe/Moscow", "Asia/Kamchatka", "Pacific/Kiritimati", "America/Los_Angeles"];
