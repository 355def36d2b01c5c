export { checkRuleTests } from './check.js';
export { answersOf, runRuleTests, type Difference, type RuleTestOutcome, type RuleTestSummary } from './run.js';
