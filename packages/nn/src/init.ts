// Seeded initialisers, after torch.nn.init: each fills a tensor (or a parameter's tensor) in place and
// returns it. Randomness comes from `rng` (whose state advances) or a fresh `Rng(seed)`; with neither,
// seed 0. So the same seed gives the same network on every machine.
import { ArgumentError, Rng, formatShape, type RandomOptions, type Tensor } from '@bp/tensor';
import { Variable } from '@bp/autograd';

export type { RandomOptions };
type Target = Tensor | Variable;

const tensorOf = (t: Target): Tensor => (t instanceof Variable ? t.data : t);
const rngOf = (options: RandomOptions): Rng => options.rng ?? new Rng(options.seed ?? 0);

/** fan_in and fan_out of a weight of shape [out, in, …] (PyTorch's convention: rows are output units). */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length < 2) {
    throw new ArgumentError(
      'init',
      'tensor',
      `needs at least 2 dimensions to have a fan-in and a fan-out, got shape ${formatShape(shape)}`,
    );
  }
  const receptive = shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[1] * receptive, fanOut: shape[0] * receptive };
}

function fill(target: Target, draw: () => number): Tensor {
  const t = tensorOf(target);
  for (let i = 0; i < t.size; i++) t.data[i] = draw();
  return t;
}

/** U(a, b). */
export function uniform(target: Target, options: RandomOptions & { a?: number; b?: number } = {}): Tensor {
  const { a = 0, b = 1 } = options;
  const rng = rngOf(options);
  return fill(target, () => rng.uniform(a, b));
}

/** N(mean, std²). */
export function normal(
  target: Target,
  options: RandomOptions & { mean?: number; std?: number } = {},
): Tensor {
  const { mean = 0, std = 1 } = options;
  const rng = rngOf(options);
  return fill(target, () => rng.normal(mean, std));
}

export function constant(target: Target, value: number): Tensor {
  return fill(target, () => value);
}

export function zeros(target: Target): Tensor {
  return constant(target, 0);
}

export function ones(target: Target): Tensor {
  return constant(target, 1);
}

/** Glorot: U(−r, r) with r = gain·√(6 / (fan_in + fan_out)). */
export function xavierUniform(target: Target, options: RandomOptions & { gain?: number } = {}): Tensor {
  const { fanIn, fanOut } = fans(tensorOf(target).shape);
  const r = (options.gain ?? 1) * Math.sqrt(6 / (fanIn + fanOut));
  return uniform(target, { ...options, a: -r, b: r });
}

/** Glorot: N(0, σ²) with σ = gain·√(2 / (fan_in + fan_out)). */
export function xavierNormal(target: Target, options: RandomOptions & { gain?: number } = {}): Tensor {
  const { fanIn, fanOut } = fans(tensorOf(target).shape);
  return normal(target, { ...options, std: (options.gain ?? 1) * Math.sqrt(2 / (fanIn + fanOut)) });
}

/** He / Kaiming for ReLU: N(0, 2 / fan), fan = fan_in by default (PyTorch's `kaiming_normal_` with `nonlinearity='relu'`). */
export function kaimingNormal(
  target: Target,
  options: RandomOptions & { mode?: 'fanIn' | 'fanOut' } = {},
): Tensor {
  const { fanIn, fanOut } = fans(tensorOf(target).shape);
  const fan = options.mode === 'fanOut' ? fanOut : fanIn;
  return normal(target, { ...options, std: Math.sqrt(2 / fan) });
}

export const heNormal = kaimingNormal;

/** He uniform for ReLU: U(−r, r) with r = √(6 / fan). */
export function kaimingUniform(
  target: Target,
  options: RandomOptions & { mode?: 'fanIn' | 'fanOut' } = {},
): Tensor {
  const { fanIn, fanOut } = fans(tensorOf(target).shape);
  const r = Math.sqrt(6 / (options.mode === 'fanOut' ? fanOut : fanIn));
  return uniform(target, { ...options, a: -r, b: r });
}

/** Nielsen's `Network`: every weight and every bias ~ N(0, 1). */
export function nielsen(target: Target, options: RandomOptions = {}): Tensor {
  return normal(target, { ...options, mean: 0, std: 1 });
}

/** How a `Linear` layer draws its weight [out, in] and bias [out]. */
export type InitScheme =
  /** PyTorch's `nn.Linear`: weight and bias ~ U(−1/√in, 1/√in). */
  | 'default'
  /** weight and bias ~ N(0, 1) (Nielsen's network). */
  | 'nielsen'
  /** Glorot weights, zero bias. */
  | 'xavierUniform'
  | 'xavierNormal'
  /** He weights, zero bias. */
  | 'heNormal'
  | 'kaimingNormal'
  | 'kaimingUniform'
  | 'zeros'
  /** Your own: fill weight and bias in place, drawing from `rng`. */
  | ((weight: Tensor, bias: Tensor | null, rng: Rng) => void);

/** Fills a layer's weight then its bias from one generator, so the draw order is fixed. */
export function initLinear(scheme: InitScheme, weight: Tensor, bias: Tensor | null, rng: Rng): void {
  if (typeof scheme === 'function') {
    scheme(weight, bias, rng);
    return;
  }
  const inFeatures = weight.shape[1];
  switch (scheme) {
    case 'default': {
      const r = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
      uniform(weight, { rng, a: -r, b: r });
      if (bias) uniform(bias, { rng, a: -r, b: r });
      return;
    }
    case 'nielsen':
      nielsen(weight, { rng });
      if (bias) nielsen(bias, { rng });
      return;
    case 'xavierUniform':
      xavierUniform(weight, { rng });
      break;
    case 'xavierNormal':
      xavierNormal(weight, { rng });
      break;
    case 'heNormal':
    case 'kaimingNormal':
      kaimingNormal(weight, { rng });
      break;
    case 'kaimingUniform':
      kaimingUniform(weight, { rng });
      break;
    case 'zeros':
      zeros(weight);
      break;
    default:
      throw new ArgumentError('Linear', 'init', `'${String(scheme)}' is not an init scheme`);
  }
  if (bias) zeros(bias);
}
