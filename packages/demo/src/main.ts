#!/usr/bin/env node
// `pnpm demo`: replays the course's worked examples through the public API, printing each number the way
// the slides show it, then trains networks on XOR and MNIST. BP_LANG=en for English headings;
// BP_DEMO_EPOCHS sets the MNIST epochs (default 10).
// `pnpm demo --svg DIR` instead writes the course's pictures (E2's graph, E4's network, XOR's loss curve) as
// SVG files into DIR.
import { e1 } from './e1-final-bias.js';
import { e2 } from './e2-graph.js';
import { e3 } from './e3-chain-rule.js';
import { e4 } from './e4-delta.js';
import { e5 } from './e5-bias-trick.js';
import { e6 } from './e6-mnist.js';
import { e7 } from './e7-perceptron.js';

const args = process.argv.slice(2);
const svgFlag = args.indexOf('--svg');
if (svgFlag >= 0) {
  const dir = args[svgFlag + 1];
  if (dir === undefined || dir.startsWith('--')) {
    console.error('usage: pnpm demo --svg DIR');
    process.exit(2);
  }
  // Loaded only here, so the text demo does not start Graphviz.
  const { writeSvgs } = await import('./svg.js');
  for (const path of await writeSvgs(dir)) console.log(path);
} else {
  const sections: (() => string[] | Promise<string[]>)[] = [e1, e2, e3, e4, e5, e7, () => e6()];
  for (const section of sections) console.log((await section()).join('\n'));
}
