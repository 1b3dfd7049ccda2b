// The only thing a student's stub imports: keep this file free of dependencies.

/** Thrown by an exercise stub until the student implements the function. */
export class NotImplementedError extends Error {
  /** The name of the stub function that is not implemented yet. */
  readonly fn: string;
  constructor(fn: string) {
    super(`${fn}: não implementada ainda / not implemented yet`);
    this.name = 'NotImplementedError';
    this.fn = fn;
  }
}

/**
 * True for a NotImplementedError from any copy of this module: the grader checks the name, because a
 * student's module and the grader may load different instances of the class.
 */
export function isNotImplemented(
  error: unknown,
): error is { name: 'NotImplementedError'; fn?: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'NotImplementedError'
  );
}
