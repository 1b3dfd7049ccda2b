// Where Values keep their numbers. V8 gives every double-valued object field its own heap box, so a graph of
// n Values used to be about 3n small objects, and on micrograd's 66k-node MLP copying them was most of the
// garbage collector's work. Here each node's data, grad and pending gradient sit side by side in a shared
// Float64Array (one cache line, one load chain) and the Value keeps only the array and its offset. A chunk
// lives as long as any Value that points into it, and no slot is ever reused.
const NODES_PER_CHUNK = 8192;

/** Offsets of a node's numbers from its slot. */
export const DATA = 0;
export const GRAD = 1;
/** The gradient of the backward pass under way; always 0 between passes. */
export const PENDING = 2;
const NUMBERS_PER_NODE = 3;

export const storage = {
  /** The chunk new nodes go into. */
  chunk: new Float64Array(NODES_PER_CHUNK * NUMBERS_PER_NODE),
  used: 0,
};

/** Claims the numbers of a new node in `storage.chunk` (a fresh chunk when the current one is full). */
export function claimSlot(): number {
  if (storage.used === storage.chunk.length) {
    storage.chunk = new Float64Array(NODES_PER_CHUNK * NUMBERS_PER_NODE);
    storage.used = 0;
  }
  const slot = storage.used;
  storage.used += NUMBERS_PER_NODE;
  return slot;
}
