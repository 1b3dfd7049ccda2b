import { trainNielsen } from './nielsen.js';
import { heading, line, say } from './print.js';

/** E6: Nielsen's network on the MNIST digits, with a progress bar on a terminal. */
export async function e6(epochs = Number(process.env.BP_DEMO_EPOCHS ?? 10)): Promise<string[]> {
  // Printed as training goes, so the heading comes first and each epoch appears when it ends.
  console.log(heading('E6', 'A rede de Nielsen no MNIST', "Nielsen's network on MNIST"));
  console.log(
    line(
      '[784, 30, 10]',
      `sigmoid, ${say('custo quadrático', 'quadratic cost')}, m = 10, η = 3.0, 8000/2000`,
    ),
  );
  const clearBar = process.stderr.isTTY ? '\r\x1b[2K' : '';
  const result = await trainNielsen({
    epochs,
    progress: process.stderr.isTTY && !process.env.CI,
    onEpoch: (epoch, seconds, accuracy) =>
      console.log(
        clearBar +
          line(
            `${say('época', 'epoch')} ${epoch}`,
            `${seconds.toFixed(2)} s, ${say('acurácia de teste', 'test accuracy')} ${(accuracy * 100).toFixed(2)}%`,
          ),
      ),
  });
  const out: string[] = [];
  const mean = result.secondsPerEpoch.reduce((s, t) => s + t, 0) / result.secondsPerEpoch.length;
  out.push(
    line(say('média por época', 'mean per epoch'), `${mean.toFixed(2)} s`),
    line(say('acurácia final', 'final accuracy'), `${((result.testAccuracy.at(-1) ?? 0) * 100).toFixed(2)}%`),
  );
  return out;
}
