import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from './problemText';
import type { Notice } from './StatusMessage';

/** The status line of an admin list: what the editor saved, what the last publish or withdraw did, or why it failed. */
export function usePublicationMessage(initial?: Notice) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState(initial);
  return {
    notice,
    published: (title: string, publish: boolean) =>
      setNotice({ message: t(publish ? 'admin.publishedMessage' : 'admin.unpublishedMessage', { title }) }),
    failed: (error: Error) => setNotice({ message: t('admin.actionFailed', { detail: failureText(error, t) }) }),
  };
}
