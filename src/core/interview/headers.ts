import type { Method } from '../method.js';
import type { Catalogues } from './catalogue.js';
import type { Stage } from './next.js';

/** The heading of a stage, from the rules and catalogues (nothing here is the method's own wording). */
export function stageHeader(stage: Stage, method: Method | undefined, catalogues: Catalogues): string | undefined {
  const head = (step: number, title: string, intro?: string) => `\n=== Step ${step} of 7: ${title} ===${intro ? `\n${intro}` : ''}`;
  switch (stage) {
    case 'list':
      return head(2, catalogues.steps[2].title, catalogues.steps[2].intro);
    case 'merge':
      return head(1, catalogues.steps[1].title, catalogues.steps[1].intro);
    case 3:
    case 4:
    case 5:
    case 6:
      return method ? head(stage, method.steps[stage].title, method.steps[stage].intro) : undefined;
    case 7:
      return `${head(7, catalogues.metricsStep.title, catalogues.metricsStep.intro)}\nBaselines: type a number (48), or a number and a unit ("2 days"); empty or ? if you do not know; b to go back.`;
    case 'done':
      return undefined;
  }
}
