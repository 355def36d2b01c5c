import { sanitize } from '../util/sanitize.js';

/** Spreadsheets run cells that start like a formula; a leading quote makes them text (OWASP CSV injection). */
export function neutraliseCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV cell: control characters made visible (the file may be shown on a terminal), formulas neutralised. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutraliseCsvCell(sanitize(value));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** User text inside a Markdown table cell: no control characters, no HTML, no table breaks. */
export function markdownCell(value: string): string {
  return sanitize(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(AUTOLINK, (m) => (m.startsWith('@') ? `\`${m}\`` : m.replace(/([:.@])/g, '\\$1')));
}

/**
 * Bare URLs, e-mail addresses and @mentions turn live in GitHub's Markdown
 * (a link to click, a person notified). A backslash before their ":", "."
 * and "@" stops the autolink and renders as nothing; a mention goes in a
 * code span, which GitHub never links.
 */
const AUTOLINK = /\b(?:https?|ftp|mailto|file|javascript|data):\S*|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w.-]+)?/gi;

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
