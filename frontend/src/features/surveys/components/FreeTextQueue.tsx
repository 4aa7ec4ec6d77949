import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PostedWhere } from '@/components/PostedWhere';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { useDecideOnFreeText, usePendingFreeTexts } from '../api/freeTexts';

/** Free-text survey answers waiting to be published in the results, or hidden; each links to the results it joins. */
export function FreeTextQueue() {
  const { t } = useTranslation();
  const { data: items, isLoading, error } = usePendingFreeTexts();
  const decide = useDecideOnFreeText();
  const [message, setMessage] = useState<string>();
  if (!items) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <>
      <StatusMessage message={message} />
      {items.length === 0 ? (
        <p>{t('moderation.emptyFreeTexts')}</p>
      ) : (
        <ul className="card-list">
          {items.map((item, index) => (
            <li key={item.id} className="format-card">
              <p className="comment__meta">{item.question}</p>
              <PostedWhere where={item.postedWhere} />
              <p className="preserve-lines">{item.text}</p>
              <div className="comment__actions">
                {(['PUBLISHED', 'HIDDEN'] as const).map((state) => (
                  <button key={state} type="button" className="button button--small" disabled={decide.isPending}
                    aria-label={t(`moderation.freeText.${state}`, { n: index + 1 })}
                    onClick={() => decide.mutate({ id: item.id, state }, { onSuccess: () => setMessage(t(`moderation.freeTextDone.${state}`)) })}>
                    {t(`moderation.freeTextLabel.${state}`)}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
