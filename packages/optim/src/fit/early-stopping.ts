import { ArgumentError } from '@bp/tensor';
import { nonNegative, positiveInteger } from '../validate.js';
import type { EarlyStopping, PatienceStopping, StopReason } from './types.js';

/** The monitored numbers of one finished epoch. */
export interface EpochFigures {
  loss: number;
  valLoss?: number;
  maxUpdate?: number;
}

/** Decides after each epoch whether training should stop, and why. */
export class StopRule {
  private best = Infinity;
  private wait = 0;

  private constructor(
    private readonly rule: EarlyStopping | undefined,
    private readonly monitor: 'loss' | 'valLoss',
  ) {}

  static from(rule: EarlyStopping | undefined, hasValidation: boolean): StopRule {
    if (rule === undefined) return new StopRule(undefined, 'loss');
    if ('minStep' in rule) {
      nonNegative('fit', 'earlyStopping.minStep', rule.minStep);
      return new StopRule(rule, 'loss');
    }
    if (!('patience' in rule)) {
      throw new ArgumentError(
        'fit',
        'earlyStopping',
        'must be { patience, minDelta?, monitor? } or { minStep }',
      );
    }
    positiveInteger('fit', 'earlyStopping.patience', rule.patience);
    nonNegative('fit', 'earlyStopping.minDelta', rule.minDelta ?? 0);
    const monitor = rule.monitor ?? (hasValidation ? 'valLoss' : 'loss');
    if (monitor === 'valLoss' && !hasValidation) {
      throw new ArgumentError(
        'fit',
        'earlyStopping.monitor',
        "is 'valLoss' but no validation data was given",
      );
    }
    return new StopRule(rule, monitor);
  }

  get needsUpdateSize(): boolean {
    return this.rule !== undefined && 'minStep' in this.rule;
  }

  check(figures: EpochFigures): StopReason | null {
    const rule = this.rule;
    if (rule === undefined) return null;
    if ('minStep' in rule) {
      return figures.maxUpdate !== undefined && figures.maxUpdate < rule.minStep ? 'minStep' : null;
    }
    return this.checkPatience(rule, this.monitor === 'valLoss' ? (figures.valLoss ?? NaN) : figures.loss);
  }

  private checkPatience(rule: PatienceStopping, value: number): StopReason | null {
    if (value < this.best - (rule.minDelta ?? 0)) {
      this.best = value;
      this.wait = 0;
      return null;
    }
    this.wait++;
    return this.wait >= rule.patience ? 'patience' : null;
  }
}
