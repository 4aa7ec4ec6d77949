import { Link } from 'react-router';
import type { FieldOfAction } from '../api/getFieldsOfAction';

export function FieldOfActionList({ fields }: { fields: FieldOfAction[] }) {
  return (
    <ol className="card-list">
      {fields.map((field) => (
        <li key={field.id} className="format-card">
          <h2 className="format-card__title">
            <Link to={`/handlungsfelder/${field.slug}`}>{field.title}</Link>
          </h2>
          <p>{field.summary}</p>
        </li>
      ))}
    </ol>
  );
}
