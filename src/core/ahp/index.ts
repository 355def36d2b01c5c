export {
  analysePairwise,
  formatRatio,
  unlinked,
  principalEigen,
  CR_LIMIT,
  MAX_CRITERIA,
  RANDOM_INDEX,
  type AhpResult,
  type Comparison,
  type PairwiseInput,
} from './analyse.js';
export { parseMatrixDocument, parseMatrixFile, parseRatio } from './matrix-file.js';
export { weightsRulesFile } from './rules-file.js';
export { answersToComparisons, interviewPairs, saatyChoices, type SaatyChoice } from './interview.js';
