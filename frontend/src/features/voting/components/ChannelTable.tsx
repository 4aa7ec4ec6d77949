import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/TableScroll';

/** One row of counts: online, on site and together. */
export interface ChannelRow {
  key: string;
  heading: string;
  online: number;
  onSite: number;
  total: number;
}

function Row({ row }: { row: ChannelRow }) {
  return (
    <tr>
      <th scope="row">{row.heading}</th>
      <td>{row.online}</td>
      <td>{row.onSite}</td>
      <td>{row.total}</td>
    </tr>
  );
}

/** Counts of a round split by where they were cast, with the same columns wherever a round's numbers are shown. */
export function ChannelTable({ caption, rowHeading, rows, sum, className }: { caption: string; rowHeading: string; rows: ChannelRow[]; sum?: ChannelRow; className?: string }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption}>
      <table className={className ? `admin-table ${className}` : 'admin-table'}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col">{t('voting.online')}</th>
            <th scope="col">{t('voting.onSite')}</th>
            <th scope="col">{t('voting.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
        {sum && (
          <tfoot>
            <Row row={sum} />
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
