import { QueryState } from '@/components/QueryState';
import { useFormats, type FormatFilter } from '@/features/formats/api/listFormats';
import { FormatList } from '@/features/formats/components/FormatList';

/** The published formats matching a filter, under a heading; used by district and field-of-action pages. */
export function RelatedFormats({ filter, heading, empty }: { filter: FormatFilter; heading: string; empty: string }) {
  const { data: formats, isLoading, error } = useFormats(filter);
  return (
    <section aria-labelledby="related-formats">
      <h2 id="related-formats">{heading}</h2>
      {!formats ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : formats.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <FormatList formats={formats} headingLevel={3} />
      )}
    </section>
  );
}
