// Per-student seeds for class grading: new cases for every student, reproducible by whoever holds the secret.
import { createHmac } from 'node:crypto';

/** HMAC-SHA256(secret, student id), first 32 bits: the seed of the student's random cases. */
export function studentSeed(secret: string, student: string): number {
  return createHmac('sha256', secret).update(`bp-student-seed/1:${student}`).digest().readUInt32BE(0);
}

/** A short tag of the secret (never the secret): a resumed run checks that it grades with the same one. */
export function secretFingerprint(secret: string): string {
  return createHmac('sha256', secret).update('bp-secret-fingerprint/1').digest('hex').slice(0, 16);
}
