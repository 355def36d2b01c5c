/** The report's only stylesheet: inline, readable on screen and on paper, no web fonts. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b60; --line: #d6d6db; --accent: #2f6f9f; --soft: #f3f6f9; --warn: #8a5a00; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; }
h1 { font-size: 1.75rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 20px 0 4px; }
p { margin: 6px 0; }
.lead { color: var(--muted); margin: 0 0 12px; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 8px 0 0; list-style: none; }
nav a { color: var(--accent); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 10px; margin: 16px 0 4px; padding: 0; list-style: none; }
.figures li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.figures strong { display: block; font-size: 1.5rem; }
figure { margin: 12px 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: var(--soft); }
th[scope="row"] { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; }
.why { color: var(--muted); font-size: 0.88rem; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 4px; border: 1px solid var(--line); font-weight: 600; }
.verdict-outsource { background: #e6f0f7; }
.verdict-incomplete { background: #fff5d6; }
.todo { color: var(--warn); font-weight: 600; }
article { border-top: 1px solid var(--line); padding-top: 4px; }
ul.reasons { margin: 4px 0; padding-left: 20px; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.85rem; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; }
  figure, table, article, .figures { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .figures li, thead th { background: none; }
}
@page { size: A4; margin: 14mm; }
`;
