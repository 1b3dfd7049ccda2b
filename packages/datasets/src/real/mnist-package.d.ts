// The `mnist` package (cazala/mnist, CommonJS) ships no types; this is the part of its API the loader reads.
declare module 'mnist' {
  interface MnistDigitSamples {
    /** The digit these samples show, 0..9. */
    readonly id: number;
    /** How many samples of this digit the package holds. */
    readonly length: number;
    /** All samples of this digit, 784 pixels (28×28, row-major) each, concatenated; values in [0, 1]. */
    readonly raw: readonly number[];
  }
  const digits: readonly MnistDigitSamples[];
  export = digits;
}
