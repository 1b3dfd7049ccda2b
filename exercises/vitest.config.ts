import { defineConfig } from 'vitest/config';
import { courseAliases } from '../packages/grader/vitest-aliases.ts';
import { sharedTestOptions } from '../vitest.shared.ts';

export default defineConfig({ resolve: { alias: courseAliases() }, test: sharedTestOptions });
