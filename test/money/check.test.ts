import { describe, expect, it } from 'vitest';
import { checkFile, checkFixture, messagesOf } from '../check/harness.js';

describe('money checks', () => {
  it('no-business-case gives the NPV, the saving and the break-even price, computed by hand', () => {
    // newsletters: 40,000 in-house, 45,000 vendor, 6 % governance 2,700: saving -7,700 a year;
    // NPV -5,000 - 7,700 × 2.5770970 = -24,843.6; break-even (40,000 - 5,000 / 2.5770970) / 1.06 = 35,906
    const [message] = messagesOf(checkFile(checkFixture('rules', 'no-business-case.fail.yaml')), 'no-business-case');
    expect(message).toBe(
      'process "newsletters" has a negative NPV of -€24,844 over 3 years (annual saving -€7,700); it breaks even at a vendor price of €35,906 a year (today €45,000)',
    );
  });

  it('missing-cost says what money the process lacks', () => {
    const [message] = messagesOf(checkFile(checkFixture('rules', 'missing-cost.fail.yaml')), 'missing-cost');
    expect(message).toMatch(/^process "proofreading" has no business case, so the programme's money leaves it out: missing cost\.in_house_annual/);
  });
});
