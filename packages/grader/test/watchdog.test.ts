// The watchdog, through courseSetupFiles() as exercises/vitest.config.ts uses it: a test that loops forever ends
// the run, names itself and fails it, instead of hanging `pnpm test`; the other test files still run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hangMessage, limitMs } from '../src/watchdog.js';
import { repoRoot } from './helpers.js';
import { courseSetupFiles } from '../vitest-aliases.ts';

const dir = mkdtempSync(join(tmpdir(), 'bp-watchdog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('watchdog', () => {
  it('stops a synchronous infinite loop, says which test it was, and fails the run', () => {
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `export default { test: { setupFiles: ${JSON.stringify(courseSetupFiles())} } };\n`,
    );
    writeFileSync(
      join(dir, 'loop.test.ts'),
      `import { it, expect } from 'vitest';
it('finishes first', () => expect(1 + 1).toBe(2));
it('loops', () => { let x = 0; while (x >= 0) x = (x + 1) % 7; });
`,
    );
    writeFileSync(
      join(dir, 'slow.test.ts'),
      `import { it, expect } from 'vitest';
it('busy but under the limit', () => { const end = Date.now() + 300; while (Date.now() < end); expect(true).toBe(true); });
`,
    );
    const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], {
      cwd: dir,
      env: { ...process.env, BP_TEST_LIMIT_MS: '2000', BP_LANG: 'en', NO_COLOR: '1', CI: 'true' },
      encoding: 'utf8',
      timeout: 100_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.signal).toBeNull(); // vitest itself ended, not our spawn timeout
    expect(run.status).toBe(1);
    expect(output).toContain('the test "loop.test.ts › loops" ran past 2 s without finishing');
    expect(output).toMatch(/✓ slow\.test\.ts/);
  });

  it('reads its limit from BP_TEST_LIMIT_MS, and speaks both languages', () => {
    expect(limitMs({})).toBe(20_000);
    expect(limitMs({ BP_TEST_LIMIT_MS: '5000' })).toBe(5000);
    expect(limitMs({ BP_TEST_LIMIT_MS: 'soon' })).toBe(20_000);
    expect(hangMessage('t', 5000, 'pt-BR')).toContain('o teste "t" passou de 5 s sem terminar');
    expect(hangMessage('t', 5000, 'en')).toContain('the test "t" ran past 5 s without finishing');
  });
});
