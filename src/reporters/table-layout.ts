import { visibleWidth, wrapToWidth } from '../util/text-width.js';

/**
 * A boxed text table whose flexible columns share the width left by the
 * fixed ones, so the whole table fits the terminal (80 columns and up).
 * Widths are counted in terminal columns, colour escapes excluded; rows are
 * rendered one by one in a loop, so 100,000 rows cost 100,000 times one row.
 */
const MIN = 10;

export interface TextTable {
  push(...rows: string[][]): void;
  toString(): string;
}

/** How narrow a fixed column may get when the terminal is too narrow for them all. */
const SHRINK_FLOOR = 10;

export function fittedTable(head: string[], fixed: (number | null)[], width: number, weights: number[] = []): TextTable {
  const borders = head.length + 1;
  let taken = 0;
  let totalFlex = 0;
  let count = 0;
  for (const [i, w] of fixed.entries()) {
    if (w === null) {
      totalFlex += weights[i] ?? 1;
      count++;
    } else taken += w;
  }
  // On a narrow terminal the widest fixed columns give way, one column at a time, so the frame never runs past the width.
  const sized = [...fixed];
  let over = borders + taken + MIN * count - width;
  while (over > 0) {
    let widest = -1;
    for (const [i, w] of sized.entries()) if (w !== null && w > SHRINK_FLOOR && (widest < 0 || w > (sized[widest] ?? 0))) widest = i;
    if (widest < 0) break;
    sized[widest] = (sized[widest] ?? 0) - 1;
    taken--;
    over--;
  }
  // Every flexible column gets at least MIN; what is left is shared by weight.
  const spare = Math.max(0, width - borders - taken - MIN * count);
  const colWidths = sized.map((w, i) => w ?? MIN + Math.floor((spare * (weights[i] ?? 1)) / (totalFlex || 1)));
  return new BoxTable(head, colWidths);
}

/** The frame characters: the same single-line box as before, so output stays familiar. */
const LINE = { top: ['┌', '┬', '┐'], mid: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] } as const;

class BoxTable implements TextTable {
  private readonly rows: string[][] = [];

  constructor(
    private readonly head: string[],
    /** Each width includes one space of padding on either side. */
    private readonly widths: number[],
  ) {}

  push(...rows: string[][]): void {
    for (const row of rows) this.rows.push(row);
  }

  toString(): string {
    const rule = (chars: readonly [string, string, string]) => chars[0] + this.widths.map((w) => '─'.repeat(w)).join(chars[1]) + chars[2];
    const mid = rule(LINE.mid);
    const out: string[] = [rule(LINE.top)];
    this.renderRow(this.head, out);
    for (const row of this.rows) {
      out.push(mid);
      this.renderRow(row, out);
    }
    out.push(rule(LINE.bottom));
    return out.join('\n');
  }

  private renderRow(cells: readonly string[], out: string[]): void {
    const wrapped: string[][] = [];
    let height = 1;
    for (const [i, w] of this.widths.entries()) {
      const lines = wrapToWidth(cells[i] ?? '', w - 2);
      wrapped.push(lines);
      if (lines.length > height) height = lines.length;
    }
    for (let r = 0; r < height; r++) {
      let line = '│';
      for (const [i, w] of this.widths.entries()) {
        const text = wrapped[i]?.[r] ?? '';
        line += ` ${text}${' '.repeat(Math.max(0, w - 2 - visibleWidth(text)))} │`;
      }
      out.push(line);
    }
  }
}

/** The largest of `values` (at least `floor`), by loop: spreading 100,000 arguments overflows the stack. */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
