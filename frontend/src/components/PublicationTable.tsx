import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from './ConfirmButton';
import { TableScroll } from './TableScroll';

export interface PublicationRow {
  id: string;
  title: string;
  detail: string;
  published: boolean;
  editPath: string;
}

interface Props {
  caption: string;
  detailHeading: string;
  rows: PublicationRow[];
  busy: boolean;
  onToggle: (row: PublicationRow) => void;
}

/** The admin's list of publishable items: title, one detail, state, edit link and publish toggle (withdrawing asks first). */
export function PublicationTable({ caption, detailHeading, rows, busy, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption}>
      <table className="admin-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('form.title')}</th>
            <th scope="col">{detailHeading}</th>
            <th scope="col">{t('admin.stateLabel')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>{row.detail}</td>
              <td>{t(`admin.state.${row.published ? 'PUBLISHED' : 'DRAFT'}`)}</td>
              <td className="actions">
                <Link to={row.editPath} aria-label={t('admin.editNamed', { title: row.title })}>
                  {t('admin.edit')}
                </Link>
                {row.published ? (
                  <ConfirmButton
                    label={t('admin.unpublish')}
                    accessibleLabel={t('admin.unpublishNamed', { title: row.title })}
                    question={t('admin.unpublishQuestion', { title: row.title })}
                    confirmLabel={t('admin.unpublishConfirm')}
                    disabled={busy}
                    onConfirm={() => onToggle(row)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('admin.publishNamed', { title: row.title })}
                    disabled={busy}
                    onClick={() => onToggle(row)}
                  >
                    {t('admin.publish')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
