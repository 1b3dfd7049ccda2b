// `bp gradescope --out FILE.zip`: a Gradescope autograder bundle. Gradescope unzips it into /autograder/source,
// runs setup.sh once (as root) to build the image, then run_autograder for every submission.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { selectExercises } from '../grade.js';
import { writeFileAtomic } from '../fsutil.js';
import { buildOracles, copyCourse, DEFAULT_EXCLUDED_PACKAGES } from '../release.js';
import { DEFAULT_TIMEOUT_MS } from '../suite.js';
import type { Lang } from '../text.js';
import { writeZip, type ZipEntry } from './zip.js';

/** bp-autograder.json, next to setup.sh: how run_autograder grades. Readable by root only after setup.sh. */
export interface AutograderConfig {
  readonly schema: 'bp-autograder/1';
  readonly lang: Lang;
  readonly exercises: readonly string[];
  /** With a secret, each student's seed is HMAC-SHA256(secret, student id); otherwise this seed (default 1). */
  readonly secret?: string;
  readonly seed?: number;
  readonly timeoutMs: number;
  readonly memoryMb: number;
  /** The user the students' code runs as (created by setup.sh). */
  readonly studentUser: string;
}

export const STUDENT_USER = 'bpstudent';

export const SETUP_SH = (nodeVersion: string, pnpmVersion: string): string => `#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu).
# Written by bp gradescope. Paths can be moved with AUTOGRADER_ROOT (default /autograder) for local tests;
# BP_SETUP_SKIP_INSTALL=1 skips installing Node, pnpm and the workspace (only the user and the permissions).
set -euo pipefail
ROOT="\${AUTOGRADER_ROOT:-/autograder}"
SOURCE="\${AUTOGRADER_SOURCE:-$ROOT/source}"
COURSE="$SOURCE/course"
STUDENT_USER="\${BP_STUDENT_USER:-${STUDENT_USER}}"

if [ "\${BP_SETUP_SKIP_INSTALL:-0}" != 1 ]; then
  if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    apt-get update -y && apt-get install -y --no-install-recommends curl ca-certificates xz-utils
    ARCH="$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
    curl -fsSL "https://nodejs.org/dist/v${nodeVersion}/node-v${nodeVersion}-linux-$ARCH.tar.xz" | tar -xJ -C /usr/local --strip-components=1
  fi
  npm install -g --no-audit --no-fund "pnpm@${pnpmVersion}"
  cd "$COURSE"
  pnpm install --frozen-lockfile
  pnpm --filter @bp/grader build
fi

# The students' code runs as this user: no home, no shell, no group of root.
if [ "$(id -u)" = 0 ] && ! id "$STUDENT_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$STUDENT_USER" || echo "setup.sh: could not create $STUDENT_USER" >&2
fi
# The engine is world-readable; the solutions (references, wrong answers, suites) and the config (the secret)
# are root's only. (chmod -R does not follow the symbolic links inside node_modules.)
chmod -R a+rX "$COURSE"
chmod 711 "$SOURCE"
chmod -R go-rwx "$COURSE/solutions" "$SOURCE/bp-autograder.json"
`;

export const RUN_AUTOGRADER = `#!/usr/bin/env bash
# Gradescope runs this for every submission, as root: the submission is in $ROOT/submission, the results go to
# $ROOT/results/results.json. Written by bp gradescope; AUTOGRADER_ROOT (default /autograder) moves every path.
set -uo pipefail
ROOT="\${AUTOGRADER_ROOT:-/autograder}"
SOURCE="\${AUTOGRADER_SOURCE:-$ROOT/source}"
COURSE="$SOURCE/course"
RESULTS="$ROOT/results/results.json"
mkdir -p "$ROOT/results"
cd "$COURSE/packages/grader"
if [ -f dist/cli.js ] && [ "\${BP_GRADER_FROM_SOURCE:-0}" != 1 ]; then
  BP=(node dist/cli.js)
else
  # No build (setup.sh skipped it), or a local test: the grader from its TypeScript sources, through tsx.
  BP=(node --conditions=source --import tsx src/cli.ts)
fi
META=()
if [ -f "$ROOT/submission_metadata.json" ]; then META=(--metadata "$ROOT/submission_metadata.json"); fi
if ! "\${BP[@]}" gradescope-run --root "$COURSE" --submission "$ROOT/submission" --results "$RESULTS" \\
    --config "$SOURCE/bp-autograder.json" \${META[@]+"\${META[@]}"}; then
  if [ ! -s "$RESULTS" ]; then
    printf '%s\\n' '{ "score": 0, "output": "The autograder failed before grading: please tell your teacher.", "tests": [] }' > "$RESULTS"
  fi
  exit 1
fi
`;

export interface BundleOptions {
  readonly root: string;
  readonly out: string;
  readonly lang: Lang;
  readonly only?: readonly string[];
  readonly secret?: string;
  readonly seed?: number;
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
}

function walk(dir: string, base: string, out: ZipEntry[]): number {
  let n = 0;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) n += walk(p, base, out);
    else {
      out.push({ name: relative(base, p), data: readFileSync(p), mode: st.mode & 0o111 ? 0o755 : 0o644 });
      n++;
    }
  }
  return n;
}

export async function writeGradescopeBundle(
  o: BundleOptions,
): Promise<{ out: string; exercises: string[]; files: number; bytes: number }> {
  const ids = selectExercises(o.root, o.only);
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The references must be there and sound before a bundle is shipped: build every oracle once.
  await buildOracles(o.root, ids, [o.seed ?? 1], timeoutMs);
  const stage = mkdtempSync(join(tmpdir(), 'bp-gradescope-'));
  try {
    const entries: ZipEntry[] = [];
    const pkg = JSON.parse(readFileSync(join(o.root, 'package.json'), 'utf8')) as { packageManager?: string };
    const pnpmVersion = /^pnpm@([\w.-]+)/.exec(pkg.packageManager ?? '')?.[1] ?? '12.21.0';
    entries.push({
      name: 'setup.sh',
      data: Buffer.from(SETUP_SH(process.versions.node, pnpmVersion)),
      mode: 0o755,
    });
    entries.push({ name: 'run_autograder', data: Buffer.from(RUN_AUTOGRADER), mode: 0o755 });
    const config: AutograderConfig = {
      schema: 'bp-autograder/1',
      lang: o.lang,
      exercises: ids,
      timeoutMs,
      memoryMb: o.memoryMb ?? 256,
      studentUser: STUDENT_USER,
      ...(o.secret === undefined ? { seed: o.seed ?? 1 } : { secret: o.secret }),
    };
    entries.push({
      name: 'bp-autograder.json',
      data: Buffer.from(`${JSON.stringify(config, null, 2)}\n`),
      mode: 0o600,
    });
    const excluded = DEFAULT_EXCLUDED_PACKAGES.filter((p) => statSafe(join(o.root, 'packages', p)));
    copyCourse(
      { root: o.root, out: join(stage, 'course'), ids, excludePackages: excluded, keepSolutions: true },
      new Map(),
    );
    const files = walk(stage, stage, entries);
    const zip = writeZip(entries);
    writeFileAtomic(o.out, zip);
    return { out: o.out, exercises: ids, files: files + 3, bytes: zip.length };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const statSafe = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
