import { showNumber } from '../../core/tracking/numbers.js';
import type { Status } from '../../core/tracking/status.js';
import type { TrackResult } from '../../core/tracking/track.js';
import { markdownCell } from '../text-safety.js';
import { slopeWords, trendWords } from './words.js';

const BADGE: Record<Status, string> = { green: '🟢 green', amber: '🟠 amber', red: '🔴 red', 'no-data': '⚪ no data' };

export function renderTrackMarkdown(result: TrackResult): string {
  const sum = result.summary;
  const out = [
    `### SLA tracking: ${sum.red} red, ${sum.amber} amber, ${sum.green} green, ${sum.no_data} without data`,
    '',
    '| Status | Process | SLA | Latest | Baseline | Target | Trend | Slope | Why |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of result.slas) {
    const latest = s.latest ? `${showNumber(s.latest.value)} (${s.latest.period})` : '-';
    const target = s.target === null ? '-' : `${s.better === 'lower' ? '≤' : '≥'} ${showNumber(s.target)}`;
    out.push(
      `| ${BADGE[s.status]} | ${markdownCell(s.process)} | ${markdownCell(`${s.metric} (${s.unit})`)} | ${latest} | ${s.baseline === null ? '-' : showNumber(s.baseline)} | ${target} | ${markdownCell(trendWords(s))} | ${slopeWords(s.trend)} | ${markdownCell(s.reason)} |`,
    );
  }
  const actions = result.slas.filter((s) => s.action);
  if (actions.length > 0) {
    out.push('', '#### What to do next', '');
    for (const s of actions) {
      if (!s.action) continue;
      out.push(`- **${markdownCell(s.process)}** (wave ${s.action.item.wave}, vendor ${markdownCell(s.action.item.vendor)}), ${s.action.why}:`);
      for (const step of s.action.steps) out.push(`  - ${markdownCell(step)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
