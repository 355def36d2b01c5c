import type { TrackResult } from '../../core/tracking/track.js';
import { sanitize } from '../../util/sanitize.js';
import { escapeData, escapeProperty } from '../check/github.js';
import { trendWords } from './words.js';

/** One annotation per red or amber SLA, at its line in the roadmap, then a summary line. */
export function renderTrackGithub(result: TrackResult): string {
  const out: string[] = [];
  for (const s of result.slas) {
    if (s.status !== 'red' && s.status !== 'amber') continue;
    const at = result.locate(s);
    const level = s.status === 'red' ? 'error' : 'warning';
    const next = s.action ? ` Next: ${s.action.steps.join('; ')}` : '';
    const title = `outsource track ${s.status}: ${s.process} / ${s.metric}`;
    out.push(
      `::${level} file=${escapeProperty(sanitize(at.file))},line=${at.line},col=${at.column},title=${escapeProperty(sanitize(title))}::${escapeData(sanitize(`${s.reason} (${trendWords(s)}).${next}`))}`,
    );
  }
  const sum = result.summary;
  out.push(`outsource track: ${sum.red} red, ${sum.amber} amber, ${sum.green} green, ${sum.no_data} without data`);
  return `${out.join('\n')}\n`;
}
