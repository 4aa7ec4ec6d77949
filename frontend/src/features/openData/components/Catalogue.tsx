import { useTranslation } from 'react-i18next';
import type { Dataset } from '../api/catalogue';

/** Every dataset with its downloads and, on request, its fields. */
export function Catalogue({ datasets }: { datasets: Dataset[] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {datasets.map((dataset) => (
        <li key={dataset.name} className="format-card">
          <h2>{dataset.title}</h2>
          <p>{dataset.description}</p>
          <p>
            {(dataset.spatial ? ['csv', 'json', 'geojson'] : ['csv', 'json']).map((extension, i) => (
              <span key={extension}>
                {i > 0 && ' · '}
                <a href={`/api/v1/open-data/${dataset.name}.${extension}`} download>
                  {t('openData.download', { title: dataset.title, format: extension.toUpperCase() })}
                </a>
              </span>
            ))}
          </p>
          <details>
            <summary>{t('openData.fields', { title: dataset.title })}</summary>
            <dl className="facts">
              {dataset.fields.map((field) => (
                <div key={field.name}>
                  <dt>
                    <code>{field.name}</code>
                  </dt>
                  <dd>{field.description}</dd>
                </div>
              ))}
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
