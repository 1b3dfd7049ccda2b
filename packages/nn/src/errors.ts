/**
 * Thrown when a gradient is asked of a function that has none to give: step and sign are flat
 * everywhere except at 0, where they jump. Their derivative is 0 almost everywhere and undefined at 0,
 * so gradient descent through them would receive no signal at all.
 */
export class NonDifferentiableError extends Error {
  constructor(
    /** The activation that was asked for a derivative, e.g. `'step'`. */
    readonly activation: string,
  ) {
    super(
      `${activation}: has no useful derivative. It is constant on each side of 0 (derivative 0) and jumps at 0 ` +
        `(derivative undefined), so every gradient flowing through it would be 0 and gradient descent could never ` +
        `change the weights before it. This is why the perceptron is trained by the perceptron learning rule ` +
        `(w ← w + η (y − ŷ) x on a mistake) and why multilayer networks replace ${activation} with a smooth ` +
        `activation such as sigmoid.`,
    );
    this.name = 'NonDifferentiableError';
  }
}

/** A state dictionary that does not fit the module: missing or unexpected keys, or malformed entries. */
export class StateDictError extends Error {
  constructor(
    message: string,
    /** Parameters of the module that the state does not contain. */
    readonly missingKeys: readonly string[] = [],
    /** Keys of the state that name no parameter of the module. */
    readonly unexpectedKeys: readonly string[] = [],
  ) {
    super(`loadStateDict: ${message}`);
    this.name = 'StateDictError';
  }
}
