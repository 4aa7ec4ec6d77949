import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { TableScroll } from './TableScroll';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

export interface Bar {
  label: string;
  value: number | null;
  /** What the table shows; the chart draws value. */
  shown: string;
}

interface Props {
  bars: Bar[];
  caption: string;
  valueHeading: string;
  itemHeading: string;
}

/** Horizontal bars for sighted readers, and the same numbers as a table for screen readers and print. */
export function BarChart({ bars, caption, valueHeading, itemHeading }: Props) {
  return (
    <figure className="results">
      <div className="results__chart" aria-hidden="true" style={{ height: `${Math.max(120, bars.length * 36)}px` }}>
        <Bar
          data={{ labels: bars.map((b) => b.label), datasets: [{ label: valueHeading, data: bars.map((b) => b.value ?? 0), backgroundColor: '#0b5394' }] }}
          options={{ indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { x: { beginAtZero: true } } }}
        />
      </div>
      <figcaption>
        <TableScroll label={caption}>
        <table className="admin-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{itemHeading}</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </figcaption>
    </figure>
  );
}
