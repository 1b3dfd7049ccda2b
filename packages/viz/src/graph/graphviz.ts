// One Graphviz (WebAssembly) instance for the whole process or page: compiling the module takes tens of
// milliseconds, rendering a course-sized graph a few.
import { instance, type Viz } from '@viz-js/viz';
import { GraphvizError } from '../errors.js';

let shared: Promise<Viz> | undefined;

/** Lays out `dot` with the dot engine and returns the SVG document Graphviz writes. */
export async function renderDotToSvg(op: string, dot: string): Promise<string> {
  shared ??= instance();
  const viz = await shared;
  const result = viz.render(dot, { format: 'svg', engine: 'dot' });
  if (result.status !== 'success') {
    const messages = result.errors.filter((e) => e.level !== 'warning').map((e) => e.message.trim());
    throw new GraphvizError(op, messages.join('; ') || 'no output');
  }
  return result.output;
}
