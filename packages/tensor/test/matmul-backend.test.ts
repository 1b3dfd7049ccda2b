import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ArgumentError,
  gemm,
  getMatmulBackend,
  matmul,
  randn,
  setMatmulBackend,
  wasmMatmulAvailable,
  type MatmulBackend,
} from '../src/index.js';

afterEach(() => setMatmulBackend('auto'));

interface Case {
  m: number;
  n: number;
  k: number;
  transA: boolean;
  transB: boolean;
  accumulate: boolean;
  aOff: number;
  bOff: number;
  cOff: number;
  seed: number;
}

/** Runs gemm on `backend` over fresh copies of seeded operands; returns C (with its untouched margins). */
function run(backend: MatmulBackend, c: Case): Float64Array {
  const A = randn([c.aOff + c.m * c.k + 3], { seed: c.seed }).data;
  const B = randn([c.bOff + c.k * c.n + 3], { seed: c.seed + 1 }).data;
  const C = randn([c.cOff + c.m * c.n + 3], { seed: c.seed + 2 }).data;
  setMatmulBackend(backend);
  gemm(c.m, c.n, c.k, A, c.aOff, B, c.bOff, C, c.cOff, c);
  return C;
}

/** Σ_p |op(A)(i, p)|·|op(B)(p, j)| (+ |C₀(i, j)|): the scale of the rounding error in C(i, j). */
function errorScale(c: Case): Float64Array {
  const A = randn([c.aOff + c.m * c.k + 3], { seed: c.seed }).data;
  const B = randn([c.bOff + c.k * c.n + 3], { seed: c.seed + 1 }).data;
  const C = randn([c.cOff + c.m * c.n + 3], { seed: c.seed + 2 }).data;
  const scale = new Float64Array(C.length);
  for (let i = 0; i < C.length; i++) scale[i] = Math.abs(C[i]);
  for (let i = 0; i < c.m; i++) {
    for (let j = 0; j < c.n; j++) {
      let s = c.accumulate ? Math.abs(C[c.cOff + i * c.n + j]) : 0;
      for (let p = 0; p < c.k; p++) {
        const a = c.transA ? A[c.aOff + p * c.m + i] : A[c.aOff + i * c.k + p];
        const b = c.transB ? B[c.bOff + j * c.k + p] : B[c.bOff + p * c.n + j];
        s += Math.abs(a * b);
      }
      scale[c.cOff + i * c.n + j] = s;
    }
  }
  return scale;
}

function expectAgree(got: Float64Array, want: Float64Array, scale: Float64Array): void {
  for (let i = 0; i < want.length; i++) {
    if (!(Math.abs(got[i] - want[i]) <= 1e-12 * scale[i])) {
      expect.fail(`element ${i}: ${got[i]} vs ${want[i]} (error scale ${scale[i]})`);
    }
  }
}

/** Sizes around the tile edges (4), the block depth (256) and the empty product. */
const dim = fc.oneof(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 14, max: 70 }));
const caseArb: fc.Arbitrary<Case> = fc.record({
  m: dim,
  n: dim,
  k: fc.oneof(dim, fc.integer({ min: 250, max: 530 })),
  transA: fc.boolean(),
  transB: fc.boolean(),
  accumulate: fc.boolean(),
  aOff: fc.integer({ min: 0, max: 5 }),
  bOff: fc.integer({ min: 0, max: 5 }),
  cOff: fc.integer({ min: 0, max: 5 }),
  seed: fc.integer({ min: 0, max: 1e6 }),
});

describe.runIf(wasmMatmulAvailable())('the WebAssembly kernel', () => {
  it('agrees with the TypeScript kernel to 1e-12 of the error scale, for every shape and flag (property)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expectAgree(run('wasm', c), run('js', c), errorScale(c));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees on products larger than one block in every dimension, and on the skinny x·Wᵀ of a layer', () => {
    for (const c of [
      {
        m: 21,
        n: 1030,
        k: 300,
        transA: false,
        transB: true,
        accumulate: true,
        aOff: 1,
        bOff: 2,
        cOff: 3,
        seed: 7,
      },
      {
        m: 130,
        n: 9,
        k: 600,
        transA: true,
        transB: false,
        accumulate: false,
        aOff: 0,
        bOff: 0,
        cOff: 0,
        seed: 8,
      },
    ]) {
      expectAgree(run('wasm', c), run('js', c), errorScale(c));
    }
  });

  it('leaves C untouched outside its m×n block and overwrites it without accumulate', () => {
    const C = new Float64Array(2 + 6 * 5 + 2).fill(Number.NaN);
    setMatmulBackend('wasm');
    gemm(6, 5, 3, new Float64Array(18).fill(1), 0, new Float64Array(15).fill(2), 0, C, 2);
    expect(Array.from(C.subarray(2, 32))).toEqual(new Array<number>(30).fill(6));
    expect([C[0], C[1], C[32], C[33]].every(Number.isNaN)).toBe(true);
  });
});

describe('the backend switch', () => {
  it('defaults to auto, remembers the choice and rejects unknown names', () => {
    expect(getMatmulBackend()).toBe('auto');
    setMatmulBackend('js');
    expect(getMatmulBackend()).toBe('js');
    setMatmulBackend('wasm');
    expect(getMatmulBackend()).toBe('wasm');
    expect(() => setMatmulBackend('gpu' as MatmulBackend)).toThrow(ArgumentError);
    expect(getMatmulBackend()).toBe('wasm');
  });

  it('gives the same products whichever backend runs them, small and large', () => {
    for (const [m, k, n] of [
      [2, 3, 2],
      [10, 784, 30],
      [65, 33, 17],
    ]) {
      const a = randn([m, k], { seed: m });
      const b = randn([k, n], { seed: n });
      const results = (['js', 'wasm', 'auto'] as const).map((backend) => {
        setMatmulBackend(backend);
        return matmul(a, b).data;
      });
      for (const r of results.slice(1)) {
        r.forEach((x, i) =>
          expect(Math.abs(x - results[0][i])).toBeLessThanOrEqual(1e-12 * Math.sqrt(k) * 10),
        );
      }
    }
  });
});
