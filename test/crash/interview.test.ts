/**
 * For the interview: `outsource assess` saves every answer
 * (through a temporary file and a rename) before it asks the next question.
 * Killed with SIGKILL at a random moment, often while an answer is being
 * saved (the saves are slowed down), the session file is always whole, holds
 * every answer whose next question had appeared, and a new run resumes at
 * exactly the next unanswered question.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { sessionShape } from '../../src/core/interview/session.js';
import { binPath, fixture } from '../helpers/paths.js';
import { terminalSuite } from '../assess/tmux.js';
import { seeded, slowWrite, tempFiles } from './harness.js';

const ENV = { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
const command = (args: string) => `node --require ${slowWrite} ${binPath} assess ${args}`;

/** The first questions of an interview over test/fixtures/assess/partial.yaml, in order, with an answer each. */
const SCRIPT: [question: string, key: string][] = [
  ['Step 2: 3 processes listed', 'd'],
  ['Ad adaptations: How well could an outside party', '5'],
  ['Ad adaptations: How much would outsourcing it gain', '5'],
  ['SEO for client sites: How much does this process give', '2'],
  ['SEO for client sites: How well could an outside party', '4'],
  ['SEO for client sites: How much would outsourcing it gain', '4'],
  ['Monthly client reporting: How much does this process give', '2'],
  ['Monthly client reporting: How well could an outside party', '5'],
  ['Monthly client reporting: How much would outsourcing it gain', '3'],
];

const TRIALS = 5;
const terminal = terminalSuite('outsource-crash-interview-');

describe.skipIf(!terminal.available)('an interview killed with SIGKILL', () => {
  it(`resumes with every answer given before the kill (${TRIALS} random kills, some during a save)`, { timeout: 180_000 }, async () => {
    const random = seeded(2024);
    let duringSave = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { tmux: t, dir } = terminal.open();
      const sessionFile = join(dir, '.outsource-session.json');
      t.start(command(`--inventory ${fixture('assess', 'partial.yaml')} --out result.yaml`), dir, ENV);

      // Answer k questions; each one's question appearing proves the answer before it was saved.
      const k = 1 + Math.floor(random() * (SCRIPT.length - 1));
      for (let i = 0; i < k; i++) {
        const [question, key] = SCRIPT[i]!;
        await t.waitForQuestion(question);
        t.keys(key, 'Enter');
      }
      const confirmed = k - 1;
      // Even trials: kill while the last answer is being saved (each save takes a few hundred
      // milliseconds here); odd trials: at any moment in the next half second.
      if (trial % 2 === 0) {
        const start = Date.now();
        while (tempFiles(dir).length === 0 && Date.now() - start < 5_000) await sleep(1);
        await sleep(Math.floor(random() * 150));
      } else await sleep(Math.floor(random() * 500));
      if (tempFiles(dir).length > 0) duringSave++;
      process.kill(t.pid(), 'SIGKILL');
      await t.waitForExit();

      // The session is whole and holds every confirmed answer, perhaps the last one too.
      const saved = existsSync(sessionFile) ? sessionShape.parse(JSON.parse(readFileSync(sessionFile, 'utf8'))).events.length : 0;
      expect(saved, `trial ${trial}: ${k} answers typed`).toBeGreaterThanOrEqual(confirmed);
      expect(saved).toBeLessThanOrEqual(k);

      // Resume: the next question is the first one not saved.
      if (saved > 0) {
        t.start(command('--out result.yaml'), dir, ENV);
        await t.answer(`(${saved} answer${saved === 1 ? '' : 's'}`, 'r', 'Enter');
        await t.waitForQuestion(SCRIPT[saved]![0]);
      }
      terminal.close();
    }
    expect(duringSave).toBeGreaterThan(0);
  });
});
