import { useTranslation } from 'react-i18next';
import type { Place } from '@/components/PostedWhere';
import { ModerationLog } from '@/features/comments/components/ModerationLog';
import { ModerationQueue } from '@/features/comments/components/ModerationQueue';
import { useFieldsOfAction, type FieldOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { useFormats, type Format } from '@/features/formats/api/listFormats';
import { MapModerationQueue } from '@/features/map/components/MapModerationQueue';
import { FreeTextQueue } from '@/features/surveys/components/FreeTextQueue';
import { AdminGate } from './AdminGate';

/**
 * The public pages comments can be on, by the id of what they are on. A comment names its target only by type and id,
 * so its page is found among the formats, fields of action and their goals; interview notes and map entries are not.
 */
function placesById(formats: Format[], fields: FieldOfAction[]): Map<string, Place> {
  const places = new Map<string, Place>();
  formats.forEach((format) => places.set(format.id, { title: format.title, path: `/formate/${format.slug}` }));
  fields.forEach((field) => {
    places.set(field.id, { title: field.title, path: `/handlungsfelder/${field.slug}` });
    field.goals.forEach((goal) => places.set(goal.id, { title: goal.title, path: `/handlungsfelder/${field.slug}?ziel=${goal.id}` }));
  });
  return places;
}

export function ModerationPage() {
  const { t } = useTranslation();
  const formats = useFormats({});
  const fields = useFieldsOfAction();
  const places = placesById(formats.data ?? [], fields.data ?? []);
  return (
    <AdminGate roles={['moderator', 'admin']} title={t('moderation.title')} forbidden={t('moderation.forbidden')}>
      <h1>{t('moderation.title')}</h1>
      <section aria-labelledby="queue">
        <h2 id="queue">{t('moderation.queue')}</h2>
        <ModerationQueue placeOf={(id) => places.get(id)} />
      </section>
      <section aria-labelledby="map-queue">
        <h2 id="map-queue">{t('moderation.mapQueue')}</h2>
        <MapModerationQueue formatTitle={(slug) => formats.data?.find((format) => format.slug === slug)?.title} />
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
