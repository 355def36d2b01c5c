import { formatRatio, type AhpResult, type Comparison } from './analyse.js';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * A vendor weights file: the `weights:` map `outsource vendors --weights`
 * reads (and a vendors file accepts as is), with the comparisons it came from
 * kept as comments.
 */
export function vendorWeightsFile(result: AhpResult, comparisons: readonly Comparison[], source: string): string {
  return [
    '# Vendor weights derived by `outsource weights` (AHP: principal eigenvector of',
    "# pairwise comparisons on Saaty's 1-9 scale). Only their ratios matter.",
    `# Source: ${source.replace(/[\r\n]/g, ' ')}`,
    `# Consistency: CR ${result.consistency_ratio.toFixed(3)}${result.consistency_ratio > 0.1 ? ' (above 0.1: revisit the comparisons)' : ' (acceptable: 0.1 or less)'}`,
    ...comparisons.map((c) => `#   ${c.a} vs ${c.b}: ${formatRatio(c.value)}`),
    '#',
    '# Use it with: outsource vendors vendors.yaml --weights <this file>',
    'weights:',
    ...result.criteria.map((c) => `  ${c}: ${round4(result.weights[c] ?? 0)}`),
    '',
  ].join('\n');
}
