import { useParams } from 'react-router';
import { FormatDetail } from '@/features/formats/components/FormatDetail';

export function FormatPage() {
  const { slug = '' } = useParams();
  return <FormatDetail key={slug} slug={slug} />;
}
