import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useFormats } from '@/features/formats/api/listFormats';
import { FormatList } from '@/features/formats/components/FormatList';
import { useProcesses, type Process } from '@/features/processes/api/getProcesses';
import { ProcessTimeline } from '@/features/processes/components/ProcessTimeline';

function ProcessOverview({ process }: { process: Process }) {
  const { t } = useTranslation();
  const { data: formats, isLoading, error } = useFormats({ process: process.slug });
  const withoutPhase = formats?.filter((format) => !format.phase) ?? [];

  return (
    <article className="process">
      <h1>{process.title}</h1>
      <p className="lead">{process.summary}</p>
      <Markdown source={process.description} />
      {!formats ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <>
          <ProcessTimeline
            process={process}
            renderPhase={(phase) => {
              const inPhase = formats.filter((format) => format.phase?.slug === phase.slug);
              return inPhase.length > 0 ? (
                <FormatList formats={inPhase} />
              ) : (
                <p className="muted">{t('home.noFormatsInPhase')}</p>
              );
            }}
          />
          {withoutPhase.length > 0 && (
            <section aria-labelledby={`unphased-${process.slug}`}>
              <h2 id={`unphased-${process.slug}`}>{t('home.withoutPhase')}</h2>
              <FormatList formats={withoutPhase} headingLevel={3} />
            </section>
          )}
        </>
      )}
    </article>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { data: processes, isLoading, error } = useProcesses();
  usePageTitle(processes?.length === 1 ? processes[0]?.title : t('home.title'));

  if (!processes) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  if (processes.length === 0) {
    return (
      <>
        <h1>{t('home.title')}</h1>
        <p>{t('home.noProcesses')}</p>
      </>
    );
  }
  return (
    <>
      {processes.map((process) => (
        <ProcessOverview key={process.id} process={process} />
      ))}
    </>
  );
}
