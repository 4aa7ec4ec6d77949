import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { formatsQuery, useFormats, type Format } from '@/features/formats/api/listFormats';
import { FormatList } from '@/features/formats/components/FormatList';
import { opportunitiesQuery } from '@/features/opportunities/api/listOpportunities';
import { OpportunityOverview } from '@/features/opportunities/components/OpportunityOverview';
import { FollowForm } from '@/features/subscriptions/components/FollowForm';
import { processesQuery, useProcesses, type Process } from '@/features/processes/api/getProcesses';
import { ProcessFeedLinks } from '@/features/processes/components/ProcessFeedLinks';
import { ProcessTimeline } from '@/features/processes/components/ProcessTimeline';

/** The public formats of all processes, in one request that index.html starts before the script arrives. */
const allFormats = formatsQuery({});
/** What is open now, on top of the page: loaded with the rest, so it does not push the page down when it arrives. */
const openNow = opportunitiesQuery();
/** How long the first visit waits for the home page's data before it shows the page with loading states. */
const WAIT_FOR_DATA_MS = 3000;

/**
 * Loads the home page's data before it renders, so that the first paint shows the processes and their formats
 * instead of a loading message followed by a second, longer render. Failures are left to the page's queries,
 * which show them; a slow API only delays the page up to {@link WAIT_FOR_DATA_MS}.
 */
export function homeLoader(queryClient: QueryClient) {
  return async () => {
    // Coming back to the page, what is cached shows at once and the queries refresh it in the background.
    const processes = processesQuery();
    const cached = [processes.queryKey, allFormats.queryKey, openNow.queryKey];
    if (cached.every((queryKey) => queryClient.getQueryData(queryKey))) {
      return null;
    }
    const ready = Promise.all([
      queryClient.prefetchQuery(processes),
      queryClient.prefetchQuery(allFormats),
      queryClient.prefetchQuery(openNow),
    ]);
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS))]);
    return null;
  };
}

function ProcessOverview({ process }: { process: Process }) {
  const { t } = useTranslation();
  const { data: all, isLoading, error } = useFormats({});
  const formats: Format[] | undefined = all?.filter((format) => format.process.slug === process.slug);
  const withoutPhase = formats?.filter((format) => !format.phase) ?? [];
  const planned = formats?.filter((format) => format.status === 'PLANNED') ?? [];

  return (
    <article className="process">
      <h1>{process.title}</h1>
      <p className="lead">{process.summary}</p>
      <OpportunityOverview
        filter={{ process: process.slug }}
        heading={t('opportunities.title')}
        headingId={`mitmachen-${process.slug}`}
        upcoming={
          planned.length > 0 && (
            <>
              <h3>{t('opportunities.upcoming')}</h3>
              <FormatList formats={planned} />
            </>
          )
        }
      />
      <Markdown source={process.description} />
      <ProcessFeedLinks slug={process.slug} />
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
      <FollowForm scopeType="PROCESS" scope={process.slug} title={process.title} />
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
