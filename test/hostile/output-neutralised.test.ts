/**
 * Output safety beyond control characters: a rules file's escape sequences
 * (an OSC 52 clipboard write) never reach the terminal through `outsource
 * rules`; Markdown keeps bare URLs, e-mail addresses and @mentions as text;
 * the HTML report wraps an unbroken 480-character name instead of pushing
 * its tables off the page.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { markdownCell } from '../../src/reporters/text-safety.js';
import { REPORT_CSS } from '../../src/reporters/report/style.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

describe('outsource rules', () => {
  it("shows a rules file's escape sequences instead of sending them (was raw, an OSC 52 clipboard write)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outsource-rules-'));
    try {
      const file = join(dir, 'rules.yaml');
      writeFileSync(file, 'extends: default\nchecks:\n  evil:\n    message: m\n    description: "desc \\e]52;c;ZWNobyBwd25lZA==\\a x"\n    when: "true"\n');
      const r = await runInProcess(['rules', '--rules', file]);
      expect(r.stdout).not.toContain(ESC);
      expect(r.stdout).not.toContain(BEL);
      expect(r.stdout).toContain('\\x1b]52;c;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Markdown', () => {
  it('neutralises bare URLs, e-mail addresses and @mentions, and reads the same', () => {
    for (const text of ['see https://evil.example/x', 'mail ceo@example.com', 'ping @octocat and @org/team', 'www.evil.example']) {
      const cell = markdownCell(text);
      expect(cell).not.toMatch(/https:\/\/|www\.evil|ceo@example|(^|\s)@octocat|(^|\s)@org/);
      expect(cell.replace(/[\\`]/g, '')).toBe(text);
    }
  });

  it('leaves ordinary words alone', () => {
    expect(markdownCell('Payroll: 3 seats, offshore')).toBe('Payroll: 3 seats, offshore');
  });
});

describe('HTML report', () => {
  it('wraps an unbroken string inside its table cell', () => {
    expect(REPORT_CSS).toMatch(/th, td \{[^}]*overflow-wrap: anywhere/);
  });
});
