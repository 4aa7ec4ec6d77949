import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** An RFC 9457 problem answered by the API, thrown so TanStack Query can surface it. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Field-level messages keyed by the field's JSON path, as the server names them. */
  violationsByField(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const violation of this.problem.violations ?? []) {
      byField[violation.field] = byField[violation.field]
        ? `${byField[violation.field]}; ${violation.message}`
        : violation.message;
    }
    return byField;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** Returns the data of an openapi-fetch result, or throws its problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem: Problem = isProblem(result.error)
      ? result.error
      : { type: 'about:blank', title: result.response.statusText, status: result.response.status };
    throw new ApiProblem(problem);
  }
  return result.data as T;
}
