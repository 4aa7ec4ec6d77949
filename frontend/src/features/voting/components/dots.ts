/** How a ballot stands against the round's budget: never a negative remainder, the excess said as such. */
export interface DotBudget {
  used: number;
  /** Dots still to give, 0 at most when over budget. */
  remaining: number;
  /** Dots given beyond the budget (only by typing: the steppers stop at it). */
  over: number;
}

export function dotBudget(dots: Record<string, number>, total: number): DotBudget {
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  return { used, remaining: Math.max(0, total - used), over: Math.max(0, used - total) };
}

/** Why a stepper does not move, or undefined when it may. */
export type StepRefusal = 'budgetSpent' | 'capReached' | 'noneToTake';

export function refuseStep(step: 1 | -1, value: number, cap: number, budget: DotBudget): StepRefusal | undefined {
  if (step < 0) {
    return value <= 0 ? 'noneToTake' : undefined;
  }
  if (value >= cap) {
    return 'capReached';
  }
  return budget.remaining <= 0 ? 'budgetSpent' : undefined;
}

/** Why the ballot cannot be sent yet, or undefined when it can. */
export type SubmitBlock = 'over' | 'empty';

export function blockSubmit(budget: DotBudget): SubmitBlock | undefined {
  if (budget.over > 0) {
    return 'over';
  }
  return budget.used === 0 ? 'empty' : undefined;
}

/** A typed number as dots for one item: whole, not below 0, not above the item's cap. */
export function typedDots(text: string, cap: number): number {
  return Math.min(cap, Math.max(0, Math.trunc(Number(text)) || 0));
}
