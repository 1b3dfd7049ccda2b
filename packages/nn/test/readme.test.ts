// The README's first example is this package's test/readme-example.ts, verbatim, and it trains.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const read = (name: string): string => readFileSync(new URL(name, import.meta.url), 'utf8');

describe('README example', () => {
  it('is the file the test runs (which only adds an export for the assertions)', () => {
    const block = /```ts\n([\s\S]*?)```/.exec(read('../README.md'));
    expect(`${block?.[1]}export { losses, yHat };\n`).toBe(read('./readme-example.ts'));
  });

  it('learns XOR with plain gradient steps', async () => {
    const { losses, yHat } = await import('./readme-example.js');
    expect(losses.at(-1)!).toBeLessThan(losses[0] / 50);
    expect(Array.from(yHat.data.data, Math.round)).toEqual([0, 1, 1, 0]);
  });
});
