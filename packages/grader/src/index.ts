// @bp/grader: grades exercises against reference solutions in isolated workers.
export { defineSuite, DEFAULT_COMPARE, DEFAULT_SEEDED_COUNT, DEFAULT_TIMEOUT_MS } from './suite.js';
export type { Case, Compare, Json, Misconception, SuiteSpec, TaskSpec } from './suite.js';
export { NotImplementedError, isNotImplemented } from './stub.js';
export { createRng, taskRng, hashString, type Rng } from './rng.js';
export { LANGS, localize, resolveLang, isLang, type Lang, type Text } from './text.js';
export {
  grade,
  gradeExercise,
  gradeFile,
  judgeTask,
  judgeModule,
  matchMisconceptions,
  DEFAULT_SEED,
  VERDICTS,
} from './grade.js';
export type {
  ExerciseResult,
  Failure,
  FailureKind,
  GradeOptions,
  GradeReport,
  Hint,
  TaskResult,
  Verdict,
} from './grade.js';
export { verify, type Check, type ExerciseVerification } from './verify.js';
export {
  buildOracle,
  readOracle,
  recordOracles,
  runModule,
  type ExpectedFile,
  type Oracle,
  type WrongAnswer,
} from './oracle.js';
export { Sandbox, type Outcome, type SandboxOptions } from './sandbox.js';
export { compareOutput, type Mismatch } from './compare.js';
export { exercisePaths, findRoot, listExercises, listWrongAnswers, type ExercisePaths } from './discover.js';
export { taskFeedback, formatValue } from './feedback.js';
export { toJsonReport, type JsonReport, type JsonTask } from './report/json.js';
export { toGradescope, type GradescopeResults, type GradescopeTest } from './report/gradescope.js';
export { toJUnit } from './report/junit.js';
export { renderTable } from './report/table.js';
export { main } from './cli-main.js';
export type { LoadedSuite, LoadedTask, Plain } from './protocol.js';
export { ProcessSandbox, permissionFlags, type ProcessSandboxOptions } from './isolate/process-sandbox.js';
export { gradeSubmission, type SubmissionOptions } from './class/grade-submission.js';
export { gradeClass, type ClassOptions, type ClassResult } from './class/grade-class.js';
export { release, ReleaseError, type ReleaseOptions, type ReleaseResult } from './release.js';
export { scaffoldExercise, type ScaffoldOptions } from './scaffold.js';
export { writeGradescopeBundle, type AutograderConfig } from './gradescope/bundle.js';
export { studentSeed } from './seed.js';
