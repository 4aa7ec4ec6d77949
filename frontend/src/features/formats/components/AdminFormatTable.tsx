import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { formatDateRange } from '@/components/dates';
import { useFormats } from '../api/listFormats';
import { useSetPublication } from '../api/setPublication';

/** All formats an admin may see, drafts included, with publish and edit actions. */
export function AdminFormatTable({ notice }: { notice?: string }) {
  const { t, i18n } = useTranslation();
  const { data: formats, isLoading, error } = useFormats({}, 'admin');
  const publication = useSetPublication();
  const [message, setMessage] = useState(notice);

  const toggle = (slug: string, title: string, publish: boolean) =>
    publication.mutate(
      { slug, publish },
      {
        onSuccess: () => setMessage(t(publish ? 'admin.publishedMessage' : 'admin.unpublishedMessage', { title })),
        onError: (failure) => setMessage(t('admin.actionFailed', { detail: failure.message })),
      },
    );

  return (
    <>
      <p role="status" className={message ? 'status-message' : undefined}>
        {message}
      </p>
      {!formats ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">{t('admin.formats')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('form.title')}</th>
                <th scope="col">{t('admin.date')}</th>
                <th scope="col">{t('admin.stateLabel')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {formats.map((format) => {
                const published = format.publicationState === 'PUBLISHED';
                return (
                  <tr key={format.id}>
                    <th scope="row">{format.title}</th>
                    <td>{formatDateRange(format.startsOn, format.endsOn, format.datePrecision, i18n.language)}</td>
                    <td>{t(`admin.state.${format.publicationState}`)}</td>
                    <td className="actions">
                      <Link to={`/verwaltung/formate/${format.slug}`} aria-label={t('admin.editNamed', { title: format.title })}>
                        {t('admin.edit')}
                      </Link>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t(published ? 'admin.unpublishNamed' : 'admin.publishNamed', { title: format.title })}
                        disabled={publication.isPending}
                        onClick={() => toggle(format.slug, format.title, !published)}
                      >
                        {t(published ? 'admin.unpublish' : 'admin.publish')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
