import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SVG_FILES, writeSvgs } from '../src/svg.js';

// Graphviz writes '-' as &#45; in text; the other pictures write it as is.
const plain = (svg: string) => svg.replace(/&#45;/g, '-');

describe('pnpm demo --svg DIR', () => {
  let dir: string;
  let written: string[];
  const read = (name: string) => readFile(join(dir, name), 'utf8').then(plain);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bp-demo-svg-'));
    written = await writeSvgs(join(dir, 'pictures'), false);
    dir = join(dir, 'pictures');
  });
  afterAll(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('writes the three pictures as standalone SVG documents', async () => {
    expect(written).toEqual(SVG_FILES.map((name) => join(dir, name)));
    for (const name of SVG_FILES) {
      const svg = await read(name);
      expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(svg).not.toMatch(/="[^"]*NaN/);
    }
  });

  it("e2-graph.svg: E2's nodes with ids and the worked example's data and grad", async () => {
    const svg = await read('e2-graph.svg');
    for (const text of ['>w1<', '>data 2<', '>grad 6<', '>w2<', '>grad 4<', '>z2<', '>data 7<', '>J<'])
      expect(svg).toContain(text);
    expect(svg).toMatch(/<g id="v0" class="node value/);
    expect(svg).toMatch(/<g id="op\d+" class="node op"/);
  });

  it("e4-network.svg: E4's 2-3-1 network with its δ values", async () => {
    const svg = await read('e4-network.svg');
    expect(svg.match(/class="neuron /g)).toHaveLength(6);
    expect(svg.match(/class="weight"/g)).toHaveLength(9);
    expect(svg).toContain('δ = -0.00388, -0.008085');
    expect(svg).toContain('δ = 0.000553, 0.001168');
    expect(svg).toContain('δ = -0.001114, -0.002299');
    expect(svg).toContain('a = 0.605471, 0.604421');
  });

  it('xor-loss.svg: one point per epoch of the XOR training, loss and accuracy', async () => {
    const svg = await read('xor-loss.svg');
    const d = /<path class="series loss" d="([^"]+)"/.exec(svg)![1];
    expect(d.match(/[ML]/g)).toHaveLength(3000);
    expect(svg).toContain('class="series accuracy"');
  });
});
