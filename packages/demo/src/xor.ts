import { xor } from '@bp/datasets';
import { MLP, halfMSE } from '@bp/nn';
import { fit } from '@bp/optim';

/** The course's 2-2-1 sigmoid network trained on XOR (3000 epochs, η = 2, seeded): E5's run and the loss picture. */
export function trainXor(progress: 'auto' | boolean = 'auto') {
  const data = xor();
  const mlp = new MLP([2, 2, 1], { activation: 'sigmoid', init: 'xavierUniform', seed: 0 });
  const history = fit(mlp, data, { loss: halfMSE, lr: 2, epochs: 3000, metrics: ['accuracy'], progress });
  return { data, mlp, history };
}
