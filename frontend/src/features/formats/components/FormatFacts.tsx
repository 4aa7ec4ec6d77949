import { useTranslation } from 'react-i18next';
import { formatDateRange } from '@/components/dates';
import type { Format } from '../api/listFormats';
import { FormatStatusBadge } from './FormatStatusBadge';

/** Status, date, kind and whether it is online, in one line, as lists show it. */
export function FormatMeta({ format }: { format: Format }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="format-meta">
      <FormatStatusBadge status={format.status} />{' '}
      <span>{formatDateRange(format.startsOn, format.endsOn, format.datePrecision, i18n.language)}</span>
      {' · '}
      <span>{t(`format.kind.${format.kind}`)}</span>
      {format.online && (
        <>
          {' · '}
          <span>{t('format.online')}</span>
        </>
      )}
    </p>
  );
}
