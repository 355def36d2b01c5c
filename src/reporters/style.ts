import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk that colours only when asked to: reporters stay pure and testable. */
export function styler(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
