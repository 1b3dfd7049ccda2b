// `pnpm bench`: every case in this one process, a table on stdout, progress on stderr, the JSON on disk.
import { parseArgs, USAGE, UsageError } from './options.js';
import { formatReport, writeJson } from './report.js';
import { runBench } from './run.js';

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = ['bench', ...argv].join(' ');
  const result = await runBench(parsed.options, command, (line) => process.stderr.write(`· ${line}\n`));
  process.stdout.write(`${formatReport(result)}\n`);
  const file = writeJson(parsed.options.json, result);
  process.stdout.write(`JSON written to ${file}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Reported here: tfjs-backend-wasm's Emscripten runtime rethrows uncaught errors with its whole minified source.
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
