import { Link } from 'react-router';
import type { District } from '../api/getDistricts';

export function DistrictList({ districts }: { districts: District[] }) {
  return (
    <ul className="pill-list">
      {districts.map((district) => (
        <li key={district.id}>
          <Link to={`/ortsbezirke/${district.slug}`}>{district.name}</Link>
        </li>
      ))}
    </ul>
  );
}
