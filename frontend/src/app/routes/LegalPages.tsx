import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/usePageTitle';

interface Section {
  heading: string;
  paragraphs: string[];
}

/** A page of headed sections whose text lives in the translations, so each language carries the whole page. */
function TextPage({ page }: { page: 'privacy' | 'imprint' | 'easyLanguage' }) {
  const { t } = useTranslation();
  usePageTitle(t(`${page}.title`));
  const sections = t(`${page}.sections`, { returnObjects: true }) as Section[];
  return (
    <article className={page === 'easyLanguage' ? 'easy-language' : undefined}>
      <h1>{t(`${page}.title`)}</h1>
      <p>{t(`${page}.intro`)}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}

export function PrivacyPage() {
  return <TextPage page="privacy" />;
}

export function ImprintPage() {
  return <TextPage page="imprint" />;
}

/** Leichte Sprache is German by definition; the English version is plain English. */
export function EasyLanguagePage() {
  return <TextPage page="easyLanguage" />;
}
