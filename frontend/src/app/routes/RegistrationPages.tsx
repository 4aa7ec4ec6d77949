import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '@/components/ErrorSummary';
import { StatusMessage } from '@/components/StatusMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useProblemForm } from '@/components/useProblemForm';
import { useCancelRegistration } from '@/features/registration/api/registration';

/**
 * Where the cancellation link of a registration mail leads. It acts only on a click: mail scanners open links too,
 * and must not give someone's seat away.
 */
export function CancelRegistrationPage() {
  const { t } = useTranslation();
  usePageTitle(t('registration.cancel.title'));
  const [params] = useSearchParams();
  const cancel = useCancelRegistration();
  const { failure, summaryRef, handle } = useProblemForm();
  return (
    <article>
      <h1>{t('registration.cancel.title')}</h1>
      <ErrorSummary ref={summaryRef} errors={{}} failure={failure} labelOf={(field) => field} />
      {!cancel.isSuccess && (
        <>
          <p>{t('registration.cancel.intro')}</p>
          <button type="button" className="button" disabled={cancel.isPending} onClick={() => cancel.mutate(params.get('token') ?? '', handle())}>
            {t('registration.cancel.button')}
          </button>
        </>
      )}
      <StatusMessage message={cancel.isSuccess ? t('registration.cancel.done') : undefined} />
      {cancel.isSuccess && (
        <p>
          <Link to="/">{t('registration.cancel.home')}</Link>
        </p>
      )}
    </article>
  );
}
