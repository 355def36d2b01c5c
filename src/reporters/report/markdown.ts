import { isCandidate } from '../../core/method.js';
import { possibleLine } from '../score/summary.js';
import type { ReportData } from '../../core/report/model.js';
import { moneySectionMarkdown } from './money.js';
import { markdownCell } from '../text-safety.js';
import { QUADRANT_WORD, STATUS_WORD, VERDICT_WORD, engagementWord, seatsWord, totalSeats } from './words.js';

const show = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '-' : String(v));

/** The report as Markdown, for a pull request or a wiki: the same sections, tables instead of charts. */
export function renderReportMarkdown(data: ReportData): string {
  const out: string[] = [`# Outsourcing report${data.organisation ? `: ${markdownCell(data.organisation)}` : ''}`, ''];
  out.push(
    `${data.total} processes assessed with the ${markdownCell(data.methodName)} method: ${data.counts.outsource} on the shortlist, ` +
      `${data.counts.keep} keep, ${data.counts.retain} retain, ${data.counts.defer} defer, ${data.counts.incomplete} incomplete; ` +
      `${totalSeats(data.shortlist)} dedicated seats.`,
    '',
  );

  out.push('## The funnel of the method', '', '| Step | Entered | Crossed out | Undecided | Passed | Why |', '|---|---:|---:|---:|---:|---|');
  for (const s of data.funnel) {
    const why = [
      ...s.gates.map((g) => `${markdownCell(g.message)} (\`${g.gate}\`: ${g.processes.map((p) => markdownCell(p.name)).join(', ')})`),
      ...s.unanswered.map((u) => `${markdownCell(u.name)}: answer ${u.criteria.map((c) => `\`${c}\``).join(', ')}`),
    ];
    out.push(`| Step ${s.step}: ${markdownCell(s.title)} | ${s.entered} | ${s.crossedOut} | ${s.undecided} | ${s.passed} | ${why.join('<br>') || '-'} |`);
  }
  out.push('');

  if (data.matrix.length > 0) {
    out.push(
      '## Priority matrix',
      '',
      `Value against ease of hand-over, both 0-100; quadrants split at the shortlist's medians (value ${data.matrixSplit.value}, ease ${data.matrixSplit.ease}).`,
      '',
      '| Rank | Process | Value | Ease | Hours a month | Quadrant |',
      '|---:|---|---:|---:|---:|---|',
    );
    for (const p of data.matrix)
      out.push(
        `| ${p.rank} | ${markdownCell(p.name)}${p.marks.length > 0 ? ` **${p.marks.join(', ')}**` : ''} | ${p.value.toFixed(1)} | ${p.ease.toFixed(1)} | ${p.hours ?? 'not given'} | ${QUADRANT_WORD[p.quadrant]} |`,
      );
    out.push('');
  }

  out.push('## Shortlist', '');
  if (data.shortlist.length === 0) out.push('No process passed steps 3 to 5.', '');
  else {
    out.push('| Rank | Process | Score | Wave | Engagement | Seats | Location | Why |', '|---:|---|---:|---:|---|---:|---|---|');
    for (const r of data.shortlist) {
      const why = `${markdownCell(r.engagement.why)}<br>${markdownCell(r.location.why)}`;
      out.push(
        `| ${r.rank} | ${markdownCell(r.name)} (\`${r.id}\`) | ${r.score.toFixed(1)} | ${r.wave} | ${engagementWord(r.engagement)} | ${seatsWord(r.engagement)} | ${r.location.recommended ?? 'not decided'} | ${why} |`,
      );
    }
    out.push('');
  }

  out.push(...moneySectionMarkdown(data, markdownCell));
  out.push('## Every verdict explained', '');
  for (const x of data.explanations) {
    const e = x.evaluation;
    out.push(`### ${markdownCell(e.name)} (\`${e.id}\`)`, '');
    out.push(
      `**Verdict:** ${isCandidate(e.verdict) ? `${e.verdict}, rank ${e.rank}, score ${e.score?.toFixed(1)}, confidence ${e.confidence}` : VERDICT_WORD[e.verdict]}`,
      '',
    );
    for (const r of e.reasons) out.push(`- ${markdownCell(r.message)}`);
    if (x.engagement) out.push(`- Engagement: ${engagementWord(x.engagement)}; ${markdownCell(x.engagement.why)}`);
    if (x.location) out.push(`- Location: ${x.location.recommended ?? 'not decided'}; ${markdownCell(x.location.why)}`);
    if (e.missing.length > 0) out.push(`- Unanswered: ${e.missing.map((m) => `\`${m}\``).join(', ')}`);
    const open = possibleLine(e);
    if (open) out.push(`- What the unknowns still allow: ${markdownCell(open)}`);
    if (e.marginal) out.push("- **Marginal:** below the rules' min_score; a weak candidate, not a plain recommendation");
    const gates = x.steps
      .filter((s) => s.outcome !== 'not reached')
      .flatMap((s) => s.gates.map((g) => `| ${s.step} | \`${g.gate}\` | ${markdownCell(g.test)} | ${show(g.value)} | ${STATUS_WORD[g.status]} |`));
    if (gates.length > 0) out.push('', '| Step | Gate | Test | Answer | Result |', '|---:|---|---|---:|---|', ...gates);
    if (isCandidate(e.verdict)) {
      out.push('', '| Criterion | Answer | Effect | Weight | Points |', '|---|---:|---|---:|---:|');
      for (const c of x.contributions)
        out.push(`| \`${c.criterion}\` | ${show(c.value)} | ${c.effect} | ${c.weight} | ${c.points.toFixed(1)} of ${c.max.toFixed(1)} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
