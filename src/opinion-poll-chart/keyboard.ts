/**
 * Keyboard movement between the marks of one chart (points, bar segments),
 * which share a single tab stop. Marks sit on a grid: `row` is a line or a
 * bar, `col` the position along it. Left and Right step through the marks in
 * reading order, Up and Down go to the nearest mark of the previous or next
 * row, Home and End to the first and last.
 */
export interface MarkPosition {
  readonly key: string;
  readonly row: number;
  readonly col: number;
}

export const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;

/** The key of the mark to move to, or `undefined` when the key does not move or there is nowhere to go. */
export function moveMark(marks: readonly MarkPosition[], current: string | undefined, key: string): string | undefined {
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
    case 'ArrowUp': {
      const rows = [...new Set(sorted.map((m) => m.row))];
      const target = rows[rows.indexOf(here.row) + (key === 'ArrowDown' ? 1 : -1)];
      if (target === undefined) return here.key;
      const candidates = sorted.filter((m) => m.row === target);
      return candidates.reduce((best, m) => (Math.abs(m.col - here.col) < Math.abs(best.col - here.col) ? m : best)).key;
    }
    default:
      return undefined;
  }
}
