/** The points of an SVG path made of absolute M/L commands ('M1,2L3,4'), with the command of each. */
export function pathPoints(d: string): { command: string; x: number; y: number }[] {
  return [...d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({
    command: m[1],
    x: Number(m[2]),
    y: Number(m[3]),
  }));
}
