// Reference solution of 04-chain-rule (E3: two layers, one sigmoid neuron each, no bias).

export interface Params {
  x: number;
  y: number;
  theta1: number;
  theta2: number;
}
export interface Forward {
  z1: number;
  a1: number;
  z2: number;
  a2: number;
  J: number;
}
export interface LocalDerivatives {
  dJ_da2: number;
  da2_dz2: number;
  dz2_dtheta2: number;
  dz2_da1: number;
  da1_dz1: number;
  dz1_dtheta1: number;
}
export interface Gradients {
  dJ_dtheta2: number;
  dJ_dtheta1: number;
}
export interface Thetas {
  theta1: number;
  theta2: number;
}
export interface TrainStep {
  J: number;
  dJ_dtheta2: number;
  dJ_dtheta1: number;
  theta1: number;
  theta2: number;
  yHat: number;
  newJ: number;
}

/** σ(z) in the form that does not overflow. */
const sigmoid = (z: number): number => {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};

export function forward(p: Params): Forward {
  const z1 = p.x * p.theta1;
  const a1 = sigmoid(z1);
  const z2 = a1 * p.theta2;
  const a2 = sigmoid(z2);
  return { z1, a1, z2, a2, J: 0.5 * (p.y - a2) ** 2 };
}

export function localDerivatives(p: Params): LocalDerivatives {
  const { a1, a2 } = forward(p);
  return {
    dJ_da2: a2 - p.y,
    da2_dz2: a2 * (1 - a2),
    dz2_dtheta2: a1,
    dz2_da1: p.theta2,
    da1_dz1: a1 * (1 - a1),
    dz1_dtheta1: p.x,
  };
}

export function gradients(p: Params): Gradients {
  const d = localDerivatives(p);
  const delta2 = d.dJ_da2 * d.da2_dz2; // dJ/dz2, shared by both chains
  return {
    dJ_dtheta2: delta2 * d.dz2_dtheta2,
    dJ_dtheta1: delta2 * d.dz2_da1 * d.da1_dz1 * d.dz1_dtheta1,
  };
}

export function sgdStep(p: Params, learningRate: number): Thetas {
  // Both gradients at the current parameters, then both updates.
  const g = gradients(p);
  return { theta1: p.theta1 - learningRate * g.dJ_dtheta1, theta2: p.theta2 - learningRate * g.dJ_dtheta2 };
}

export function trainStep(p: Params, learningRate: number): TrainStep {
  const { J } = forward(p);
  const g = gradients(p);
  const next = sgdStep(p, learningRate);
  const after = forward({ ...p, ...next });
  return {
    J,
    dJ_dtheta2: g.dJ_dtheta2,
    dJ_dtheta1: g.dJ_dtheta1,
    theta1: next.theta1,
    theta2: next.theta2,
    yHat: after.a2,
    newJ: after.J,
  };
}
