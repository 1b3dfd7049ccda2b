import { ManualMLP } from '@bp/nn';
import { tensor } from '@bp/tensor';
import { fixed, heading, line, say, vector } from './print.js';
import { trainXor } from './xor.js';

/** E5: the bias trick (2-2-1 as 3-3-1) on XOR, then a 2-2-1 sigmoid network trained to 100%. */
export function e5(): string[] {
  const out = [heading('E5', 'O truque do viés na XOR', 'The bias trick on XOR')];
  const net = ManualMLP.fromWeights(
    [
      [
        [0.351, 1.076, 1.116],
        [0.097, -0.165, 0.542],
        [0.457, -0.165, -0.331],
      ],
      [[0.383, -0.327, -0.329]],
    ],
    { activation: 'sigmoid' },
  );
  const { as, output } = net.forward(tensor([[0, 1, 1]]));
  const o = output.item();
  out.push(
    line('x = (0, 1, 1)', say('entrada com a coluna de uns', 'input with the ones column')),
    line('hidden', vector(as[0].data)),
    line('output', fixed(o)),
    line('step(output ≥ 0.5)', `${o >= 0.5 ? 1 : 0} (${say('alvo', 'target')} 1)`),
  );
  const { data, mlp, history } = trainXor();
  const predictions = mlp.call(data.x).data.data;
  out.push(
    say('  Rede 2-2-1 treinada (3000 épocas, η = 2):', '  A trained 2-2-1 network (3000 epochs, η = 2):'),
    line('ŷ', vector(predictions, 4)),
    line(say('acurácia', 'accuracy'), `${((history.accuracy?.at(-1) ?? 0) * 100).toFixed(0)}%`),
  );
  return out;
}
