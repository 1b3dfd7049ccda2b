// Every text of the page as [pt-BR, English]. `{name}` marks a value filled in by t().
export const messages = {
  title: ['Playground de backpropagation', 'Backpropagation playground'],
  subtitle: [
    'Os exemplos resolvidos do curso, passo a passo. Cada número abaixo é calculado agora, no seu navegador, pelos pacotes @bp.',
    'The course’s worked examples, one step at a time. Every number below is computed right now, in your browser, by the @bp packages.',
  ],
  languageLabel: ['Idioma', 'Language'],
  navE2: ['E2 · grafo', 'E2 · graph'],
  navE3: ['E3 · regra da cadeia', 'E3 · chain rule'],
  navE4: ['E4 · deltas', 'E4 · deltas'],
  navTrain: ['Treino ao vivo', 'Live training'],

  forward: ['Ida (forward)', 'Forward'],
  backward: ['Volta (backward)', 'Backward'],
  step: ['Passo de descida', 'Step'],
  reset: ['Recomeçar', 'Reset'],
  pressForward: [
    'Clique em “Ida” para calcular o próximo nó, na ordem topológica.',
    'Click “Forward” to compute the next node, in topological order.',
  ],
  pressBackward: [
    'Ida completa. Clique em “Volta” para propagar o gradiente, um nó por vez, do fim para o começo.',
    'Forward pass complete. Click “Backward” to propagate the gradient one node at a time, from the end back.',
  ],
  forwardShows: ['Ida: {node} = {value}', 'Forward: {node} = {value}'],
  backwardShows: ['Volta: dJ/d{node} = {grad}', 'Backward: dJ/d{node} = {grad}'],
  stepTaken: [
    'Um passo de descida do gradiente (η = {rate}): J foi de {before} para {after}.',
    'One gradient-descent step (η = {rate}): J went from {before} to {after}.',
  ],
  node: ['nó', 'node'],
  computedAs: ['como se calcula', 'computed as'],
  value: ['valor', 'value'],
  gradient: ['gradiente dJ/d·', 'gradient dJ/d·'],
  parameter: ['parâmetro', 'parameter'],
  input: ['entrada', 'input'],

  e2Title: ['E2 — Grafo computacional com ReLU', 'E2 — Computation graph with ReLU'],
  e2Intro: [
    'x = 1, y = 5, w1 = 2, b1 = 0, w2 = 3, b2 = 1, g(z) = max(0, z) e J = ½ (a2 − y)². A ida percorre os nós na ordem topológica; a volta aplica a regra da cadeia na ordem inversa. O passo usa η = 0.01.',
    'x = 1, y = 5, w1 = 2, b1 = 0, w2 = 3, b2 = 1, g(z) = max(0, z) and J = ½ (a2 − y)². Forward visits the nodes in topological order; backward applies the chain rule in reverse order. Step uses η = 0.01.',
  ],
  nudgeTitle: ['Conferência por perturbação', 'Nudge check'],
  nudgeIntro: [
    'Some h a um parâmetro, refaça a ida e compare a inclinação (J(p + h) − J(p)) / h com o gradiente da retropropagação. Cada parâmetro custa uma ida a mais; a retropropagação dá todos de uma vez.',
    'Add h to one parameter, run forward again and compare the slope (J(p + h) − J(p)) / h with the backprop gradient. Each parameter costs one more forward pass; backprop gives all of them at once.',
  ],
  nudgeParameter: ['parâmetro', 'parameter'],
  nudge: ['Perturbar', 'Nudge'],
  backpropSays: ['retropropagação: dJ/d{name}', 'backprop: dJ/d{name}'],

  e3Title: ['E3 — Duas camadas, um neurônio cada', 'E3 — Two layers, one neuron each'],
  e3Intro: [
    'x = 1, y = 1, θ1 = −0.5, θ2 = 0.5, sigmoide nas duas camadas, sem viés, J = ½ (y − ŷ)² e η = 0.1. Os gradientes de θ1 e θ2 saem do produto das derivadas locais ao longo do caminho.',
    'x = 1, y = 1, θ1 = −0.5, θ2 = 0.5, sigmoid in both layers, no bias, J = ½ (y − ŷ)² and η = 0.1. The gradients of θ1 and θ2 are products of the local derivatives along the path.',
  ],

  chainRuleTitle: ['A regra da cadeia, fator por fator', 'The chain rule, factor by factor'],

  e4Title: ['E4 — A recursão dos deltas, vetorizada', 'E4 — The delta recursion, vectorised'],
  e4Intro: [
    'Dois exemplos nas linhas de X, sem viés, sigmoide em tudo, y = [0.7, 0.8], J = ½ Σ (y − ŷ)² e η = 0.1. θ(l) tem uma linha por neurônio da camada l. A volta calcula δ da saída para a entrada e cada ∂J/∂θ(l) = δ(l)ᵀ a(l−1).',
    'Two examples in the rows of X, no bias, sigmoid everywhere, y = [0.7, 0.8], J = ½ Σ (y − ŷ)² and η = 0.1. θ(l) has one row per unit of layer l. Backward computes δ from the output down and each ∂J/∂θ(l) = δ(l)ᵀ a(l−1).',
  ],
  e4Computed: ['Calculado: {what}', 'Computed: {what}'],
  layer: ['Camada {n}', 'Layer {n}'],
  data: ['Dados e perda', 'Data and loss'],

  trainTitle: ['Treino ao vivo: XOR e luas', 'Live training: XOR and moons'],
  trainIntro: [
    'Uma MLP 2–h–1 (tanh na camada oculta) aprende com entropia cruzada binária, em lote completo. O fundo mostra a probabilidade da classe laranja; a fronteira de decisão é onde ela vale 0.5.',
    'A 2–h–1 MLP (tanh hidden layer) learns with binary cross-entropy on the full batch. The background shows the probability of the orange class; the decision boundary is where it equals 0.5.',
  ],
  dataset: ['Dados', 'Dataset'],
  moons: ['luas (moons)', 'moons'],
  optimizer: ['Otimizador', 'Optimizer'],
  learningRate: ['Taxa de aprendizado', 'Learning rate'],
  hiddenUnits: ['Neurônios ocultos', 'Hidden units'],
  start: ['Iniciar', 'Start'],
  pause: ['Pausar', 'Pause'],
  ready: ['Pronto para treinar.', 'Ready to train.'],
  training: ['Treinando…', 'Training…'],
  paused: ['Pausado.', 'Paused.'],
  stepLimit: ['Parou no limite de {limit} passos.', 'Stopped at the limit of {limit} steps.'],
  steps: ['passos', 'steps'],
  loss: ['perda', 'loss'],
  accuracy: ['acurácia', 'accuracy'],
  lossAxis: ['passos (×{n})', 'steps (×{n})'],
  boundaryCaption: ['Fronteira de decisão e dados de treino', 'Decision boundary and training data'],
  lossCaption: ['Curva da perda (escala logarítmica)', 'Loss curve (log scale)'],

  footer: [
    'Os números são os dos exemplos resolvidos do curso (veja o README do projeto), recalculados em float64.',
    'The numbers are those of the course’s worked examples (see the project README), recomputed in float64.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof messages;
