import { useParams } from 'react-router';
import { DocumentList } from '@/features/documents/components/DocumentList';
import { FormatDetail } from '@/features/formats/components/FormatDetail';

export function FormatPage() {
  const { slug = '' } = useParams();
  return (
    <div key={slug}>
      <FormatDetail slug={slug} />
      <DocumentList formatSlug={slug} />
    </div>
  );
}
