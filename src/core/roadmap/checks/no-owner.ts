import type { Check } from '../types.js';

export const noOwner: Check = {
  id: 'no-owner',
  severity: 'error',
  summary: 'the roadmap names no in-house owner, although the responsibility for outsourced work stays with the organisation',
  seed: '004; 003',
  fix: 'add `owner:` with the person or role in-house who answers for the plan and the vendors',
  check(ctx) {
    const owner = ctx.roadmap.owner;
    if (owner) return [];
    return [
      {
        path: owner === undefined ? [] : ['owner'],
        key: owner !== undefined,
        message: 'the roadmap names no in-house owner; add owner: with the person or role who answers for the outsourced work',
      },
    ];
  },
};
