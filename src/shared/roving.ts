/**
 * Roving focus: keyboard movement between the items of a widget that share a
 * single tab stop — the timeline's events (one per row), the chart's marks
 * (points and bar segments on a grid: `row` is a line or a bar, `col` the
 * position along it). Left and Right step through the items in reading order,
 * Up and Down go to the nearest item of the previous or next row, Page Up and
 * Page Down `page` rows at a time, Home and End to the first and last.
 */
export interface MarkPosition {
  readonly key: string;
  readonly row: number;
  readonly col: number;
}

export const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
/** The keys of a one-column list: no Left and Right, but Page Up and Page Down. */
export const LIST_KEYS = ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'] as const;

/** The key of the mark to move to, or `undefined` when the key does not move or there is nowhere to go. */
export function moveMark(marks: readonly MarkPosition[], current: string | undefined, key: string, page = 10): string | undefined {
  if (marks.length === 0) return undefined;
  const sorted = [...marks].sort((a, b) => a.row - b.row || a.col - b.col);
  const index = Math.max(0, sorted.findIndex((m) => m.key === current));
  const here = sorted[index]!;
  switch (key) {
    case 'Home':
      return sorted[0]!.key;
    case 'End':
      return sorted.at(-1)!.key;
    case 'ArrowRight':
      return sorted[Math.min(index + 1, sorted.length - 1)]!.key;
    case 'ArrowLeft':
      return sorted[Math.max(index - 1, 0)]!.key;
    case 'ArrowDown':
    case 'ArrowUp':
    case 'PageDown':
    case 'PageUp': {
      const rows = [...new Set(sorted.map((m) => m.row))];
      const step = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page }[key];
      const target = rows[Math.min(Math.max(rows.indexOf(here.row) + step, 0), rows.length - 1)];
      if (target === undefined) return here.key;
      const candidates = sorted.filter((m) => m.row === target);
      return candidates.reduce((best, m) => (Math.abs(m.col - here.col) < Math.abs(best.col - here.col) ? m : best)).key;
    }
    default:
      return undefined;
  }
}
