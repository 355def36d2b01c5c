import { createHash } from 'node:crypto';
import type { Hit } from './types.js';

/**
 * What a finding is about, without where it sits: the rule, the file, the
 * process and vendor it names, and the path of its node with list positions
 * left out. Moving lines, reordering items or editing comments keeps a
 * finding's fingerprint; a finding about another process gets another one.
 */
export function fingerprintOf(rule: string, file: string, hit: Pick<Hit, 'path' | 'process' | 'vendor'>): string {
  const path = hit.path.map((segment) => (typeof segment === 'number' ? '*' : String(segment))).join('.');
  const subject = [rule, file, hit.process ?? '', hit.vendor ?? '', path].join('\u0000');
  return createHash('sha256').update(subject).digest('hex').slice(0, 16);
}
