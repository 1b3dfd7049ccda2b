#!/usr/bin/env node
// `pnpm demo`: replays the course's worked examples through the public API, printing each number the way
// the slides show it, then trains networks on XOR and MNIST.
import { e2 } from './e2-graph.js';
import { e3 } from './e3-chain-rule.js';
import { e4 } from './e4-delta.js';

const sections: (() => string[] | Promise<string[]>)[] = [e2, e3, e4];
for (const section of sections) console.log((await section()).join('\n'));
