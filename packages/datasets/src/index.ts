export { dataset, size, type Dataset, type DatasetInfo } from './dataset.js';
export type { SeedOptions } from './random.js';

// The course's tables.
export { xor, type TableOptions } from './course/xor.js';
export { and, type AndOptions } from './course/and.js';
export { dosage } from './course/dosage.js';
export { vectorisedExample } from './course/vectorised.js';
export { identityExample } from './course/identity.js';
export { appendOnes } from './course/bias-column.js';

// Seeded synthetic sets.
export type { SyntheticOptions } from './synthetic/options.js';
export { moons } from './synthetic/moons.js';
export { circles, type CirclesOptions } from './synthetic/circles.js';
export { spirals, type SpiralsOptions } from './synthetic/spirals.js';
export { blobs, type BlobsOptions, type BlobsDataset } from './synthetic/blobs.js';

// Real data.
export { loadMnist, MNIST_SIZE, MNIST_PIXELS, type MnistOptions, type MnistSplits } from './real/mnist.js';
export { iris } from './real/iris.js';

// Utilities.
export { subset, shuffle } from './subset.js';
export { trainTestSplit, type SplitOptions, type Split } from './split.js';
export { batches, batchCount, type Batch, type BatchOptions } from './batches.js';
export { oneHot } from './one-hot.js';
export { standardise, normalise, type Standardisation, type Normalisation } from './scale.js';
