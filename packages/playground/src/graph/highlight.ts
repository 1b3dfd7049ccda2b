// Lighting up graph nodes by their SVG id (v3, op3): the current node stands out, nodes already visited by
// the current pass keep a softer mark. Also writes into each value box only the numbers revealed so far.

export type Pass = 'forward' | 'backward';

/** Marks `v<current>` (and its op node) as the current one and every id in `visited` as seen in this pass. */
export function highlightNodes(
  picture: Element,
  pass: Pass,
  visited: readonly number[],
  current: number | null,
): void {
  clearHighlight(picture);
  picture.classList.toggle('pass-backward', pass === 'backward');
  for (const id of visited) mark(picture, id, 'node-seen');
  if (current !== null) mark(picture, current, 'node-current');
}

export function clearHighlight(picture: Element): void {
  for (const element of picture.querySelectorAll('.node-seen, .node-current')) {
    element.classList.remove('node-seen', 'node-current');
  }
}

/** The element of value node `id`, if the picture has it. */
export function nodeElement(picture: Element, id: number): Element | null {
  return picture.querySelector(`#v${id}`);
}

/**
 * Replaces the numbers a value box shows ("data 2", "grad 6", as @bp/viz writes them) with the given texts,
 * e.g. '·' for a number the walk has not reached yet.
 */
export function annotateNode(picture: Element, id: number, data: string, grad: string): void {
  for (const text of nodeElement(picture, id)?.querySelectorAll('text') ?? []) {
    const field = fieldOf(text);
    if (field === 'data') text.textContent = `data ${data}`;
    else if (field === 'grad') text.textContent = `grad ${grad}`;
  }
}

/** Which number a text element holds, remembered on first sight because annotateNode rewrites the text. */
function fieldOf(text: SVGTextElement): string | undefined {
  if (text.dataset.field === undefined) {
    const match = /^(data|grad) /.exec(text.textContent ?? '');
    text.dataset.field = match?.[1] ?? '';
  }
  return text.dataset.field;
}

function mark(picture: Element, id: number, className: string): void {
  nodeElement(picture, id)?.classList.add(className);
  picture.querySelector(`#op${id}`)?.classList.add(className);
}
