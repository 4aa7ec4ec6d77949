/** A violation as the server reports it: the field, its code and arguments, and its message in English. */
export interface TestViolation {
  field: string;
  code: string;
  arguments: Record<string, string | number>;
  message: string;
}

/** The problem+json body the server answers to invalid fields when asked in English (the SPA must not show it). */
export function validationFailed(violations: TestViolation[]) {
  return {
    type: 'urn:mitwirken:problem:validation-failed',
    title: 'The request is not valid',
    status: 400,
    detail: 'One or more fields are invalid.',
    code: 'validation-failed',
    arguments: {},
    violations,
  };
}
