import { useParams } from 'react-router';
import { CommentThread } from '@/features/comments/components/CommentThread';
import { DocumentList } from '@/features/documents/components/DocumentList';
import { useFormat } from '@/features/formats/api/getFormat';
import { FormatDetail } from '@/features/formats/components/FormatDetail';
import { VotingRoundLinks } from '@/features/voting/components/VotingRoundLinks';

export function FormatPage() {
  const { slug = '' } = useParams();
  const { data: format } = useFormat(slug);
  return (
    <div key={slug}>
      <FormatDetail slug={slug} />
      <DocumentList formatSlug={slug} />
      {format && <VotingRoundLinks format={slug} />}
      {format && (
        <CommentThread
          targetType="FORMAT"
          targetId={format.id}
          commentsEnabled={format.participation.commentsEnabled ?? false}
          anonymousAllowed={format.participation.anonymousAllowed ?? false}
        />
      )}
    </div>
  );
}
