// The command line: flags → the sizes and repetitions of every case. Three modes: full (the figures the README
// quotes), --quick (a smoke run in well under a minute) and --tiny (what the test runs: toy sizes, seconds).
import { fileURLToPath } from 'node:url';

export const CASES = ['matmul', 'nielsen', 'scalar', 'cost', 'memory'] as const;
export type CaseName = (typeof CASES)[number];
export const PEERS = ['tfjs-cpu', 'tfjs-wasm', 'brain', 'numpy'] as const;
export type PeerName = (typeof PEERS)[number];
export type Mode = 'full' | 'quick' | 'tiny';

export interface BenchOptions {
  readonly mode: Mode;
  readonly only: readonly CaseName[];
  /** The engines compared with @bp (which always runs). */
  readonly peers: readonly PeerName[];
  readonly json: string;
  readonly seed: number;
  /** Timed repetitions behind each median (samples for matmul and cost, trainings for nielsen and scalar). */
  readonly reps: number;
  /** Whole trainings behind each Nielsen and scalar figure (each is long, so fewer than `reps`). */
  readonly trainings: number;
  readonly warmupMs: number;
  readonly minSampleMs: number;
  readonly matmul: { readonly sizes: readonly number[] };
  readonly nielsen: {
    readonly sizes: readonly number[];
    readonly train: number;
    readonly test: number;
    readonly batch: number;
    readonly eta: number;
    readonly epochs: number;
    /** Mini-batches trained (and thrown away) per engine before the timed epochs. */
    readonly warmupBatches: number;
  };
  readonly scalar: { readonly points: number; readonly sizes: readonly number[]; readonly steps: number };
  readonly cost: { readonly nets: readonly (readonly number[])[]; readonly batch: number };
  readonly memory: { readonly epochs: number; readonly train: number };
}

export const DEFAULT_JSON = fileURLToPath(new URL('../results/latest.json', import.meta.url));

export const USAGE = `pnpm bench [-- flags]
  --quick              fewer repetitions and smaller epochs (a smoke run)
  --tiny               toy sizes, for the test (implies --quick)
  --only LIST          cases to run, comma-separated: ${CASES.join(',')}
  --peers LIST         engines to compare with @bp: ${PEERS.join(',')} (default all)
  --epochs N           Nielsen epochs per training before accuracy is measured (default 1)
  --reps N             timed samples per figure (default 5 full, 2 quick) and trainings per
                       Nielsen/scalar figure (default 3 full, 1 quick)
  --json FILE          where to write the JSON (default packages/bench/results/latest.json)
  --seed N             seed of every initialisation, data split and shuffle (default 1)
  --help               this text`;

export class UsageError extends Error {}

function list<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`${flag}: '${item}' is not one of ${allowed.join(', ')}`);
    }
  }
  return items as T[];
}

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} needs a positive integer, got ${String(value)}`);
  return n;
}

export interface Parsed {
  readonly help: boolean;
  readonly options: BenchOptions;
}

export function parseArgs(argv: readonly string[]): Parsed {
  let mode: Mode = 'full';
  let only: CaseName[] = [...CASES];
  let peers: PeerName[] = [...PEERS];
  let epochs = 1;
  let reps: number | undefined;
  let json = DEFAULT_JSON;
  let seed = 1;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--':
        break;
      case '--quick':
        if (mode === 'full') mode = 'quick';
        break;
      case '--tiny':
        mode = 'tiny';
        break;
      case '--only':
        only = list(flag, next(), CASES);
        break;
      case '--peers':
        peers = list(flag, next(), PEERS);
        break;
      case '--epochs':
        epochs = positiveInt(flag, next());
        break;
      case '--reps':
        reps = positiveInt(flag, next());
        break;
      case '--json':
        json = next();
        break;
      case '--seed':
        seed = Number(next());
        if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
          throw new UsageError(`--seed needs an integer in [0, 2^32)`);
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new UsageError(`unknown flag '${flag}'\n${USAGE}`);
    }
  }
  return { help, options: optionsFor(mode, { only, peers, epochs, reps, json, seed }) };
}

interface Chosen {
  only: CaseName[];
  peers: PeerName[];
  epochs: number;
  reps: number | undefined;
  json: string;
  seed: number;
}

function optionsFor(mode: Mode, c: Chosen): BenchOptions {
  const nielsenBase = { sizes: [784, 30, 10], batch: 10, eta: 3.0, epochs: c.epochs };
  const common = { mode, only: c.only, peers: c.peers, json: c.json, seed: c.seed };
  switch (mode) {
    case 'full':
      return {
        ...common,
        reps: c.reps ?? 5,
        trainings: c.reps ?? 3,
        warmupMs: 300,
        minSampleMs: 100,
        matmul: { sizes: [64, 256, 512] },
        nielsen: { ...nielsenBase, train: 8000, test: 2000, warmupBatches: 100 },
        scalar: { points: 100, sizes: [2, 16, 16, 1], steps: 20 },
        cost: {
          nets: [
            [4, 4, 1],
            [16, 16, 1],
            [64, 64, 1],
            [784, 30, 10],
          ],
          batch: 10,
        },
        memory: { epochs: 10, train: 8000 },
      };
    case 'quick':
      return {
        ...common,
        reps: c.reps ?? 2,
        trainings: c.reps ?? 1,
        warmupMs: 100,
        minSampleMs: 30,
        matmul: { sizes: [64, 256, 512] },
        nielsen: { ...nielsenBase, train: 2000, test: 500, warmupBatches: 30 },
        scalar: { points: 100, sizes: [2, 16, 16, 1], steps: 5 },
        // [784, 30, 10] by finite differences is 23,861 forward passes (tens of seconds): full runs only.
        cost: {
          nets: [
            [4, 4, 1],
            [16, 16, 1],
            [64, 64, 1],
          ],
          batch: 10,
        },
        memory: { epochs: 10, train: 500 },
      };
    case 'tiny':
      return {
        ...common,
        reps: c.reps ?? 1,
        trainings: c.reps ?? 1,
        warmupMs: 5,
        minSampleMs: 2,
        matmul: { sizes: [16, 32] },
        nielsen: { ...nielsenBase, train: 100, test: 50, warmupBatches: 2 },
        scalar: { points: 20, sizes: [2, 4, 1], steps: 2 },
        cost: {
          nets: [
            [4, 4, 1],
            [8, 8, 1],
          ],
          batch: 4,
        },
        memory: { epochs: 3, train: 50 },
      };
  }
}
