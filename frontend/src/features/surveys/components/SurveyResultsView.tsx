import { useTranslation } from 'react-i18next';
import { BarChart, type Bar } from '@/components/BarChart';
import { LeafletMap, type MapArea } from '@/components/map/LeafletMap';
import { useMapSettings } from '@/components/map/mapApi';
import { usePointDescription } from '@/components/map/usePointDescription';
import type { LocationResult, QuestionResult, SurveyResults } from '../api/surveys';
import { groupTexts } from './groupTexts';
import { TableScroll } from '@/components/TableScroll';

/** Per question: a chart with its table; scales with their mean, rankings by score, moderated free texts as a list. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{t('survey.responses', { count: results.responses })}</p>
      <QuestionResults questions={results.questions} idPrefix="result" level={2} />
    </>
  );
}

/**
 * The same results per answer of one single-choice question. The server withholds groups under five responses and,
 * with them, whatever would let them be worked out from the totals.
 */
export function BreakdownView({ breakdown, title }: { breakdown: NonNullable<SurveyResults['breakdown']>; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      {breakdown.groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{t('survey.group', { question: title, answer: group.label })}</h2>
          {group.suppressed ? (
            <p className="muted">{t('survey.groupSuppressed')}</p>
          ) : (
            <>
              <p>{t('survey.responses', { count: group.responses ?? 0 })}</p>
              <QuestionResults questions={group.questions.filter((q) => q.question !== breakdown.question)} idPrefix={`group-${group.key}`} level={3} />
            </>
          )}
        </section>
      ))}
    </>
  );
}

function QuestionResults({ questions, idPrefix, level }: { questions: QuestionResult[]; idPrefix: string; level: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {questions.map((question, index) => (
        <section key={question.question} aria-labelledby={`${idPrefix}-${question.question}`}>
          <Heading id={`${idPrefix}-${question.question}`}>
            {index + 1}. {question.title}
          </Heading>
          <p className="muted">{t('survey.answered', { count: question.answered })}</p>
          <QuestionResultView question={question} />
        </section>
      ))}
    </>
  );
}

function QuestionResultView({ question }: { question: QuestionResult }) {
  const { t, i18n } = useTranslation();
  const percent = (share?: number | null) =>
    share == null ? '–' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const number = (value?: number | null) =>
    value == null ? '–' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);

  if (question.type === 'FREE_TEXT') {
    return question.texts && question.texts.length > 0 ? (
      <ul className="free-texts">
        {groupTexts(question.texts, i18n.language).map(({ text, count }) => (
          <li key={text} className="preserve-lines">
            {text}
            {count > 1 && <span className="muted"> ({t('survey.textCount', { count })})</span>}
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('survey.noTexts')}</p>
    );
  }
  if (question.type === 'SCALE' && question.scale) {
    const bars: Bar[] = question.scale.distribution.map((cell) => ({ label: String(cell.value), value: cell.count ?? null, shown: cell.count == null ? t('survey.suppressed') : String(cell.count) }));
    return (
      <>
        <p>{question.scale.mean == null && question.answered > 0 ? t('survey.meanSuppressed') : t('survey.mean', { mean: number(question.scale.mean) })}</p>
        <BarChart bars={bars} caption={t('survey.distribution', { title: question.title })} itemHeading={t('survey.value')} valueHeading={t('survey.count')} />
      </>
    );
  }
  if (question.type === 'RANKING') {
    const bars: Bar[] = [...question.options]
      .sort((a, b) => (b.rankScore ?? 0) - (a.rankScore ?? 0))
      .map((option) => ({ label: option.label, value: option.rankScore ?? null, shown: `${number(option.rankScore)} (${t('survey.meanRank', { rank: number(option.meanRank) })})` }));
    return <BarChart bars={bars} caption={t('survey.rankCaption', { title: question.title })} itemHeading={t('survey.option')} valueHeading={t('survey.rankScore')} />;
  }
  const bars: Bar[] = question.options.map((option) => ({
    label: option.label,
    value: option.count ?? null,
    shown: option.suppressed ? t('survey.suppressed') : `${option.count} (${percent(option.share)})`,
  }));
  return (
    <>
      <BarChart bars={bars} caption={t('survey.countCaption', { title: question.title })} itemHeading={t('survey.option')} valueHeading={t('survey.count')} />
      {question.areas && <LocationAreas question={question} areas={question.areas} />}
    </>
  );
}

/**
 * Where the points of a location question are: squares on a map, shaded by how many points each holds and labelled
 * with that number, and the same squares as a table, each named by what its middle is in or near.
 */
function LocationAreas({ question, areas }: { question: QuestionResult; areas: LocationResult }) {
  const { t, i18n } = useTranslation();
  const { data: settings } = useMapSettings();
  const describe = usePointDescription();
  const most = Math.max(1, ...areas.cells.map((cell) => cell.count));
  const hintId = `areas-${question.question}-hint`;
  const size = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'meter' }).format(areas.cellMetres);
  const rows = areas.cells.map((cell, index) => {
    const [west = 0, south = 0, east = 0, north = 0] = cell.bbox;
    const name = describe({ lon: (west + east) / 2, lat: (south + north) / 2 });
    return { key: String(index), cell, name: name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1) };
  });
  const mapAreas: MapArea[] = rows.map(({ key, cell }) => ({ id: key, bbox: cell.bbox, label: String(cell.count), weight: cell.count / most }));
  const countOf = (cell: LocationResult['cells'][number], key: string) => cell.options.find((o) => o.key === key)?.count ?? 0;
  return (
    <>
      <p className="field__hint" id={hintId}>
        {t('survey.areasHint', { size })}
      </p>
      {settings && rows.length > 0 && (
        <LeafletMap settings={settings} areas={mapAreas} label={t('survey.areasMap', { title: question.title })} describedBy={hintId} />
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('survey.areasNone')}</p>
      ) : (
        <TableScroll label={t('survey.areasCaption', { title: question.title })}>
          <table className="admin-table">
            <caption>{t('survey.areasCaption', { title: question.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.area')}</th>
                {question.options.map((option) => (
                  <th scope="col" key={option.key}>{option.label}</th>
                ))}
                <th scope="col">{t('survey.areaTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, cell, name }) => (
                <tr key={key}>
                  <th scope="row">{name}</th>
                  {question.options.map((option) => (
                    <td key={option.key}>{countOf(cell, option.key)}</td>
                  ))}
                  <td>{cell.count}</td>
                </tr>
              ))}
            </tbody>
            {areas.withheld > 0 && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={question.options.length + 1}>{t('survey.areasWithheld')}</th>
                  <td>{areas.withheld}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </TableScroll>
      )}
    </>
  );
}
