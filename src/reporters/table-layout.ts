import Table from 'cli-table3';

/**
 * A cli-table3 table whose flexible columns share the width left by the
 * fixed ones, so the whole table fits the terminal (80 columns and up).
 */
const MIN = 10;

export function fittedTable(head: string[], fixed: (number | null)[], width: number, weights: number[] = []): Table.Table {
  const borders = head.length + 1;
  const taken = fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const flexible = fixed.map((w, i) => (w === null ? (weights[i] ?? 1) : 0));
  const totalFlex = flexible.reduce((a, b) => a + b, 0) || 1;
  // Every flexible column gets at least MIN; what is left is shared by weight.
  const count = flexible.filter((f) => f > 0).length;
  const spare = Math.max(0, width - borders - taken - MIN * count);
  const colWidths = fixed.map((w, i) => w ?? MIN + Math.floor((spare * (flexible[i] ?? 0)) / totalFlex));
  return new Table({
    head,
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
}
