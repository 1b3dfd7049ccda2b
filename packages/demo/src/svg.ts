// `pnpm demo --svg DIR`: the course's pictures drawn by @bp/viz from the engine's own numbers.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Tensor } from '@bp/tensor';
import { graphToSvg, lossCurveSvg, networkToSvg, type NetworkDiagram } from '@bp/viz';
import { buildE2 } from './e2-graph.js';
import { computeE4 } from './e4-delta.js';
import { trainXor } from './xor.js';

export const SVG_FILES = ['e2-graph.svg', 'e4-network.svg', 'xor-loss.svg'] as const;

/** Writes the three pictures into `dir` (created if missing) and returns their paths. */
export async function writeSvgs(dir: string, progress: 'auto' | boolean = 'auto'): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const pictures = [await e2Svg(), e4Svg(), xorLossSvg(progress)];
  return Promise.all(
    SVG_FILES.map(async (name, i) => {
      const path = join(dir, name);
      await writeFile(path, pictures[i]);
      return path;
    }),
  );
}

/** E2's graph after backward: every node with its data and grad. */
export function e2Svg(): Promise<string> {
  const { J } = buildE2(2);
  J.backward();
  return graphToSvg(J, { title: 'E2: J = ½ (a2 − y)², after backward' });
}

/** E4's 2-3-1 network with θ(1), θ(2) on the edges and, per neuron, its activation and δ for both examples. */
export function e4Svg(): string {
  const { X, theta1, theta2, a1, yHat, delta1, delta2 } = computeE4();
  const diagram: NetworkDiagram = {
    layers: [
      { size: 2, annotations: [{ label: 'x', values: perNeuron(X) }] },
      {
        size: 3,
        annotations: [
          { label: 'a', values: perNeuron(a1.data) },
          { label: 'δ', values: perNeuron(delta1) },
        ],
      },
      {
        size: 1,
        names: ['ŷ'],
        annotations: [
          { label: 'a', values: perNeuron(yHat.data) },
          { label: 'δ', values: perNeuron(delta2) },
        ],
      },
    ],
    weights: [theta1.data.toArray() as number[][], theta2.data.toArray() as number[][]],
  };
  return networkToSvg(diagram, { title: 'E4: the δ recursion (two examples per neuron)', digits: 6 });
}

/** The loss (and accuracy) per epoch of the 2-2-1 sigmoid network trained on XOR. */
export function xorLossSvg(progress: 'auto' | boolean = 'auto'): string {
  const { history } = trainXor(progress);
  return lossCurveSvg(history, { title: 'XOR, 2-2-1 sigmoid MLP, η = 2', markers: false });
}

/**
 * Examples are in rows, neurons in columns: one entry per neuron, its value for each example, rounded to the
 * six decimals the course's tables print.
 */
function perNeuron(t: Tensor): number[][] {
  const rows = t.toArray() as number[][];
  return rows[0].map((_, j) => rows.map((row) => Number(row[j].toFixed(6))));
}
