import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ShapeError, tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';
import {
  Linear,
  MLP,
  Module,
  Parameter,
  ReLU,
  Sequential,
  StateDictError,
  halfMSE,
  type StateDict,
} from '../src/index.js';
import { seedArb } from './helpers.js';

class TwoBranch extends Module {
  readonly scale = new Parameter([2], 'scale');
  readonly encoder = new Linear(3, 2, { seed: 1 });
  readonly heads = [new Linear(2, 1, { seed: 2 }), new Linear(2, 1, { bias: false, seed: 3 })];
  forward(x: Variable): Variable {
    const h = this.encoder.forward(x).mul(this.scale);
    return this.heads[0].forward(h).add(this.heads[1].forward(h));
  }
}

describe('Parameter', () => {
  it('is a Variable leaf that requires a gradient and carries a name', () => {
    const p = new Parameter([[1, 2]], 'weight');
    expect(p).toBeInstanceOf(Variable);
    expect(p.requiresGrad).toBe(true);
    expect(p.isLeaf).toBe(true);
    expect(p.name).toBe('weight');
    expect(p.label).toBe('weight');
    expect(p.shape).toEqual([1, 2]);
  });
});

describe('Module registration', () => {
  it('names parameters by dotted paths in field order, arrays by index', () => {
    const m = new TwoBranch();
    expect(m.namedParameters().map(([k]) => k)).toEqual([
      'scale',
      'encoder.weight',
      'encoder.bias',
      'heads.0.weight',
      'heads.0.bias',
      'heads.1.weight',
    ]);
    expect(m.parameters()).toHaveLength(6);
    expect(m.numParameters()).toBe(1 + 6 + 2 + 2 + 1 + 2);
    expect(m.namedModules().map(([k]) => k)).toEqual(['', 'encoder', 'heads.0', 'heads.1']);
  });

  it('MLP parameters are layers.i.weight / layers.i.bias; Sequential names by position as PyTorch', () => {
    expect(new MLP([4, 3, 2]).namedParameters().map(([k, p]) => [k, p.shape])).toEqual([
      ['layers.0.weight', [3, 4]],
      ['layers.0.bias', [3]],
      ['layers.1.weight', [2, 3]],
      ['layers.1.bias', [2]],
    ]);
    const seq = new Sequential(new Linear(2, 3), new ReLU(), new Linear(3, 1, { bias: false }));
    expect(seq.namedParameters().map(([k]) => k)).toEqual(['0.weight', '0.bias', '2.weight']);
    expect(seq.length).toBe(3);
  });

  it('lists a shared parameter once', () => {
    const shared = new Linear(2, 2);
    const seq = new Sequential(shared, shared);
    expect(seq.parameters()).toHaveLength(2);
    expect(seq.namedParameters().map(([k]) => k)).toEqual(['0.weight', '0.bias']);
  });

  it('zeroGrad clears every gradient; train/eval set the flag recursively', () => {
    const m = new TwoBranch();
    halfMSE(m.forward(new Variable([[1, 2, 3]])), [[0.5]]).backward();
    expect(m.parameters().every((p) => p.grad !== null)).toBe(true);
    m.zeroGrad();
    expect(m.parameters().every((p) => p.grad === null)).toBe(true);
    expect(m.training).toBe(true);
    expect(m.eval()).toBe(m);
    expect(m.modules().every((x) => !x.training)).toBe(true);
    m.train();
    expect(m.modules().every((x) => x.training)).toBe(true);
  });

  it('call wraps tensors and nested arrays', () => {
    const l = new Linear(2, 1, { seed: 4 });
    expect(l.call([[1, 2]]).item()).toBe(l.forward(new Variable(tensor([[1, 2]]))).item());
  });
});

describe('stateDict / loadStateDict', () => {
  it('round-trips through JSON exactly, bit for bit, on random networks', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 4 }),
        (seed, sizes) => {
          const a = new MLP(sizes, { seed, init: 'nielsen' });
          const b = new MLP(sizes, { seed: seed + 1, init: 'nielsen' });
          const json = JSON.stringify(a.stateDict());
          b.loadStateDict(JSON.parse(json) as StateDict);
          const pa = a.parameters();
          b.parameters().forEach((p, i) => {
            expect(p.shape).toEqual(pa[i].shape);
            for (let k = 0; k < p.size; k++) expect(Object.is(p.data.data[k], pa[i].data.data[k])).toBe(true);
          });
          expect(JSON.stringify(b.stateDict())).toBe(json);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('is plain JSON: { shape, data: number[] } per parameter', () => {
    const l = new Linear(2, 1, { seed: 0 });
    const s = l.stateDict();
    expect(Object.keys(s)).toEqual(['weight', 'bias']);
    expect(s.weight.shape).toEqual([1, 2]);
    expect(Array.isArray(s.weight.data)).toBe(true);
    expect(s.weight.data).toEqual(Array.from(l.weight.data.data));
  });

  it('writes in place: the Parameter and Tensor objects an optimizer holds stay the same', () => {
    const l = new Linear(2, 1);
    const [w, b] = [l.weight, l.bias!];
    const data = w.data;
    l.loadStateDict({ weight: { shape: [1, 2], data: [3, 4] }, bias: { shape: [1], data: [5] } });
    expect(l.weight).toBe(w);
    expect(l.weight.data).toBe(data);
    expect(w.toArray()).toEqual([[3, 4]]);
    expect(b.toArray()).toEqual([5]);
  });

  it('names a missing key', () => {
    const l = new Linear(2, 1);
    const err = catchError(() => l.loadStateDict({ weight: { shape: [1, 2], data: [1, 2] } }));
    expect(err).toBeInstanceOf(StateDictError);
    expect(err.message).toMatch(/missing key 'bias'/);
    expect((err as StateDictError).missingKeys).toEqual(['bias']);
  });

  it('names an unexpected key', () => {
    const l = new Linear(2, 1, { bias: false });
    const err = catchError(() =>
      l.loadStateDict({ weight: { shape: [1, 2], data: [1, 2] }, bias: { shape: [1], data: [0] } }),
    );
    expect(err).toBeInstanceOf(StateDictError);
    expect(err.message).toMatch(/unexpected key 'bias'/);
    expect((err as StateDictError).unexpectedKeys).toEqual(['bias']);
  });

  it('names the key and both shapes on a shape mismatch, and changes nothing', () => {
    const net = new MLP([2, 3, 1], { seed: 1 });
    const before = JSON.stringify(net.stateDict());
    const state = net.stateDict();
    state['layers.0.bias'].data = state['layers.0.bias'].data.map(() => 7);
    state['layers.1.weight'] = { shape: [3, 1], data: [1, 2, 3] };
    const err = catchError(() => net.loadStateDict(state));
    expect(err).toBeInstanceOf(ShapeError);
    expect(err.message).toMatch(/'layers\.1\.weight'.*\[1, 3\].*\[3, 1\]/);
    expect(JSON.stringify(net.stateDict())).toBe(before);
  });

  it('rejects malformed entries with a reason', () => {
    const l = new Linear(2, 1, { bias: false });
    expect(() => l.loadStateDict({ weight: { shape: [1, 2], data: [1] } })).toThrow(
      /1 numbers in 'data' but its shape \[1, 2\] needs 2/,
    );
    const withNull = JSON.parse('{"weight":{"shape":[1,2],"data":[1,null]}}') as StateDict;
    expect(() => l.loadStateDict(withNull)).toThrow(/non-number at data\[1\]/);
  });

  it('strict: false loads the keys that match and ignores the rest', () => {
    const l = new Linear(2, 1);
    const bias = l.bias!.item();
    l.loadStateDict(
      { weight: { shape: [1, 2], data: [9, 9] }, other: { shape: [1], data: [1] } },
      { strict: false },
    );
    expect(l.weight.toArray()).toEqual([[9, 9]]);
    expect(l.bias!.item()).toBe(bias);
  });
});

function catchError(f: () => void): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}
