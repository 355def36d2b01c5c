import type * as CelApi from './cel.js';
import type * as CelValues from './cel-values.js';

/** CEL and the values checks of one's own see: loaded only for a rules file that has such checks. */
export type CelModule = typeof CelApi & typeof CelValues;

let loaded: CelModule | undefined;

/** Loads CEL once; a second call returns the same module. */
export async function loadCel(): Promise<CelModule> {
  if (!loaded) {
    const [api, values] = await Promise.all([import('./cel.js'), import('./cel-values.js')]);
    loaded = { ...api, ...values };
  }
  return loaded;
}

/** Thrown when a check of one's own is compiled before CEL is loaded: the loader catches it, loads CEL and tries again. */
export class CelNotLoaded extends Error {
  constructor() {
    super('CEL is not loaded: call loadCel() first');
  }
}

/** CEL, which a check of one's own needs; every caller that compiles such checks has loaded it first. */
export function requireCel(): CelModule {
  if (!loaded) throw new CelNotLoaded();
  return loaded;
}
