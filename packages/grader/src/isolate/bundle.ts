// Turns a student's TypeScript module into one ESM file for its restricted process, in the trusted process.
// The student's process cannot run a TypeScript loader (tsx's esbuild spawns a child process, which the
// permission model forbids), so esbuild bundles the module, its relative imports and the engine's TypeScript
// sources here. Packages from node_modules stay external (absolute file URLs the child may read).
// Every bundled file must come from the student's folder, the engine packages or a suite's harness: a
// student's `import '../../solutions/…'` fails the build instead of copying the reference into the bundle.
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ThrownInfo } from '../protocol.js';

interface BuildResult {
  readonly metafile?: { readonly inputs: Readonly<Record<string, unknown>> };
}
interface ResolveResult {
  readonly path: string;
  readonly external?: boolean;
  readonly errors: readonly unknown[];
}
interface PluginBuild {
  onResolve(
    options: { filter: RegExp },
    callback: (args: {
      path: string;
      importer: string;
      kind: string;
      resolveDir: string;
      pluginData?: unknown;
    }) => Promise<unknown>,
  ): void;
  resolve(
    path: string,
    options: { kind: string; resolveDir: string; pluginData?: unknown },
  ): Promise<ResolveResult>;
}
interface Esbuild {
  build(options: Record<string, unknown>): Promise<BuildResult>;
}

let esbuild: Esbuild | undefined;

/** esbuild, through tsx (which depends on it): the grader adds no dependency of its own. */
export function loadEsbuild(): Esbuild {
  if (esbuild === undefined) {
    const tsx = createRequire(import.meta.url).resolve('tsx/package.json');
    esbuild = createRequire(tsx)('esbuild') as Esbuild;
  }
  return esbuild;
}

const within = (dir: string, file: string): boolean =>
  file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/** Where the course's bare imports resolve from: exercises/ (its node_modules has @bp/* and mathjs), else the root. */
export const resolveBase = (courseRoot: string): string =>
  existsSync(join(courseRoot, 'exercises')) ? join(courseRoot, 'exercises') : courseRoot;

/** The real folders of the engine: the course's packages/ and every @bp/* package visible from exercises/. */
export function engineDirs(courseRoot: string): string[] {
  const dirs = new Set<string>();
  if (existsSync(join(courseRoot, 'packages'))) dirs.add(real(join(courseRoot, 'packages')));
  for (let dir = resolveBase(courseRoot); ; dir = dirname(dir)) {
    const scope = join(dir, 'node_modules', '@bp');
    if (existsSync(scope)) for (const name of readdirSync(scope)) dirs.add(real(join(scope, name)));
    if (dirname(dir) === dir) break;
  }
  return [...dirs];
}

/** `/x/node_modules/.pnpm/a/node_modules/a/index.js` → `/x/node_modules`: what the child must be able to read. */
function nodeModulesRoot(file: string): string | undefined {
  const i = file.indexOf(`${sep}node_modules${sep}`);
  return i < 0 ? undefined : file.slice(0, i + `${sep}node_modules`.length);
}

const here = import.meta.url;
const childEntry = fileURLToPath(new URL(here.endsWith('.ts') ? './child.ts' : './child.js', here));

const REQUIRE_SHIM =
  "import { createRequire as __bpCreateRequire } from 'node:module'; const require = __bpCreateRequire(import.meta.url);";

/** Bundles the runner of the student's process (isolate/child.ts) into `outFile`. */
export async function bundleRunner(outFile: string): Promise<void> {
  await loadEsbuild().build({
    entryPoints: [childEntry],
    bundle: true,
    outfile: outFile,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    tsconfigRaw: {},
  });
}

export interface ModuleBundle {
  readonly file: string;
  /** node_modules folders of the external packages it imports: the child needs to read them. */
  readonly readDirs: readonly string[];
}

export interface BundleOptions {
  readonly courseRoot: string;
  /** The student's files (a submission's exercises/ folder): the only student files that may be bundled. */
  readonly studentRoot: string;
  /** The student's module. */
  readonly file: string;
  /** Absolute paths of the suite's harness modules (trusted; bundled with the module so that they share the engine). */
  readonly harnesses: readonly string[];
  readonly outFile: string;
}

function buildError(error: unknown): ThrownInfo {
  const errors = (
    error as { errors?: { text?: string; location?: { file?: string; line?: number } | null }[] }
  ).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const e = errors[0];
    const where = e.location?.file === undefined ? '' : `${e.location.file}:${e.location.line ?? 0}: `;
    return {
      isError: true,
      name: 'BuildError',
      message: `${where}${e.text ?? 'build failed'}`.slice(0, 400),
    };
  }
  return {
    isError: true,
    name: 'BuildError',
    message: String(error instanceof Error ? error.message : error).slice(0, 400),
  };
}

/**
 * Bundles the student's module with the harnesses into one ESM file exporting `{ mod, harnesses }`.
 * Returns why it cannot be built (a syntax error, a missing import, a file from outside the allowed folders).
 */
export async function bundleModule(o: BundleOptions): Promise<ModuleBundle | { readonly error: ThrownInfo }> {
  const studentRoot = real(o.studentRoot);
  const file = real(o.file);
  const harnesses = o.harnesses.map(real);
  const allowed = [studentRoot, ...engineDirs(o.courseRoot)];
  const base = resolveBase(o.courseRoot);
  const readDirs = new Set<string>();
  const plugin = {
    name: 'bp-isolate',
    setup(build: PluginBuild): void {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'bp' || isAbsolute(args.path)) return undefined;
        // A student's bare import resolves as if the file were in the course: @bp/* and mathjs, not the submission's own node_modules.
        const fromStudent =
          args.importer === '' || args.importer === '<stdin>' || within(studentRoot, args.importer);
        const r = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: fromStudent ? base : args.resolveDir,
          pluginData: 'bp',
        });
        if (r.errors.length > 0 || r.external === true) return r;
        const nm = nodeModulesRoot(r.path);
        if (nm !== undefined && !allowed.some((d) => within(d, real(r.path)))) {
          readDirs.add(real(nm));
          return { path: pathToFileURL(real(r.path)).href, external: true };
        }
        return r;
      });
    },
  };
  const entry = [
    `import * as mod from ${JSON.stringify(file)};`,
    ...harnesses.map((h, i) => `import h${i} from ${JSON.stringify(h)};`),
    'export { mod };',
    `export const harnesses = { ${harnesses.map((h, i) => `${JSON.stringify(h)}: h${i}`).join(', ')} };`,
  ].join('\n');
  let result: BuildResult;
  try {
    result = await loadEsbuild().build({
      stdin: { contents: entry, resolveDir: dirname(file), sourcefile: '<stdin>', loader: 'js' },
      bundle: true,
      outfile: o.outFile,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      conditions: ['source'],
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: '/',
      tsconfigRaw: {},
      banner: { js: REQUIRE_SHIM },
      plugins: [plugin],
    });
  } catch (error) {
    return { error: buildError(error) };
  }
  for (const input of Object.keys(result.metafile?.inputs ?? {})) {
    if (input === '<stdin>') continue;
    const path = resolve('/', input);
    if (!allowed.some((d) => within(d, path)) && !harnesses.includes(path)) {
      const shown = within(studentRoot, path) ? path.slice(studentRoot.length + 1) : path;
      return {
        error: {
          isError: true,
          name: 'ImportError',
          message: `imports ${shown}, which is outside your exercises folder and the course's packages`,
        },
      };
    }
  }
  return { file: o.outFile, readDirs: [...readDirs] };
}
