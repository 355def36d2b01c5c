import type { Method } from '../../method.js';

/** "High" on the method's scale, as the rules define it (`scale.high`, 4 on the default 1-5 scale). */
export const highOnScale = (method: Method): number => method.scale.high;

export const answerOf = (answers: Record<string, unknown>, id: string): number | undefined => {
  const v = answers[id];
  return typeof v === 'number' ? v : undefined;
};
