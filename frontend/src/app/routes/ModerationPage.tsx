import { useTranslation } from 'react-i18next';
import { ModerationLog } from '@/features/comments/components/ModerationLog';
import { ModerationQueue } from '@/features/comments/components/ModerationQueue';
import { MapModerationQueue } from '@/features/map/components/MapModerationQueue';
import { FreeTextQueue } from '@/features/surveys/components/FreeTextQueue';
import { AdminGate } from './AdminGate';

export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <AdminGate roles={['moderator', 'admin']} title={t('moderation.title')} forbidden={t('moderation.forbidden')}>
      <h1>{t('moderation.title')}</h1>
      <section aria-labelledby="queue">
        <h2 id="queue">{t('moderation.queue')}</h2>
        <ModerationQueue />
      </section>
      <section aria-labelledby="map-queue">
        <h2 id="map-queue">{t('moderation.mapQueue')}</h2>
        <MapModerationQueue />
      </section>
      <section aria-labelledby="free-texts">
        <h2 id="free-texts">{t('moderation.freeTexts')}</h2>
        <FreeTextQueue />
      </section>
      <section aria-labelledby="log">
        <h2 id="log">{t('moderation.log')}</h2>
        <ModerationLog />
      </section>
    </AdminGate>
  );
}
