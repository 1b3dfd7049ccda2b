// Wrong answer: counts passes instead of steps through nodes: P forward passes for nudging, 2 passes (forward and
// backward) for backprop.
import type { Misconception } from '@bp/grader/suite';
import type { Cost } from '../graph.js';

export { forwardNodes, backwardNodes, nudgeCheck } from '../graph.js';

export const misconception: Misconception = {
  'pt-BR':
    'O custo se mede em passos pelos nós do grafo, não em passagens. Cada empurrão refaz a passagem para a frente inteira, da esquerda para a direita: cerca de N passos por parâmetro, N × P no total. A retropropagação percorre os N nós uma vez de trás para a frente e gasta um passo por parâmetro: N + P.',
  en: 'The cost is counted in steps through the nodes of the graph, not in passes. Every nudge redoes the whole forward pass, left to right: about N steps per parameter, N × P in all. Backprop walks back through the N nodes once and spends one step per parameter: N + P.',
};
export const targets = ['costOfDerivatives'];

export function costOfDerivatives(nodes: number, params: number): Cost {
  return { nudging: params, backprop: 2 * nodes };
}
