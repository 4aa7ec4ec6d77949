import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useCastBallot, useMyBallot, type VotingRound } from '../api/voting';

/** Dots per item as number fields: works by keyboard and on a phone, no dragging. For open rounds. */
export function BallotForm({ round, onSite }: { round: VotingRound; onSite: boolean }) {
  const { t } = useTranslation();
  const { data: mine, isLoading } = useMyBallot(round.id);
  if (isLoading) {
    return <p role="status">{t('common.loading')}</p>;
  }
  return <BallotFields round={round} onSite={onSite} initial={mine ?? null} />;
}

type Ballot = NonNullable<ReturnType<typeof useMyBallot>['data']>;

function BallotFields({ round, onSite, initial }: { round: VotingRound; onSite: boolean; initial: Ballot | null }) {
  const { t } = useTranslation();
  const cast = useCastBallot(round.id);
  const { errors, failure, summaryRef, onError } = useProblemForm();
  const [dots, setDots] = useState<Record<string, number>>(() =>
    Object.fromEntries((initial?.dots ?? []).map((d) => [d.item, d.dots])),
  );
  const [message, setMessage] = useState<string>();
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  const remaining = round.dotsPerParticipant - used;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    cast.mutate(
      {
        channel: onSite ? 'ON_SITE' : 'ONLINE',
        dots: Object.entries(dots).filter(([, n]) => n > 0).map(([item, n]) => ({ item, dots: n })),
      },
      { onSuccess: () => setMessage(t('voting.saved')), onError },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={() => t('voting.dotsLabel')} />
      <p role="status" aria-live="polite" className="remaining">
        {t('voting.remaining', { count: remaining, total: round.dotsPerParticipant })}
      </p>
      {round.items.map((item) => (
        <div className="field field--inline" key={item.id}>
          <label htmlFor={`dots-${item.id}`}>{item.title}</label>
          <input
            id={`dots-${item.id}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={Math.min(round.maxDotsPerItem, (dots[item.id] ?? 0) + Math.max(remaining, 0))}
            value={dots[item.id] ?? 0}
            onChange={(e) => setDots({ ...dots, [item.id]: Math.max(0, Number(e.target.value) || 0) })}
          />
        </div>
      ))}
      <p className="field__hint">{t('voting.rules', { cap: round.maxDotsPerItem })}</p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={cast.isPending || remaining < 0}>
          {initial || message ? t('voting.change') : t('voting.submit')}
        </button>
      </div>
      <StatusMessage message={message} />
    </form>
  );
}
