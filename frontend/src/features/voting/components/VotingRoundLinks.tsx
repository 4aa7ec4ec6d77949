import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ParticipationCodes } from '@/components/ParticipationCodes';
import { StatusMessage } from '@/components/StatusMessage';
import { downloadVotingCodeSheet, useCloseRound, useCreateVotingCodes, useVotingRounds, type VotingRound } from '../api/voting';

/**
 * The voting rounds of a format, if it has any. Admins (`manage`) can end an open round early, open its projector
 * view and create the printed codes of a PARTICIPATION_CODE round.
 */
export function VotingRoundLinks({ format, manage = false }: { format: string; manage?: boolean }) {
  const { t } = useTranslation();
  const { data: rounds } = useVotingRounds(format);
  const close = useCloseRound();
  const [message, setMessage] = useState<string>();
  if (!rounds || rounds.length === 0) {
    return <StatusMessage message={message} />;
  }
  return (
    <section aria-labelledby="voting-rounds">
      <h2 id="voting-rounds">{t('voting.title')}</h2>
      <StatusMessage message={message} />
      <ul className="document-list">
        {rounds.map((round) => (
          <li key={round.id}>
            <Link to={`/abstimmen/${round.id}`}>{round.title}</Link>{' '}
            <span className="muted">
              ({round.open ? t('voting.open') : t('voting.closedShort')}; {t(`voting.modes.${round.integrityMode}`)})
            </span>
            {manage && (
              <>
                {' '}
                <Link to={`/abstimmen/${round.id}/live`} aria-label={t('roundForm.projector', { title: round.title })}>
                  {t('roundForm.projectorShort')}
                </Link>
              </>
            )}
            {manage && round.open && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('roundForm.closeNamed', { title: round.title })}
                  disabled={close.isPending}
                  onClick={() => close.mutate(round.id, { onSuccess: () => setMessage(t('roundForm.closed', { title: round.title })) })}
                >
                  {t('roundForm.close')}
                </button>
              </>
            )}
            {manage && round.open && round.integrityMode === 'PARTICIPATION_CODE' && <RoundCodes round={round} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RoundCodes({ round }: { round: VotingRound }) {
  const { t } = useTranslation();
  const create = useCreateVotingCodes(round.id);
  return (
    <ParticipationCodes
      id={`codes-${round.id}`}
      heading={t('roundForm.codesFor', { title: round.title })}
      headingLevel={3}
      intro={t('roundForm.codesIntro')}
      create={create.mutateAsync}
      download={(codes, type) => downloadVotingCodeSheet(round.id, codes, type)}
    />
  );
}
