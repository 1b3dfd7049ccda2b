// Each published package, as a consumer gets it: packed by pnpm, installed by npm into a folder
// outside the workspace, imported by plain Node. Also checks every package with publint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';

const packagesDir = resolve(import.meta.dirname, '..', '..');
const published = ['tensor', 'autograd', 'nn', 'optim', 'datasets', 'viz'];
let work: string;
let consumer: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bp-pack-'));
  for (const name of published) {
    execFileSync('pnpm', ['pack', '--pack-destination', work], {
      cwd: join(packagesDir, name),
      stdio: 'pipe',
    });
  }
  consumer = join(work, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const tarballs = readdirSync(work)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(work, f));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {
    cwd: consumer,
    stdio: 'pipe',
  });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packed packages installed with npm outside the workspace', () => {
  it('packs one tarball per published package', () => {
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toHaveLength(published.length);
    for (const name of published) expect(tarballs.some((t) => t.startsWith(`bp-${name}-`))).toBe(true);
  });

  it('a plain Node script imports them and computes a gradient', () => {
    const script = `
      import { tensor } from '@bp/tensor';
      import { Variable, Value } from '@bp/autograd';
      const w = new Variable(tensor([[1, 2], [3, 4]]), { requiresGrad: true });
      const x = tensor([[1], [1]]);
      w.matmul(x).sigmoid().sum().backward();
      const a = new Value(2, { label: 'a' });
      const b = a.mul(a).add(a); b.backward();
      console.log(JSON.stringify({ grad: w.grad.toArray(), scalar: a.grad }));
    `;
    writeFileSync(join(consumer, 'check.mjs'), script);
    const out = JSON.parse(execFileSync('node', ['check.mjs'], { cwd: consumer, encoding: 'utf8' })) as {
      grad: number[][];
      scalar: number;
    };
    const s = (z: number): number => 1 / (1 + Math.exp(-z));
    const d = (z: number): number => s(z) * (1 - s(z));
    expect(out.scalar).toBe(5);
    expect(out.grad[0][0]).toBeCloseTo(d(3), 12);
    expect(out.grad[1][1]).toBeCloseTo(d(7), 12);
  });

  it('iris loads through its CommonJS dependency and @bp/viz draws a graph with Graphviz', () => {
    const script = `
      import { iris } from '@bp/datasets';
      import { Value } from '@bp/autograd';
      import { graphToSvg } from '@bp/viz';
      const a = new Value(2, { label: 'a' });
      const b = a.mul(3).withLabel('b');
      b.backward();
      const svg = await graphToSvg(b);
      console.log(JSON.stringify({ rows: iris().x.shape[0], svg: svg.includes('<svg'), grad: svg.includes('grad 3') }));
    `;
    writeFileSync(join(consumer, 'viz.mjs'), script);
    const out = JSON.parse(execFileSync('node', ['viz.mjs'], { cwd: consumer, encoding: 'utf8' })) as unknown;
    expect(out).toEqual({ rows: 150, svg: true, grad: true });
  });

  it('the whole stack resolves: nn, optim and datasets load from their dist', () => {
    const script = `
      import * as nn from '@bp/nn';
      import * as optim from '@bp/optim';
      import * as datasets from '@bp/datasets';
      console.log(JSON.stringify([Object.keys(nn).length, Object.keys(optim).length, Object.keys(datasets).length]));
    `;
    writeFileSync(join(consumer, 'stack.mjs'), script);
    const counts = JSON.parse(
      execFileSync('node', ['stack.mjs'], { cwd: consumer, encoding: 'utf8' }),
    ) as number[];
    counts.forEach((n) => expect(n).toBeGreaterThan(0));
  });
});

describe('publint', () => {
  for (const name of published) {
    it(`@bp/${name} has no publint errors or warnings`, async () => {
      const { messages } = await publint({ pkgDir: join(packagesDir, name), level: 'warning', pack: 'pnpm' });
      expect(messages.map((m) => `${m.code} ${JSON.stringify(m.args)}`)).toEqual([]);
    });
  }
});
