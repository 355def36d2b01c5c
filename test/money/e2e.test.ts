import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';

describe('bad money input (end to end)', () => {
  it('exits 2 with one line naming file:line:column, nothing on stdout', async () => {
    const r = await runBin(['score', 'test/fixtures/money/money-without-currency.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^outsource: test\/fixtures\/money\/money-without-currency\.yaml:6:19: processes\[0\]\.cost\.transition: amounts need a currency/);
  });
});
