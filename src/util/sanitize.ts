/**
 * Makes user text safe to print on a terminal: control characters (C0, C1,
 * DEL), bidi overrides and other invisible format characters become visible
 * escapes, so data can never move the cursor, recolour the screen or reorder text.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

const escapeChar = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x09) return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** For one-line cells and messages: newlines and tabs are escaped too. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE_WITH_NEWLINES, escapeChar);
}

/** For multi-line text blocks: keeps newlines and tabs. */
export function sanitizeBlock(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Shortens very long text for display, keeping the start. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
