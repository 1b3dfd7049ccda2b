// A per-node mark for graph walks: each walk takes a fresh number and marks the nodes it reached, which is
// much cheaper than a Set on graphs of tens of thousands of nodes. Symbol-keyed, so it stays out of Value's API.
export const VISIT = Symbol('visit');

let walks = 0;
export const nextVisit = (): number => ++walks;
