// Grades your files with the hidden suites: one test per task. A task you have not started is a "todo"
// (0 points, not a failure); a task you started must pass. For the full report: `pnpm grade`.
import { fileURLToPath } from 'node:url';
import { describeGrading } from '@bp/grader/vitest';

await describeGrading({ root: fileURLToPath(new URL('..', import.meta.url)) });
