import type { Method } from '../../method.js';

/** "High" on the method's scale: 4 on the default 1-5 scale. */
export const highOnScale = (method: Method): number => Math.ceil(method.scale.min + (method.scale.max - method.scale.min) * 0.75);

export const answerOf = (answers: Record<string, unknown>, id: string): number | undefined => {
  const v = answers[id];
  return typeof v === 'number' ? v : undefined;
};
