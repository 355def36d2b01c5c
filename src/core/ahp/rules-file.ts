import { formatRatio, type AhpResult, type Comparison } from './analyse.js';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * A rules file that `extends: default` and sets the step-6 weights to the
 * AHP weights. The comparisons it came from are kept as comments, so the
 * file says where its numbers come from and can be re-derived.
 */
export function weightsRulesFile(result: AhpResult, comparisons: readonly Comparison[], source: string): string {
  const lines = [
    '# Step-6 weights derived by `outsource weights` (AHP: principal eigenvector of',
    "# pairwise comparisons on Saaty's 1-9 scale). Only their ratios matter.",
    `# Source: ${source.replace(/[\r\n]/g, ' ')}`,
    `# Consistency: lambda_max ${result.lambda_max.toFixed(3)}, CI ${result.consistency_index.toFixed(3)}, CR ${result.consistency_ratio.toFixed(3)}${result.consistency_ratio > 0.1 ? ' (above 0.1: revisit the comparisons)' : ' (acceptable: 0.1 or less)'}`,
    '# Comparisons (a vs b: a is x times as important as b):',
    ...comparisons.map((c) => `#   ${c.a} vs ${c.b}: ${formatRatio(c.value)}`),
    ...result.estimated.map((e) => `#   ${e.pair[0]} vs ${e.pair[1]}: about ${formatRatio(e.value)} (not compared; estimated)`),
    '#',
    '# Use it with: outsource score inventory.yaml --rules <this file>',
    'extends: default',
    'name: default with AHP weights',
    'criteria:',
    ...result.criteria.map((c) => `  ${c}:\n    priority: { weight: ${Math.max(0.0001, round4(result.weights[c] ?? 0))} }`),
    '',
  ];
  return lines.join('\n');
}
