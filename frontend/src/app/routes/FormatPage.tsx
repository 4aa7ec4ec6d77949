import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CommentThread } from '@/features/comments/components/CommentThread';
import { DocumentList } from '@/features/documents/components/DocumentList';
import { useFormat } from '@/features/formats/api/getFormat';
import { FormatDetail } from '@/features/formats/components/FormatDetail';
import { OpportunityOverview } from '@/features/opportunities/components/OpportunityOverview';
import { SurveyLinks } from '@/features/surveys/components/SurveyLinks';
import { VotingRoundLinks } from '@/features/voting/components/VotingRoundLinks';
import { RegistrationForm } from '@/features/registration/components/RegistrationForm';
import { FollowForm } from '@/features/subscriptions/components/FollowForm';

export function FormatPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  const { data: format } = useFormat(slug);

  // A link to a part of the page (#comments from "Jetzt mitmachen") arrives before that part is rendered.
  useEffect(() => {
    if (format && hash) {
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
    }
  }, [format, hash]);

  return (
    <div key={slug}>
      <FormatDetail
        slug={slug}
        participation={
          <OpportunityOverview filter={{ format: slug }} heading={t('opportunities.formatTitle')} headingId="mitmachen" hideWhenEmpty />
        }
      />
      {format && <RegistrationForm slug={slug} title={format.title} />}
      <DocumentList formatSlug={slug} />
      {format && (
        <p>
          <Link to={`/formate/${slug}/bericht`}>{t('report.link', { title: format.title })}</Link>
        </p>
      )}
      {format && <SurveyLinks format={slug} />}
      {format?.kind === 'ONLINE_SURVEY' && (
        <section aria-labelledby="map-portal">
          <h2 id="map-portal">{t('map.eyebrow')}</h2>
          <p>
            <Link to={`/formate/${slug}/karte`}>{t('map.open', { title: format.title })}</Link>
          </p>
        </section>
      )}
      {format && <VotingRoundLinks format={slug} />}
      {format && <FollowForm scopeType="FORMAT" scope={slug} title={format.title} />}
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
