import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/usePageTitle';

/** The accessibility statement with the parts BITV 2.0 § 7 asks for. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.title'));
  const nonAccessible = t('accessibility.nonAccessible', { returnObjects: true }) as string[];
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.nonAccessibleTitle')}</h2>
      <ul>
        {nonAccessible.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('accessibility.preparedTitle')}</h2>
      <p>{t('accessibility.prepared')}</p>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <h2>{t('accessibility.enforcementTitle')}</h2>
      <p>{t('accessibility.enforcement')}</p>
    </>
  );
}
