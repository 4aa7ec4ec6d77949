import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useDistrict, useDistricts } from '@/features/districts/api/getDistricts';
import { DistrictList } from '@/features/districts/components/DistrictList';
import { RelatedFormats } from './RelatedFormats';

export function DistrictsPage() {
  const { t } = useTranslation();
  const { data: districts, isLoading, error } = useDistricts();
  usePageTitle(t('districts.title'));
  return (
    <>
      <h1>{t('districts.title')}</h1>
      <p className="lead">{t('districts.intro')}</p>
      {!districts ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : districts.length === 0 ? (
        <p>{t('districts.none')}</p>
      ) : (
        <DistrictList districts={districts} />
      )}
    </>
  );
}

export function DistrictPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data: district, isLoading, error } = useDistrict(slug);
  usePageTitle(district?.name);
  if (!district) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <article>
      <p className="eyebrow">{t('districts.eyebrow')}</p>
      <h1>{district.name}</h1>
      <RelatedFormats filter={{ district: slug }} heading={t('districts.formats')} empty={t('districts.noFormats')} />
    </article>
  );
}
