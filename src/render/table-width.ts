/** Terminal tables that fit the screen: columns cut with "…" so that a row stays within its width. */

/** Shortens text to `max` characters with an ellipsis (an unbounded `max`, as `--wide` asks, keeps it whole). */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** The width a column may take in a table `total` columns wide: `max`, or unbounded for `--wide` (an infinite total). */
export function columnWidth(total: number, max: number): number {
  return Number.isFinite(total) ? max : Infinity;
}

/**
 * The widths of the flexible columns of a table `total` columns wide: the fixed columns (their
 * content widths) and the borders are taken first, the rest is shared in proportion to `wanted`,
 * never below 8 characters each.
 */
export function fitColumns(total: number, fixed: number[], wanted: number[]): number[] {
  // `--wide`: the table is as wide as its content.
  if (!Number.isFinite(total)) return wanted.map(() => Infinity);
  const columns = fixed.length + wanted.length;
  // cli-table3 draws a border and one space of padding on each side of every cell.
  const chrome = columns * 3 + 1;
  const left = total - chrome - fixed.reduce((a, b) => a + b, 0);
  const sum = wanted.reduce((a, b) => a + b, 0);
  if (left >= sum) return wanted;
  return wanted.map((w) => Math.max(8, Math.floor((left * w) / sum)));
}
