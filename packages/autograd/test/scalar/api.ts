// The scalar engine plus its symbolic entry point, as the tests use them together.
export * from '../../src/scalar/index.js';
export * from '../../src/symbolic.js';
