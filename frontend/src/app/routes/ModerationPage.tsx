import { useTranslation } from 'react-i18next';
import { ModerationQueue } from '@/features/comments/components/ModerationQueue';
import { AdminGate } from './AdminGate';

export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <AdminGate roles={['moderator', 'admin']} title={t('moderation.title')} forbidden={t('moderation.forbidden')}>
      <h1>{t('moderation.title')}</h1>
      <ModerationQueue />
    </AdminGate>
  );
}
