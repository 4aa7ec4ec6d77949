import { useTranslation } from 'react-i18next';
import { useFieldOutcome } from '../api/outcomes';
import { InputLink } from './InputLink';
import { ResponseList } from './ResponseList';

/** "What became of it": the input that shaped a field of action, by format and district, and the responses. */
export function FieldOutcome({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data: outcome } = useFieldOutcome(slug);
  if (!outcome) {
    return null;
  }
  return (
    <section aria-labelledby="outcome">
      <h2 id="outcome">{t('outcome.title')}</h2>
      <p>{t('outcome.total', { count: outcome.total })}</p>
      {outcome.byFormat.length > 0 && (
        <>
          <h3>{t('outcome.byFormat')}</h3>
          <ul className="card-list">
            {outcome.byFormat.map((group) => (
              <li key={group.key ?? 'none'}>
                <details>
                  <summary>{t('outcome.group', { label: group.label || t('outcome.noFormat'), count: group.count })}</summary>
                  <ul>
                    {group.inputs.map((input) => (
                      <li key={`${input.kind}-${input.ref}`}>
                        <InputLink input={input} />
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
          <h3>{t('outcome.byDistrict')}</h3>
          <ul className="inline-list">
            {outcome.byDistrict.map((group) => (
              <li key={group.key ?? 'none'}>{t('outcome.group', { label: group.label || t('outcome.wholeCity'), count: group.count })}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('outcome.responses')}</h3>
      <ResponseList responses={outcome.responses} />
    </section>
  );
}
