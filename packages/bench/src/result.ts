import type { MachineInfo } from './machine.js';
import type { Mode, CaseName, PeerName } from './options.js';
import type { MatmulResult } from './cases/matmul.js';
import type { NielsenResult } from './cases/nielsen.js';
import type { ScalarResult } from './cases/scalar.js';
import type { CostResult } from './cases/cost.js';
import type { MemoryResult } from './cases/memory.js';
import type { Target } from './targets.js';

/** Everything one run measured: what `--json` writes. */
export interface BenchResult {
  readonly schema: 'bp-bench/1';
  readonly machine: MachineInfo;
  readonly command: string;
  readonly mode: Mode;
  readonly cases: readonly CaseName[];
  readonly peers: readonly PeerName[];
  readonly seed: number;
  readonly matmul?: MatmulResult;
  readonly nielsen?: NielsenResult;
  readonly scalar?: ScalarResult;
  readonly cost?: CostResult;
  readonly memory?: MemoryResult;
  readonly targets: readonly Target[];
  readonly notes: readonly string[];
  readonly durationSeconds: number;
  /** Load averages when the run ended (compare with machine.loadAverage at the start). */
  readonly loadAverageEnd: readonly number[];
}
