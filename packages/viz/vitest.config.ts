import { defineConfig } from 'vitest/config';
import { sharedTestOptions, sourceAliases } from '../../vitest.shared.ts';

export default defineConfig({ resolve: { alias: sourceAliases() }, test: sharedTestOptions });
