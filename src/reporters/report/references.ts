import { SOURCES } from '../../core/sources.js';
import { escapeHtml } from '../text-safety.js';

/** The articles the method comes from, cited by title (docs/references.md has the same list). */
export function referencesHtml(): string {
  const items = Object.values(SOURCES).map((title) => `<li><cite>${escapeHtml(title)}</cite></li>`);
  return `<section id="references" aria-labelledby="references-h">
<h2 id="references-h">References</h2>
<p class="lead">The method, its criteria and its advice come from these articles.</p>
<ol>${items.join('')}</ol>
</section>`;
}

export function referencesMarkdown(): string {
  return [
    '## References',
    '',
    'The method, its criteria and its advice come from these articles:',
    '',
    ...Object.values(SOURCES).map((title) => `- *${title}*`),
    '',
  ].join('\n');
}
