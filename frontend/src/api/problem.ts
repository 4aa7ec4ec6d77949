import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

const TYPE_PREFIX = 'urn:mitwirken:problem:';

/** An RFC 9457 problem answered by the API, thrown so TanStack Query can surface it. */
export class ApiProblem extends Error {
  readonly problem: Problem;
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The stable name of the problem's type ("not-open" for urn:mitwirken:problem:not-open), for the UI to switch on. */
  get slug(): string | undefined {
    return problemSlug(this.problem);
  }
}

/** The slug of a problem's type, or undefined when the type is not one of Mitwirken's (about:blank, say). */
export function problemSlug(problem: Pick<Problem, 'type'>): string | undefined {
  return problem.type?.startsWith(TYPE_PREFIX) ? problem.type.slice(TYPE_PREFIX.length) : undefined;
}

/** Whether an error is the API's problem of this type. */
export function isProblemOf(error: unknown, slug: string): error is ApiProblem {
  return error instanceof ApiProblem && error.slug === slug;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers?.get('Retry-After') ?? '');
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** Returns the data of an openapi-fetch result, or throws its problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem: Problem = isProblem(result.error)
      ? result.error
      : {
          type: 'about:blank',
          title: result.response.statusText,
          status: result.response.status,
          detail: result.response.statusText,
          // Not the API's words (a proxy's error page, say): the UI says it in its own, by the status.
          code: 'unexpected-answer',
          arguments: {},
        };
    throw new ApiProblem(problem, retryAfter(result.response));
  }
  return result.data as T;
}
