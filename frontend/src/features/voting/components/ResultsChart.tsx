import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { VotingResults } from '../api/voting';
import { BallotCounts } from './BallotCounts';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/**
 * Dots per item, online and on site stacked, with the same numbers as a table for screen readers and print; below it,
 * who may vote in the round and the ballots by admission and place, so the result can be read critically.
 */
export function ResultsChart({ results, large = false }: { results: VotingResults; large?: boolean }) {
  const { t } = useTranslation();
  const labels = results.items.map((item) => item.title);
  return (
    <>
      <figure className={large ? 'results results--large' : 'results'}>
        <div className="results__chart" aria-hidden="true">
          <Bar
            data={{
              labels,
              datasets: [
                { label: t('voting.online'), data: results.items.map((i) => i.dots.online), backgroundColor: '#0b5394' },
                { label: t('voting.onSite'), data: results.items.map((i) => i.dots.onSite), backgroundColor: '#b45309' },
              ],
            }}
            options={{
              indexAxis: 'y',
              animation: { duration: 300 },
              maintainAspectRatio: false,
              scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
            }}
          />
        </div>
        <figcaption>
          <table className="admin-table">
            <caption>{t(results.closed ? 'voting.finalCaption' : 'voting.tableCaption', { count: results.ballots.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('voting.item')}</th>
                <th scope="col">{t('voting.online')}</th>
                <th scope="col">{t('voting.onSite')}</th>
                <th scope="col">{t('voting.total')}</th>
              </tr>
            </thead>
            <tbody>
              {results.items.map((item) => (
                <tr key={item.item}>
                  <th scope="row">{item.title}</th>
                  <td>{item.dots.online}</td>
                  <td>{item.dots.onSite}</td>
                  <td>{item.dots.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figcaption>
      </figure>
      <p className="results__mode">{t('voting.mode', { mode: t(`voting.modes.${results.integrityMode}`) })}</p>
      <BallotCounts results={results} />
    </>
  );
}
