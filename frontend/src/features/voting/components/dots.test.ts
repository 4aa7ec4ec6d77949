import { describe, expect, it } from 'vitest';
import { blockSubmit, dotBudget, refuseStep, typedDots } from './dots';

describe('the dot budget of a ballot', () => {
  it('counts what is left and never goes below zero: the excess is counted as such', () => {
    expect(dotBudget({ a: 2, b: 1 }, 5)).toEqual({ used: 3, remaining: 2, over: 0 });
    expect(dotBudget({ a: 3, b: 3 }, 5)).toEqual({ used: 6, remaining: 0, over: 1 });
  });

  it('refuses a step up once all dots are given or the item is at its cap, and a step down at zero', () => {
    const spent = dotBudget({ a: 2, b: 3 }, 5);
    expect(refuseStep(1, 2, 3, spent)).toBe('budgetSpent');
    expect(refuseStep(1, 3, 3, dotBudget({ b: 3 }, 5))).toBe('capReached');
    expect(refuseStep(-1, 0, 3, spent)).toBe('noneToTake');
    expect(refuseStep(1, 1, 3, dotBudget({ a: 1 }, 5))).toBeUndefined();
    expect(refuseStep(-1, 2, 3, spent)).toBeUndefined();
  });

  it('holds the ballot back while it is over budget or empty', () => {
    expect(blockSubmit(dotBudget({ a: 3, b: 3 }, 5))).toBe('over');
    expect(blockSubmit(dotBudget({}, 5))).toBe('empty');
    expect(blockSubmit(dotBudget({ a: 0 }, 5))).toBe('empty');
    expect(blockSubmit(dotBudget({ a: 1 }, 5))).toBeUndefined();
  });

  it('reads a typed number as whole dots between zero and the cap', () => {
    expect(typedDots('2', 3)).toBe(2);
    expect(typedDots('7', 3)).toBe(3);
    expect(typedDots('-1', 3)).toBe(0);
    expect(typedDots('', 3)).toBe(0);
    expect(typedDots('1.8', 3)).toBe(1);
  });
});
