import { useTranslation } from 'react-i18next';
import { BarChart, type Bar } from '@/components/BarChart';
import type { Statistics } from '../api/statistics';

type Cell = Statistics['totals'][number];

/** Participation in numbers: each figure as a chart with its table; suppressed cells say so. */
export function StatisticsView({ statistics }: { statistics: Statistics }) {
  const { t, i18n } = useTranslation();
  const bars = (cells: Cell[], label: (cell: Cell) => string): Bar[] =>
    cells.map((cell) => ({ label: label(cell), value: cell.count ?? null, shown: cell.suppressed ? t('statistics.suppressed') : String(cell.count) }));
  const weeks = new Map<string, number>();
  statistics.overTime.forEach((cell) => weeks.set(cell.week, (weeks.get(cell.week) ?? 0) + (cell.count ?? 0)));
  const weekLabel = (week: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(`${week}T00:00:00`));
  const sections: { id: string; title: string; bars: Bar[] }[] = [
    { id: 'kinds', title: t('statistics.byKind'), bars: bars(statistics.totals, (c) => t(`statistics.kind.${c.key}`, { defaultValue: c.key ?? '' })) },
    { id: 'formats', title: t('statistics.byFormat'), bars: bars(statistics.perFormat, (c) => c.label || t('statistics.noFormat')) },
    { id: 'districts', title: t('statistics.byDistrict'), bars: bars(statistics.perDistrict, (c) => c.label || t('statistics.noDistrict')) },
    { id: 'channels', title: t('statistics.byChannel'), bars: bars(statistics.perChannel, (c) => t(`statistics.channel.${c.key}`, { defaultValue: c.key ?? '' })) },
    { id: 'weeks', title: t('statistics.overTime'), bars: [...weeks.entries()].map(([week, count]) => ({ label: t('statistics.week', { date: weekLabel(week) }), value: count, shown: String(count) })) },
  ];
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`statistics-${section.id}`}>
          <h2 id={`statistics-${section.id}`}>{section.title}</h2>
          <BarChart bars={section.bars} caption={section.title} itemHeading={t('statistics.item')} valueHeading={t('statistics.count')} />
        </section>
      ))}
      {statistics.moderation && (
        <section aria-labelledby="statistics-moderation">
          <h2 id="statistics-moderation">{t('statistics.moderation')}</h2>
          <p>{t('statistics.pending', { count: statistics.moderation.pending })}</p>
          <BarChart
            bars={statistics.moderation.decisionsPerWeek.map((cell) => ({ label: `${weekLabel(cell.week)} – ${t(`moderation.decided.${cell.kind}`, { defaultValue: cell.kind })}`, value: cell.count ?? 0, shown: String(cell.count ?? 0) }))}
            caption={t('statistics.decisions')} itemHeading={t('statistics.item')} valueHeading={t('statistics.count')} />
        </section>
      )}
    </>
  );
}
