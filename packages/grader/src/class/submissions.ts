// A class folder: one submission per student, a folder (or a git clone) holding the student's exercises/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Submission {
  /** The folder's name: the student's id in the gradebook and in the seed. */
  readonly id: string;
  readonly dir: string;
  /** `<dir>/exercises` when it exists (a copy of the course), else `<dir>` (just the exercise folders). */
  readonly exercisesDir: string;
}

export const STUDENT_ID = /^[A-Za-z0-9][A-Za-z0-9._@+-]*$/;

/** The submissions under `dir`, sorted by id; hidden entries and files are ignored. Throws on an id that cannot name a file. */
export function listSubmissions(dir: string): Submission[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RangeError(`no submissions folder ${dir}`);
  const out: Submission[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const sub = join(dir, name);
    if (!statSync(sub).isDirectory()) continue;
    if (!STUDENT_ID.test(name))
      throw new RangeError(
        `submission folder "${name}": a student id may use letters, digits and . _ @ + - only`,
      );
    const exercises = join(sub, 'exercises');
    out.push({
      id: name,
      dir: sub,
      exercisesDir: existsSync(exercises) && statSync(exercises).isDirectory() ? exercises : sub,
    });
  }
  return out;
}

/** uid and gid of a local user (from /etc/passwd), for running students' code as someone other than root. */
export function lookupUser(name: string): { uid: number; gid: number } | undefined {
  if (!existsSync('/etc/passwd')) return undefined;
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 4) return { uid: Number(f[2]), gid: Number(f[3]) };
  }
  return undefined;
}
