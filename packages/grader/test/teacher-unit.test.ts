// Small pieces of the teacher's commands: permission flags per Node version, the progress line, the zip writer.
import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/class/progress.js';
import { csvField } from '../src/fsutil.js';
import { permissionFlags } from '../src/isolate/process-sandbox.js';
import { readZip, writeZip } from '../src/gradescope/zip.js';
import { secretFingerprint, studentSeed } from '../src/seed.js';

describe('teacher tooling units', () => {
  it('uses --experimental-permission before Node 22.13/23.5 and --permission after, one --allow-fs-read per path', () => {
    expect(permissionFlags(['/a', '/b'], '20.20.2')).toEqual([
      '--experimental-permission',
      '--allow-fs-read=/a',
      '--allow-fs-read=/b',
    ]);
    expect(permissionFlags([], '22.12.0')[0]).toBe('--experimental-permission');
    expect(permissionFlags([], '22.13.0')[0]).toBe('--permission');
    expect(permissionFlags([], '23.4.0')[0]).toBe('--experimental-permission');
    expect(permissionFlags([], '24.1.0')[0]).toBe('--permission');
  });

  it('draws a progress line with the time left from the students graded in this run', () => {
    expect(progressLine(3, 10, 3, 30_000, 10)).toBe('[###-------] 3/10 · 0:30 · ~1:10 left');
    expect(progressLine(10, 10, 4, 65_000, 10)).toBe('[##########] 10/10 · 1:05');
    expect(progressLine(5, 10, 0, 1000, 10)).toBe('[#####-----] 5/10 · 0:01');
  });

  it('writes zips that it (and unzip) can read back, with Unix modes', () => {
    const entries = [
      { name: 'run_autograder', data: Buffer.from('#!/bin/sh\necho hi\n'), mode: 0o755 },
      { name: 'course/a b/ü.txt', data: Buffer.from('x'.repeat(5000)) },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    const back = readZip(writeZip(entries));
    expect(back.map((e) => [e.name, Buffer.from(e.data).toString(), e.mode])).toEqual(
      entries.map((e) => [e.name, e.data.toString(), e.mode ?? 0o644]),
    );
  });

  it('derives seeds and fingerprints with HMAC, never showing the secret', () => {
    expect(studentSeed('s', 'ana')).toBe(studentSeed('s', 'ana'));
    expect(Number.isSafeInteger(studentSeed('s', 'ana'))).toBe(true);
    expect(secretFingerprint('s')).toMatch(/^[0-9a-f]{16}$/);
    expect(secretFingerprint('s')).not.toContain('s3');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});
