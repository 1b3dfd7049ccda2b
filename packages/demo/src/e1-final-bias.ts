import { Variable } from '@bp/autograd';
import { dosage } from '@bp/datasets';
import { softplus } from '@bp/tensor';
import { SGD } from '@bp/optim';
import { fixed, heading, line, say, vector } from './print.js';

/** E1: only the final bias b3 is learned, by gradient descent on the SSR, until the step size is tiny. */
export function e1(): string[] {
  const out = [heading('E1', 'O viés final por descida do gradiente', 'The final bias by gradient descent')];
  const { x, y } = dosage();
  // The hidden units are already trained: u = softplus(3.34x − 1.43), v = softplus(−3.53x + 0.57).
  const u = softplus(x.mul(3.34).add(-1.43));
  const v = softplus(x.mul(-3.53).add(0.57));
  const fixedPart = u.mul(-1.22).add(v.mul(-2.3));
  const b3 = new Variable(0, { requiresGrad: true, label: 'b3' });
  const optimizer = new SGD([b3], { lr: 0.1 });
  for (let step = 1; step <= 100; step++) {
    optimizer.zeroGrad();
    const predicted = b3.add(fixedPart);
    const ssr = predicted.sub(y).pow(2).sum();
    ssr.backward();
    const slope = b3.grad!.item();
    const stepSize = slope * 0.1;
    optimizer.step();
    if (step <= 2) {
      out.push(
        say(`  Passo ${step}:`, `  Step ${step}:`),
        line('predito / predicted', vector(predicted.data.data)),
        line('SSR', fixed(ssr.item())),
        line('dSSR/db3', fixed(slope)),
        line('step size', fixed(stepSize)),
        line('b3', fixed(b3.item())),
      );
    }
    if (Math.abs(stepSize) < 0.001) {
      out.push(
        say(
          `  Parou no passo ${step}: |step size| < 0.001`,
          `  Stopped at step ${step}: |step size| < 0.001`,
        ),
        line('b3', fixed(b3.item())),
      );
      break;
    }
  }
  return out;
}
