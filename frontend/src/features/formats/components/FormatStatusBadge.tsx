import { useTranslation } from 'react-i18next';
import type { Format } from '../api/listFormats';

/**
 * Where a format stands (geplant, offen, abgeschlossen, Ergebnisse), as the API computes it. The word carries the
 * meaning, the colour only repeats it; in running text it says what it is to screen readers too.
 */
export function FormatStatusBadge({ status, labelled = true }: { status: Format['status']; labelled?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      {labelled && <span className="visually-hidden">{t('formatStatus.label')}: </span>}
      {t(`formatStatus.${status}`)}
    </span>
  );
}
