// Where Values keep their numbers. V8 gives every double-valued object field its own heap box, so a graph of
// n Values used to be about 3n small objects, and on micrograd's 66k-node MLP copying them was most of the
// garbage collector's work (and most of each training step). Here a Value's data, grad and pending gradient
// sit in a chunk's Float64Arrays and the Value keeps only its chunk and slot. A chunk is an ordinary object:
// it lives as long as any Value that points into it, and no slot is ever reused.
const SLOTS_PER_CHUNK = 8192;

export class NumberChunk {
  readonly data = new Float64Array(SLOTS_PER_CHUNK);
  readonly grad = new Float64Array(SLOTS_PER_CHUNK);
  /** The gradients of the backward pass under way, added to `grad` only once the pass is complete. */
  readonly pending = new Float64Array(SLOTS_PER_CHUNK);
  /** Slots handed out so far. */
  used = 0;
}

let current = new NumberChunk();

/** The chunk the next Value goes into (a fresh one when the current one is full). */
export function chunkWithRoom(): NumberChunk {
  if (current.used === SLOTS_PER_CHUNK) current = new NumberChunk();
  return current;
}
