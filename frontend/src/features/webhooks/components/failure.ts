import type { TFunction } from 'i18next';
import { ApiProblem } from '@/api/problem';
import { failureText } from '@/components/problemText';

/** Why an action on a webhook failed, in the reader's language; a 409 means someone else changed it first. */
export function actionFailure(error: Error, t: TFunction): string {
  if (error instanceof ApiProblem && error.status === 409) {
    return t('webhooks.conflict');
  }
  return t('admin.actionFailed', { detail: failureText(error, t) });
}
