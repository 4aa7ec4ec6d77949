import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/components/dates';
import type { Process } from '../api/getProcesses';

type Phase = Process['phases'][number];

interface Props {
  process: Process;
  /** What stands in each phase, e.g. its formats; composed by the page so features stay independent. */
  renderPhase: (phase: Phase) => ReactNode;
}

function phaseDates(phase: Phase, locale: string, openEnd: (start: string) => string): string | null {
  if (!phase.startsOn) {
    return null;
  }
  const start = formatDate(phase.startsOn, locale);
  return phase.endsOn ? `${start} – ${formatDate(phase.endsOn, locale)}` : openEnd(start);
}

/** The phases of a process as an ordered timeline. */
export function ProcessTimeline({ process, renderPhase }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={`timeline-${process.slug}`}>
      <h2 id={`timeline-${process.slug}`}>{t('home.timeline')}</h2>
      <ol className="timeline">
        {process.phases.map((phase) => {
          const dates = phaseDates(phase, i18n.language, (start) => t('home.phaseOpenEnd', { start }));
          return (
            <li key={phase.id} className="timeline__phase">
              <h3 className="timeline__title">
                {phase.title}
                {dates && <span className="timeline__dates"> ({dates})</span>}
              </h3>
              {renderPhase(phase)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
