import { useTranslation } from 'react-i18next';
import type { Notice } from './StatusMessage';

/** “„Title“ wurde gespeichert.”, with a link to the public page where it can be seen, if it has one. */
export function useSavedNotice() {
  const { t } = useTranslation();
  return (title: string, publicPath?: string): Notice => ({
    message: t('admin.saved', { title }),
    link: publicPath ? { to: publicPath, text: t('admin.viewPublic') } : undefined,
  });
}
