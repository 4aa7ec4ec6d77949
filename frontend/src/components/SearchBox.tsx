import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() !== '') {
      navigate(`/suche?q=${encodeURIComponent(query.trim())}`);
    }
  };
  return (
    <form role="search" className="search-box" onSubmit={onSubmit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input id="site-search" type="search" value={query} maxLength={200} onChange={(e) => setQuery(e.target.value)} />
      <button type="submit" className="button button--quiet">
        {t('search.submit')}
      </button>
    </form>
  );
}
