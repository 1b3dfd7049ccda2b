import type { Tensor } from './tensor.js';

const MAX_ITEMS = 6; // per dimension before eliding with …

/** Formats like NumPy: nested brackets, aligned columns, `shape` appended for clarity. */
export function formatTensor(t: Tensor): string {
  const cells = Array.from(t.data, formatNumber);
  const width = cells.reduce((w, c) => Math.max(w, c.length), 0);
  if (t.ndim === 0) return `tensor(${cells[0]})`;
  const render = (dim: number, offset: number, indent: string): string => {
    const n = t.shape[dim];
    const show = n > MAX_ITEMS ? [0, 1, 2, -1, n - 3, n - 2, n - 1] : [...Array(n).keys()];
    if (dim === t.ndim - 1) {
      const parts = show.map((i) => (i < 0 ? '…' : cells[offset + i].padStart(width)));
      return `[${parts.join(', ')}]`;
    }
    const sep = `,${'\n'.repeat(t.ndim - dim - 1)}${indent} `;
    const parts = show.map((i) => (i < 0 ? '…' : render(dim + 1, offset + i * t.strides[dim], `${indent} `)));
    return `[${parts.join(sep)}]`;
  };
  return `tensor(${render(0, 0, '       ')}, shape=[${t.shape.join(', ')}])`;
}

function formatNumber(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e8)) return x.toExponential(4);
  return String(Number(x.toPrecision(6)));
}
