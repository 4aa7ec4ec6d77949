import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { NewsletterForm } from '@/features/newsletters/components/NewsletterForm';
import { NewsletterList } from '@/features/newsletters/components/NewsletterList';
import { useProcess } from '@/features/processes/api/getProcesses';
import { AdminGate } from './AdminGate';

function Newsletters({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const process = useProcess(slug);
  const [message, setMessage] = useState<string>();
  const heading = process.data ? t('newsletter.title', { process: process.data.title }) : t('newsletter.heading');
  usePageTitle(heading);
  if (!process.data) {
    return <QueryState isLoading={process.isLoading} error={process.error} />;
  }
  return (
    <>
      <p>
        <Link to={`/verwaltung/prozesse/${slug}`}>{t('newsletter.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <p>{t('newsletter.intro')}</p>
      <StatusMessage message={message} />
      <NewsletterForm process={slug} processTitle={process.data.title} onMessage={setMessage} />
      <h2>{t('newsletter.sentList')}</h2>
      <NewsletterList process={slug} />
    </>
  );
}

/** Staff write to the confirmed followers of a process (issue 18): preview, test send to themselves, then send. */
export function AdminNewsletterPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <AdminGate title={t('newsletter.heading')}>
      <Newsletters key={slug} slug={slug} />
    </AdminGate>
  );
}
