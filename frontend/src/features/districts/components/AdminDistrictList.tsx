import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { useDistricts } from '../api/getDistricts';

export function AdminDistrictList({ notice }: { notice?: Notice }) {
  const { t } = useTranslation();
  const { data: districts, isLoading, error } = useDistricts();
  return (
    <>
      <StatusMessage {...notice} />
      {!districts ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <ul className="document-list">
          {districts.map((district) => (
            <li key={district.id}>
              <Link to={`/verwaltung/ortsbezirke/${district.slug}`} aria-label={t('admin.editNamed', { title: district.name })}>
                {district.name}
              </Link>{' '}
              <span className="muted">{district.boundary ? t('districtForm.hasBoundary') : t('districtForm.noBoundary')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
