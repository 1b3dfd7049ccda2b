import { defineConfig } from 'vitest/config';

// Packing and an npm install take a while; nothing here is a timing assertion.
export default defineConfig({ test: { testTimeout: 240_000, hookTimeout: 240_000 } });
