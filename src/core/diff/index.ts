export {
  describeStanding,
  diffAssessments,
  diffMethods,
  type AnswerChange,
  type DiffResult,
  type DiffSide,
  type ProcessChange,
  type RuleChange,
  type Standing,
} from './diff.js';
