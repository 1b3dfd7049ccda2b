// `bp verify` as tests: the reference gets full marks, each untouched stub is not attempted, each wrong
// answer is rejected with its misconception.
import { fileURLToPath } from 'node:url';
import { describeVerification } from '@bp/grader/vitest';

await describeVerification({ root: fileURLToPath(new URL('..', import.meta.url)) });
