/** What a figure or a chart shows when there is nothing to compute it from (no pairs, no answers, no orders). */
export const NO_DATA = "нет данных";
