import { defineConfig } from 'vitest/config';
import { courseAliases } from '../packages/grader/vitest-aliases.ts';

export default defineConfig({ resolve: { alias: courseAliases() } });
