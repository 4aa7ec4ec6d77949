import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Notice } from '@/components/StatusMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { AdminGate } from './AdminGate';
import { AdminSections } from './AdminSections';

interface ListProps {
  heading: string;
  newLabel: string;
  newPath: string;
  /** The list itself, given the message an editor left when it navigated back. */
  children: (notice?: Notice) => ReactNode;
}

/** One section of the admin area: its list, with a link to create a new item. */
export function AdminListLayout({ heading, newLabel, newPath, children }: ListProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  return (
    <AdminGate>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <h2>{heading}</h2>
      <p>
        <Link className="button" to={newPath}>
          {newLabel}
        </Link>
      </p>
      {children(notice)}
    </AdminGate>
  );
}

/** What the page the admin came from said happened there (see `useBackToList`). */
export function useNotice(): Notice | undefined {
  return (useLocation().state as { notice?: Notice } | null)?.notice;
}

/** Back to a section's list, telling it what happened. */
export function useBackToList(listPath: string) {
  const navigate = useNavigate();
  return (notice?: Notice) => navigate(listPath, { state: notice ? { notice } : undefined });
}

/** An editor page for a new item (no slug) or an existing one; remounts when the slug changes. */
export function AdminEditorLayout({ editor }: { editor: (slug?: string) => ReactNode }) {
  const { slug } = useParams();
  return (
    <AdminGate>
      <Fragment key={slug ?? 'new'}>{editor(slug)}</Fragment>
    </AdminGate>
  );
}

export function useEditorHeading(slug: string | undefined, newHeading: string, editHeading: string): string {
  const heading = slug ? editHeading : newHeading;
  usePageTitle(heading);
  return heading;
}
