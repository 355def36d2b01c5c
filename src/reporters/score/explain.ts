import type { Explanation as CoreExplanation } from '../../core/engine/explain.js';
import type { SensitiveEvaluation } from '../../core/sensitivity/types.js';
import { isCandidate } from '../../core/method.js';
import { possibleLine } from './summary.js';
import { describeDisagreement, describeFlip, describeStability, orderedFlips } from '../../core/sensitivity/words.js';
import { sanitize } from '../../util/sanitize.js';
import { wrapText } from '../../util/wrap.js';
import { markdownCell } from '../text-safety.js';
import { styler } from '../style.js';
import type { RenderOptions, ScoreFormat } from './types.js';
import { businessCaseMarkdown, businessCaseText } from '../money/arithmetic.js';

/** An explanation, with what would change the verdict when it was asked for. */
type Explanation = CoreExplanation<SensitiveEvaluation>;

const STATUS_WORD = { fired: 'FIRED', kept: 'KEPT', passed: 'passed', unanswered: 'UNANSWERED' } as const;
const OUTCOME_WORD = {
  stopped: 'stopped here',
  incomplete: 'cannot decide: unanswered gate',
  passed: 'passed',
  split: 'passed as a split: the accountable part stays in-house, the execution may go out',
  'not reached': 'not reached',
} as const;

const show = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '-' : String(v));
const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

export function renderExplainText(x: Explanation, options: RenderOptions): string {
  const c = styler(options.color);
  const e = x.evaluation;
  const out: string[] = [];
  out.push(c.bold(`${e.id} - ${sanitize(e.name)}`));
  if (isCandidate(e.verdict)) out.push(`Verdict: ${e.verdict}, rank ${e.rank}, score ${e.score?.toFixed(1)} of 100, confidence ${e.confidence}`);
  else out.push(`Verdict: ${e.verdict}`);
  const prose = (text: string) => wrapText(text, options.width, 4);
  for (const r of e.reasons) out.push(prose(`  - ${r.message}`));
  if (e.missing.length > 0) out.push(prose(`Unanswered: ${e.missing.join(', ')}`));
  const open = possibleLine(e);
  if (open) out.push(prose(`What the unknowns still allow: ${open}`));
  if (e.marginal) out.push(prose(`Marginal: the score is below the rules' min_score; a weak candidate, not a plain recommendation`));
  if (x.merged_from.length > 0) out.push(`Merged from: ${x.merged_from.join(', ')}`);
  if (e.engagement) {
    const seats = e.engagement.seats ? `, ${e.engagement.seats} ${e.engagement.seats === 1 ? 'seat' : 'seats'}` : '';
    out.push(prose(`Engagement: ${e.engagement.model ?? 'not decided'}${seats} - ${e.engagement.why}`));
  }
  if (e.location) out.push(prose(`Location: ${e.location.recommended ?? 'not decided'} - ${sanitize(e.location.why)}`));
  for (const line of decisionDepth(x)) out.push(line.startsWith(' ') || line === '' ? line : c.bold(line));

  out.push('', c.bold('Answers'));
  for (const a of x.answers) out.push(`  ${pad(a.criterion, 22)}${pad(show(a.value), 7)}${c.dim(`step ${a.steps.join(', ')}`)}`);

  for (const s of x.steps) {
    out.push('', c.bold(`Step ${s.step} - ${s.title}: ${OUTCOME_WORD[s.outcome]}`) + (s.outcome === 'stopped' ? ` (verdict ${s.verdict})` : ''));
    for (const g of s.gates) {
      const word = STATUS_WORD[g.status];
      const styled = g.status === 'fired' ? c.red(word) : g.status === 'unanswered' || g.status === 'kept' ? c.yellow(word) : c.green(word);
      out.push(`  ${styled}${' '.repeat(Math.max(1, 12 - word.length))}${pad(g.gate, 24)}${pad(g.test, 26)}answer ${show(g.value)}`);
    }
  }

  out.push('', c.bold(isCandidate(e.verdict) ? 'Step 6 - priority score' : 'Step 6 - priority score (not reached; what it would score)'));
  out.push(`  ${pad('criterion', 20)}${pad('answer', 8)}${pad('effect', 8)}${pad('weight', 8)}points`);
  let total = 0;
  for (const p of x.contributions) {
    total += p.points;
    out.push(`  ${pad(p.criterion, 20)}${pad(show(p.value), 8)}${pad(p.effect, 8)}${pad(String(p.weight), 8)}${p.points.toFixed(1)} of ${p.max.toFixed(1)}`);
  }
  out.push(`  ${pad('total', 44)}${total.toFixed(1)} of 100`);
  if (x.metrics.length > 0) {
    out.push('', c.bold('Metrics (step 7)'));
    for (const m of x.metrics) out.push(`  ${sanitize(m.name)} (${sanitize(m.unit)}): baseline ${show(m.baseline)}, target ${show(m.target)}`);
  }
  out.push(...businessCaseText(e, options.width).map((line, i, all) => (i === 1 || all[i - 1] === '' ? c.bold(line) : line)));
  return `${out.join('\n')}\n`;
}

export function renderExplainJson(x: Explanation): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}

/** Rater disagreements ("discuss before deciding") and what would change the verdict. */
function decisionDepth(x: Explanation): string[] {
  const e = x.evaluation;
  const out: string[] = [];
  if (e.disagreements) {
    out.push('', 'Discuss before deciding: the raters disagree');
    for (const d of e.disagreements) {
      const combined = x.answers.find((a) => a.criterion === d.criterion)?.value;
      out.push(`  ${describeDisagreement(d)} -> counted as ${show(combined)}`);
    }
  }
  if (e.flips !== undefined || e.rank_stability !== undefined) {
    out.push('', 'What would change it');
    if (e.rank_stability !== undefined) out.push(`  ${describeStability(e.rank_stability)}`);
    const flips = orderedFlips(e);
    for (const f of flips) out.push(`  ${describeFlip(f)}`);
    if (e.flips !== undefined && flips.length === 0) out.push('  no single answer changes the verdict');
  }
  return out;
}

export function renderExplainMarkdown(x: Explanation): string {
  const e = x.evaluation;
  const out = [
    `# ${markdownCell(e.name)} (\`${e.id}\`)`,
    '',
    `**Verdict:** ${e.verdict}${isCandidate(e.verdict) ? `, rank ${e.rank}, score ${e.score?.toFixed(1)}, confidence ${e.confidence}` : ''}`,
    '',
  ];
  for (const r of e.reasons) out.push(`- ${markdownCell(r.message)}`);
  const open = possibleLine(e);
  if (open) out.push(`- **What the unknowns still allow:** ${markdownCell(open)}`);
  if (e.marginal) out.push("- **Marginal:** the score is below the rules' min_score; a weak candidate, not a plain recommendation");
  if (e.engagement)
    out.push(
      `- **Engagement:** ${e.engagement.model ?? 'not decided'}${e.engagement.seats ? `, ${e.engagement.seats} seats` : ''}: ${markdownCell(e.engagement.why)}`,
    );
  if (e.location) out.push(`- **Location:** ${e.location.recommended ?? 'not decided'}: ${markdownCell(e.location.why)}`);
  for (const line of decisionDepth(x)) out.push(line === '' ? '' : line.startsWith(' ') ? `- ${markdownCell(line.trim())}` : `## ${line}\n`);
  for (const s of x.steps) {
    out.push('', `## Step ${s.step}: ${markdownCell(s.title)} - ${OUTCOME_WORD[s.outcome]}`, '', '| Gate | Test | Answer | Result |', '|---|---|---|---|');
    for (const g of s.gates) out.push(`| \`${g.gate}\` | ${markdownCell(g.test)} | ${show(g.value)} | ${STATUS_WORD[g.status]} |`);
  }
  out.push('', '## Step 6: priority score', '', '| Criterion | Answer | Effect | Weight | Points |', '|---|---:|---|---:|---:|');
  for (const p of x.contributions)
    out.push(`| \`${p.criterion}\` | ${show(p.value)} | ${p.effect} | ${p.weight} | ${p.points.toFixed(1)} of ${p.max.toFixed(1)} |`);
  out.push(...businessCaseMarkdown(e, markdownCell));
  return `${out.join('\n')}\n`;
}

/** --explain in each score format that can hold one process's explanation; csv cannot, and says so. */
export const explainReporters: Record<ScoreFormat, ((x: Explanation, options: RenderOptions) => string) | undefined> = {
  table: renderExplainText,
  json: renderExplainJson,
  markdown: renderExplainMarkdown,
  csv: undefined,
};
