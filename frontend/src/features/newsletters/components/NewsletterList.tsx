import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/dates';
import { QueryState } from '@/components/QueryState';
import { TableScroll } from '@/components/TableScroll';
import { useNewsletters } from '../api/newsletters';

/** What was sent to the followers of a process, newest first: when, by whom, to how many addresses. */
export function NewsletterList({ process }: { process: string }) {
  const { t, i18n } = useTranslation();
  const newsletters = useNewsletters(process);
  if (!newsletters.data) {
    return <QueryState isLoading={newsletters.isLoading} error={newsletters.error} />;
  }
  if (newsletters.data.length === 0) {
    return <p>{t('newsletter.none')}</p>;
  }
  return (
    <TableScroll label={t('newsletter.sentList')}>
      <table>
        <caption>{t('newsletter.sentList')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('newsletter.subject')}</th>
            <th scope="col">{t('newsletter.sentAt')}</th>
            <th scope="col">{t('newsletter.sentBy')}</th>
            <th scope="col">{t('newsletter.recipients')}</th>
          </tr>
        </thead>
        <tbody>
          {newsletters.data.map((newsletter) => (
            <tr key={newsletter.id}>
              <th scope="row">{newsletter.subject}</th>
              <td>{formatDateTime(newsletter.sentAt, i18n.language)}</td>
              <td>{newsletter.sentBy}</td>
              <td>{newsletter.recipientCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
