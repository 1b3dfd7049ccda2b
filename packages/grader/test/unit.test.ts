// Pure pieces: comparison, the seeded generator, plain values, language selection, the CLI's usage errors.
import { describe, expect, it } from 'vitest';
import { compareOutput } from '../src/compare.js';
import { createRng, taskRng } from '../src/rng.js';
import { decodePlain, encodePlain, firstDifference, toPlain } from '../src/plain.js';
import { resolveLang } from '../src/text.js';
import { isNotImplemented, NotImplementedError } from '../src/stub.js';
import { main } from '../src/cli-main.js';
import { repoRoot } from './helpers.js';

const tol = { atol: 1e-9, rtol: 1e-9 };

describe('compareOutput', () => {
  it('accepts float64 noise and rejects real differences', () => {
    expect(compareOutput(0.1 + 0.2, 0.3, tol)).toBeUndefined();
    const m = compareOutput(1, 1 + 1e-6, tol);
    expect(m?.reason).toBe('value');
    expect(m?.absError).toBeCloseTo(1e-6, 12);
    expect(compareOutput(0, -0, tol)).toBeUndefined();
  });
  it('tells NaN, type, shape and missing keys apart', () => {
    expect(compareOutput(1, NaN, tol)?.reason).toBe('not-finite');
    expect(compareOutput(1, '1', tol)?.reason).toBe('type');
    expect(compareOutput([1, 2], [1], tol)?.reason).toBe('shape');
    expect(compareOutput([[1, 2]], [1], tol)).toMatchObject({ reason: 'type', path: '[0]' });
    expect(compareOutput([[1, 2]], [[1], [2]], { ...tol, shape: false })).toBeUndefined();
    expect(compareOutput({ a: 1 }, { b: 1 }, tol)).toMatchObject({ reason: 'missing-key', quantity: 'a' });
  });
  it('names the first diverging quantity in declared order', () => {
    const e = { c: 3, a: 1, b: 2 };
    const r = { c: 4, a: 0, b: 2 };
    expect(compareOutput(e, r, tol)?.quantity).toBe('c');
    expect(compareOutput(e, r, tol, ['a', 'b', 'c'])?.quantity).toBe('a');
    expect(compareOutput({ h: [{ x: 1 }, { x: 2 }] }, { h: [{ x: 1 }, { x: 5 }] }, tol)?.path).toBe(
      '.h[1].x',
    );
  });
});

describe('rng', () => {
  it('is reproducible per seed and per task', () => {
    expect(createRng(5).array(4)).toEqual(createRng(5).array(4));
    expect(createRng(5).array(4)).not.toEqual(createRng(6).array(4));
    expect(taskRng(1, 'ex', 'f').next()).not.toBe(taskRng(1, 'ex', 'g').next());
    const r = createRng(9);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(-2, 2);
      expect(k).toBeGreaterThanOrEqual(-2);
      expect(k).toBeLessThanOrEqual(2);
      expect(Number.isFinite(r.normal())).toBe(true);
    }
    expect(r.matrix(2, 3).map((row) => row.length)).toEqual([3, 3]);
  });
});

describe('plain values', () => {
  it('keep NaN, Infinity and -0 through JSON', () => {
    const v = [NaN, Infinity, -Infinity, -0, 1, { a: undefined }];
    const back = decodePlain(JSON.parse(JSON.stringify(encodePlain(v))));
    expect(firstDifference(v, back)).toBeUndefined();
  });
  it('turn typed arrays into arrays and class instances into tags', () => {
    expect(toPlain(new Float64Array([1, 2]))).toEqual([1, 2]);
    expect(toPlain(new Map())).toEqual({ $unsupported: 'Map' });
    expect(toPlain(() => 1)).toEqual({ $unsupported: 'function' });
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => toPlain(cyclic)).toThrow(/cycle/);
  });
});

describe('language and stubs', () => {
  it('resolves --lang, then BP_LANG, then pt-BR', () => {
    expect(resolveLang(undefined, {})).toBe('pt-BR');
    expect(resolveLang(undefined, { BP_LANG: 'en' })).toBe('en');
    expect(resolveLang('pt-BR', { BP_LANG: 'en' })).toBe('pt-BR');
    expect(() => resolveLang('fr', {})).toThrow(/unknown language/);
  });
  it('recognizes NotImplementedError by name', () => {
    expect(isNotImplemented(new NotImplementedError('f'))).toBe(true);
    expect(isNotImplemented(Object.assign(new Error('x'), { name: 'NotImplementedError' }))).toBe(true);
    expect(isNotImplemented(new Error('x'))).toBe(false);
  });
});

describe('bp usage errors', () => {
  const run = async (...argv: string[]): Promise<{ code: number; err: string }> => {
    let err = '';
    const code = await main(argv, { out: () => undefined, err: (s) => (err += s), cwd: repoRoot, env: {} });
    return { code, err };
  };
  it.each([
    [['grade', '--lang', 'fr'], /unknown language/],
    [['grade', '--seed', 'x'], /--seed must be an integer/],
    [['grade', '--bogus'], /Unknown option/],
    [['grade', '--only', '99-nope'], /unknown exercise 99-nope/],
    [['frobnicate'], /unknown command/],
    [[], /usage:/],
  ])('%j exits 2', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
  it('--help exits 0', async () => {
    expect((await run('--help')).code).toBe(0);
  });
});
