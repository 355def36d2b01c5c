import type { Method } from '../../core/method.js';
import { CROSS_OUT_STEPS } from '../../core/method.js';
import { checksAsJson } from '../check/rules-list.js';
import type { RulesListing } from './types.js';

export function methodAsJson(method: Method) {
  return {
    name: method.name,
    sources: method.sources,
    scale: method.scale,
    criteria: method.criteria,
    gates: CROSS_OUT_STEPS.flatMap((step) => method.gatesByStep[step]),
  };
}

export const renderRulesJson = ({ method, checks }: RulesListing): string => `${JSON.stringify({ ...methodAsJson(method), checks: checksAsJson(checks) }, null, 2)}\n`;
