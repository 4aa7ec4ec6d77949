import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { forgetKeptFragment, keepFragmentAcrossLogin } from '@/components/fragment';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useCastBallot, useMyBallot, type Ballot, type VotingRound } from '../api/voting';
import type { BallotProof } from '../api/proof';
import { blockSubmit, dotBudget, type StepRefusal } from './dots';
import { DotStepper } from './DotStepper';

/**
 * Dots per item with − and + steppers (and the number to type): works by keyboard and on a phone, no dragging. For
 * open rounds. Who may vote depends on the round's mode; the proof from the page's address (the projector's on-site
 * code, a printed code) goes with the ballot, and the server says where it counts.
 */
export function BallotForm({ round, proof }: { round: VotingRound; proof: BallotProof }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.ready) {
    return <p role="status">{t('common.loading')}</p>;
  }
  if (round.integrityMode === 'ONE_PER_ACCOUNT' && !auth.authenticated) {
    return (
      <div className="notice">
        <p>{t('voting.loginNeeded')}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              keepFragmentAcrossLogin();
              auth.login();
            }}
          >
            {t('nav.login')}
          </button>
        </p>
      </div>
    );
  }
  // A ballot cast with a printed code belongs to no one: there is none to look up.
  return round.integrityMode === 'PARTICIPATION_CODE' ? (
    <BallotFields round={round} proof={proof} initial={null} />
  ) : (
    <ExistingBallot round={round} proof={proof} loggedIn={auth.authenticated} />
  );
}

function ExistingBallot({ round, proof, loggedIn }: { round: VotingRound; proof: BallotProof; loggedIn: boolean }) {
  const { t } = useTranslation();
  const { data: mine, isLoading } = useMyBallot(round.id, loggedIn);
  if (isLoading) {
    return <p role="status">{t('common.loading')}</p>;
  }
  return <BallotFields round={round} proof={proof} initial={mine ?? null} />;
}

function BallotFields({ round, proof, initial }: { round: VotingRound; proof: BallotProof; initial: Ballot | null }) {
  const { t } = useTranslation();
  const cast = useCastBallot(round.id);
  const { errors, failure, problemType, summaryRef, reset, fixed, handle } = useProblemForm();
  const withCode = round.integrityMode === 'PARTICIPATION_CODE';
  const [dots, setDots] = useState<Record<string, number>>(() =>
    Object.fromEntries((initial?.dots ?? []).map((d) => [d.item, d.dots])),
  );
  const [code, setCode] = useState(proof.code ?? '');
  const [saved, setSaved] = useState<Ballot>();
  const [message, setMessage] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const { pathname } = useLocation();
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const final = Boolean(saved && withCode);
  // The form is gone once a code ballot is final: focus goes to what replaced it rather than to the page's start.
  useEffect(() => {
    if (final) {
      summaryHeading.current?.focus();
    }
  }, [final]);
  const budget = dotBudget(dots, round.dotsPerParticipant);
  const blocked = blockSubmit(budget);
  const overText = t('voting.over', { count: budget.over });
  const blockedText = blocked === 'over' ? overText : blocked === 'empty' ? t('voting.noneGiven') : undefined;

  // Problems with the code belong to its field: the summary links there and the field says what is wrong.
  const codeProblem = Boolean(failure && problemType?.startsWith('participation-code'));
  const fieldErrors = codeProblem && failure ? { ...errors, code: failure } : errors;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (blockedText) {
      // The button stays focusable with its reason beside it; pressed anyway, the reason is announced too.
      setRefusal(blockedText);
      return;
    }
    cast.mutate(
      {
        dots: Object.entries(dots).filter(([, n]) => n > 0).map(([item, n]) => ({ item, dots: n })),
        onSiteCode: proof.onSiteCode,
        code: withCode ? code.trim() : undefined,
      },
      handle((ballot) => {
        forgetKeptFragment();
        setSaved(ballot);
        setMessage(
          [t('voting.saved'), t(`voting.countsWhere.${ballot.channel}`), t(withCode ? 'voting.finalBallot' : 'voting.changeable')].join(' '),
        );
      }),
    );
  };

  const titleOf = (item: string) => round.items.find((i) => i.id === item)?.title ?? item;
  const refused = (title: string) => (reason: StepRefusal) =>
    setRefusal(t(`voting.refused.${reason}`, { item: title, cap: round.maxDotsPerItem, total: round.dotsPerParticipant }));
  return (
    <>
      {final && saved ? (
        // Final: a code is spent once, so there is nothing left to change.
        <section aria-labelledby="your-ballot">
          <h2 id="your-ballot" ref={summaryHeading} tabIndex={-1}>
            {t('voting.yourBallot')}
          </h2>
          <ul className="ballot-summary">
            {saved.dots.map((d) => (
              <li key={d.item}>{t('voting.dotsFor', { item: titleOf(d.item), count: d.dots })}</li>
            ))}
          </ul>
        </section>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorSummary
            ref={summaryRef}
            errors={fieldErrors}
            failure={codeProblem ? undefined : failure}
            labelOf={(field) => t(field === 'code' ? 'voting.field.code' : 'voting.field.dots')}
          />
          {proof.onSiteCode && <p className="notice">{t('voting.onSiteNote')}</p>}
          {(problemType === 'on-site-code-expired' || problemType === 'on-site-code-invalid') && (
            // Whoever has left the event can still take part: the same ballot page without the code counts online.
            <p>
              <Link to={pathname} onClick={forgetKeptFragment}>
                {t('voting.voteOnline')}
              </Link>
            </p>
          )}
          {initial && !saved && (
            <p>
              {t('voting.alreadyVoted')} {t(`voting.countsWhere.${initial.channel}`)} {t('voting.changeable')}
            </p>
          )}
          {withCode && (
            <TextField id="code" label={t('voting.code')} hint={t('voting.codeHint')} value={code} onChange={(value) => { fixed('code'); if (codeProblem) reset(); setCode(value); }} error={fieldErrors.code} required maxLength={40} />
          )}
          <p className="field__hint">{t('voting.rules', { cap: round.maxDotsPerItem })}</p>
          {/* Stays in view on a phone while the items scroll past. */}
          <div className="remaining">
            <p role="status" aria-live="polite">
              <span className={budget.over > 0 ? 'remaining__over' : undefined}>
                {budget.over > 0 ? overText : t('voting.remaining', { count: budget.remaining, total: round.dotsPerParticipant })}
              </span>
              {refusal && <span className="remaining__refusal"> {refusal}</span>}
            </p>
            <DotRow used={Math.min(budget.used, round.dotsPerParticipant)} total={round.dotsPerParticipant} />
          </div>
          {round.items.map((item) => (
            <DotStepper key={item.id} item={item} value={dots[item.id] ?? 0} cap={round.maxDotsPerItem} budget={budget}
              onRefused={refused(item.title)}
              onChange={(value) => {
                fixed('dots');
                setRefusal(undefined);
                setDots({ ...dots, [item.id]: value });
              }} />
          ))}
          <div className="form-actions form-actions--reason">
            <button type="submit" className="button" disabled={cast.isPending} aria-disabled={blockedText ? true : undefined}
              aria-describedby={blockedText ? 'ballot-blocked' : undefined}>
              {initial || saved ? t('voting.change') : t('voting.submit')}
            </button>
            {blockedText && (
              <p id="ballot-blocked" className="form-actions__reason">
                {blockedText}
              </p>
            )}
          </div>
        </form>
      )}
      <StatusMessage message={message} />
    </>
  );
}

/** The budget as dots, filled for those given: a picture of the sentence above it, so hidden from screen readers. */
function DotRow({ used, total }: { used: number; total: number }) {
  return (
    <p className="dot-row" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={i < used ? 'dot dot--used' : 'dot'} />
      ))}
    </p>
  );
}
