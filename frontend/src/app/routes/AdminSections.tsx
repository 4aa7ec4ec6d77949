import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The admin area's sections, shown above each admin list. */
export function AdminSections() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.sections')}>
      <ul className="admin-sections">
        <li>
          <NavLink to="/verwaltung" end>
            {t('admin.formats')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/verwaltung/prozesse" end>
            {t('processes.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/verwaltung/handlungsfelder" end>
            {t('fieldsOfAction.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/verwaltung/gespraechsvermerke" end>
            {t('interviewNotes.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/verwaltung/ortsbezirke" end>
            {t('districts.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/verwaltung/webhooks" end>
            {t('webhooks.title')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
