// The CLI loads CEL only for a rules file with checks of its own (loadMethodFor
// does it); tests that compile such checks in-process get it loaded up front.
import { loadCel } from '../../src/core/roadmap/cel-loader.js';

await loadCel();
