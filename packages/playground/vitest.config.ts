import { defineConfig } from 'vitest/config';
import { sharedTestOptions } from '../../vitest.shared.ts';

// The browser test starts its own Vite server for the page; vitest itself only runs Node code here.
export default defineConfig({ test: { ...sharedTestOptions, include: ['test/**/*.test.ts'] } });
