import { describe, expect, it } from 'vitest';
import { ArgumentError } from '@bp/tensor';
import { textChart } from '../src/index.js';

const BARS = /[▁▂▃▄▅▆▇█]/g;
/** The bar part of each row (after the ┤ or │ frame), padded to the same width. */
const barRows = (chart: string): string[] =>
  chart
    .split('\n')
    .slice(0, -1)
    .map((line) => line.slice(line.search(/[┤│]/) + 1));

describe('textChart', () => {
  it('draws height rows plus a footer, the max on the top row and the min on the bottom row', () => {
    const chart = textChart([4, 3, 2, 1, 0.5], { height: 4, label: 'loss' });
    const lines = chart.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^loss 4 ┤/);
    expect(lines[3]).toMatch(/^\s+0\.5 ┤/);
    expect(lines[4]).toMatch(/└1 … 5$/);
    // Every row's frame starts in the same column.
    expect(new Set(lines.slice(0, 4).map((l) => l.search(/[┤│]/))).size).toBe(1);
  });

  it('fills the largest value to the top and keeps the smallest visible', () => {
    const rows = barRows(textChart([10, 0, 5], { height: 3 }));
    expect(rows.map((r) => r[0])).toEqual(['█', '█', '█']); // 10: full column
    expect(rows.map((r) => r[1] ?? ' ')).toEqual([' ', ' ', '▁']); // 0: one eighth
    expect(rows[2][2]).toBe('█'); // 5: half of 3 rows = 1.5 rows
    expect(rows[1][2]).toBe('▄');
  });

  it('draws a constant series at half height and labels it on both rows', () => {
    const lines = textChart([2, 2, 2], { height: 2 }).split('\n');
    expect(lines[0]).toMatch(/^2 ┤\s*$/);
    expect(lines[1]).toBe('2 ┤███');
  });

  it('marks NaN and Infinity with × and scales by the finite values only', () => {
    const chart = textChart([1, NaN, 3, Infinity], { height: 2 });
    const lines = chart.split('\n');
    expect(lines[0]).toMatch(/^3 ┤/);
    expect(lines[1]).toMatch(/^1 ┤/);
    const bottom = barRows(chart)[1];
    expect(bottom[1]).toBe('×');
    expect(bottom[3]).toBe('×');
    expect(textChart([NaN, NaN], { height: 1 })).toContain('┤××');
  });

  it('averages a long series down to the width', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const chart = textChart(values, { width: 40, height: 3 });
    for (const row of barRows(chart)) expect(row.length).toBeLessThanOrEqual(40);
    expect(barRows(chart)[2]).toHaveLength(40); // the bottom row has a bar in every column
    expect(chart.split('\n').at(-1)).toMatch(/1 … 1000$/);
    // Buckets of 25: the first column's mean is 988, the last 13; the labels show the bucket means.
    expect(chart).toMatch(/^988 ┤/);
    expect(chart).toMatch(/\n\s*13 ┤/);
    expect(chart.match(BARS)!.length).toBeGreaterThan(40);
  });

  it('returns an empty string for no values and rejects bad options', () => {
    expect(textChart([])).toBe('');
    expect(() => textChart([1], { width: 0 })).toThrow(ArgumentError);
    expect(() => textChart([1], { height: 1.5 })).toThrow(/textChart: argument 'height'/);
    expect(() => textChart('abc' as unknown as number[])).toThrow(/textChart: argument 'values'/);
  });
});
