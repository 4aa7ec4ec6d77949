import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from './problemText';

/** The status line of an admin list: what the last publish or withdraw did, or why it failed. */
export function usePublicationMessage(initial?: string) {
  const { t } = useTranslation();
  const [message, setMessage] = useState(initial);
  return {
    message,
    published: (title: string, publish: boolean) =>
      setMessage(t(publish ? 'admin.publishedMessage' : 'admin.unpublishedMessage', { title })),
    failed: (error: Error) => setMessage(t('admin.actionFailed', { detail: failureText(error, t) })),
  };
}
