import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProblem } from '@/api/problem';
import { AuthProvider } from '@/auth/AuthProvider';
import { RefetchForViewer } from '@/auth/RefetchForViewer';
import { Layout } from '@/components/Layout';
import { NotFound } from '@/components/NotFound';
import { HomePage, homeLoader } from './routes/HomePage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
    },
  },
});

/** Every page but the home page loads when visited, so the first visit loads only what the home page needs. */
function lazyPage<M extends Record<string, ComponentType>>(load: () => Promise<M>, name: keyof M) {
  return async () => ({ Component: (await load())[name] });
}

const formatPage = () => import('./routes/FormatPage');
const fieldsOfAction = () => import('./routes/FieldsOfActionPage');
const districts = () => import('./routes/DistrictsPage');
const interviewNotes = () => import('./routes/InterviewNotesPage');
const inputOutcome = () => import('./routes/InputOutcomePage');
const search = () => import('./routes/SearchPage');
const accessibility = () => import('./routes/AccessibilityPage');
const legal = () => import('./routes/LegalPages');
const voting = () => import('./routes/VotingPages');
const surveys = () => import('./routes/SurveyPages');
const mapPortal = () => import('./routes/MapPortalPage');
const openData = () => import('./routes/OpenDataPage');
const adminFormats = () => import('./routes/AdminPage');
const adminFormatEditor = () => import('./routes/AdminFormatEditorPage');
const adminProcesses = () => import('./routes/AdminProcessesPage');
const adminFields = () => import('./routes/AdminFieldsOfActionPage');
const adminDistricts = () => import('./routes/AdminDistrictsPage');
const adminWebhooks = () => import('./routes/AdminWebhooksPage');
const adminNewsletter = () => import('./routes/AdminNewsletterPage');
const moderation = () => import('./routes/ModerationPage');
const adminNotes = () => import('./routes/AdminInterviewNotesPage');
const adminSurveys = () => import('./routes/AdminSurveyPages');
const synthesisPage = () => import('./routes/SynthesisPage');
const statistics = () => import('./routes/StatisticsPages');
const report = () => import('./routes/ReportPage');
const account = () => import('./routes/AccountPage');
const subscriptions = () => import('./routes/SubscriptionPages');
const registration = () => import('./routes/RegistrationPages');

/** The first visit paints once the home page's data is there (see homeLoader), header and content together. */
const NothingYet = () => null;

const router = createBrowserRouter([
  {
    element: <Layout />,
    HydrateFallback: NothingYet,
    children: [
      { path: '/', element: <HomePage />, loader: homeLoader(queryClient) },
      { path: '/formate/:slug', lazy: lazyPage(formatPage, 'FormatPage') },
      { path: '/formate/:slug/karte', lazy: lazyPage(mapPortal, 'MapPortalPage') },
      { path: '/formate/:slug/bericht', lazy: lazyPage(report, 'ReportPage') },
      { path: '/umfragen/:slug', lazy: lazyPage(surveys, 'SurveyPage') },
      { path: '/umfragen/:slug/ergebnisse', lazy: lazyPage(surveys, 'SurveyResultsPage') },
      { path: '/offene-daten', lazy: lazyPage(openData, 'OpenDataPage') },
      { path: '/was-wurde-daraus/:kind/:ref', lazy: lazyPage(inputOutcome, 'InputOutcomePage') },
      { path: '/handlungsfelder', lazy: lazyPage(fieldsOfAction, 'FieldsOfActionPage') },
      { path: '/handlungsfelder/:slug', lazy: lazyPage(fieldsOfAction, 'FieldOfActionPage') },
      { path: '/ortsbezirke', lazy: lazyPage(districts, 'DistrictsPage') },
      { path: '/ortsbezirke/:slug', lazy: lazyPage(districts, 'DistrictPage') },
      { path: '/moderation', lazy: lazyPage(moderation, 'ModerationPage') },
      { path: '/synthese', lazy: lazyPage(synthesisPage, 'SynthesisPage') },
      { path: '/synthese/statistik', lazy: lazyPage(statistics, 'StaffStatisticsPage') },
      { path: '/statistik', lazy: lazyPage(statistics, 'StatisticsPage') },
      { path: '/verwaltung', lazy: lazyPage(adminFormats, 'AdminPage') },
      { path: '/verwaltung/formate/neu', lazy: lazyPage(adminFormatEditor, 'AdminFormatEditorPage') },
      { path: '/verwaltung/formate/:slug', lazy: lazyPage(adminFormatEditor, 'AdminFormatEditorPage') },
      { path: '/verwaltung/formate/:format/umfragen/neu', lazy: lazyPage(adminSurveys, 'AdminNewSurveyPage') },
      { path: '/verwaltung/umfragen/:slug', lazy: lazyPage(adminSurveys, 'AdminSurveyPage') },
      { path: '/verwaltung/prozesse', lazy: lazyPage(adminProcesses, 'AdminProcessesPage') },
      { path: '/verwaltung/prozesse/neu', lazy: lazyPage(adminProcesses, 'AdminProcessEditorPage') },
      { path: '/verwaltung/prozesse/:slug', lazy: lazyPage(adminProcesses, 'AdminProcessEditorPage') },
      { path: '/verwaltung/prozesse/:slug/newsletter', lazy: lazyPage(adminNewsletter, 'AdminNewsletterPage') },
      { path: '/verwaltung/handlungsfelder', lazy: lazyPage(adminFields, 'AdminFieldsOfActionPage') },
      { path: '/verwaltung/handlungsfelder/neu', lazy: lazyPage(adminFields, 'AdminFieldOfActionEditorPage') },
      { path: '/verwaltung/handlungsfelder/:slug', lazy: lazyPage(adminFields, 'AdminFieldOfActionEditorPage') },
      { path: '/verwaltung/ortsbezirke', lazy: lazyPage(adminDistricts, 'AdminDistrictsPage') },
      { path: '/verwaltung/ortsbezirke/neu', lazy: lazyPage(adminDistricts, 'AdminDistrictEditorPage') },
      { path: '/verwaltung/ortsbezirke/:slug', lazy: lazyPage(adminDistricts, 'AdminDistrictEditorPage') },
      { path: '/verwaltung/webhooks', lazy: lazyPage(adminWebhooks, 'AdminWebhooksPage') },
      { path: '/verwaltung/webhooks/neu', lazy: lazyPage(adminWebhooks, 'AdminNewWebhookPage') },
      { path: '/verwaltung/webhooks/:id', lazy: lazyPage(adminWebhooks, 'AdminWebhookPage') },
      { path: '/verwaltung/gespraechsvermerke', lazy: lazyPage(adminNotes, 'AdminInterviewNotesPage') },
      { path: '/verwaltung/gespraechsvermerke/neu', lazy: lazyPage(adminNotes, 'AdminInterviewNoteEditorPage') },
      { path: '/verwaltung/gespraechsvermerke/:slug', lazy: lazyPage(adminNotes, 'AdminInterviewNoteEditorPage') },
      { path: '/gespraechsvermerke', lazy: lazyPage(interviewNotes, 'InterviewNotesPage') },
      { path: '/gespraechsvermerke/:slug', lazy: lazyPage(interviewNotes, 'InterviewNotePage') },
      { path: '/suche', lazy: lazyPage(search, 'SearchPage') },
      { path: '/abstimmen/:id', lazy: lazyPage(voting, 'VotingPage') },
      { path: '/barrierefreiheit', lazy: lazyPage(accessibility, 'AccessibilityPage') },
      { path: '/datenschutz', lazy: lazyPage(legal, 'PrivacyPage') },
      { path: '/impressum', lazy: lazyPage(legal, 'ImprintPage') },
      { path: '/leichte-sprache', lazy: lazyPage(legal, 'EasyLanguagePage') },
      { path: '/mein-konto', lazy: lazyPage(account, 'AccountPage') },
      { path: '/benachrichtigungen', lazy: lazyPage(subscriptions, 'NotificationsPage') },
      { path: '/benachrichtigungen/bestaetigen', lazy: lazyPage(subscriptions, 'ConfirmSubscriptionPage') },
      { path: '/benachrichtigungen/abbestellen', lazy: lazyPage(subscriptions, 'UnsubscribePage') },
      { path: '/anmeldung/abmelden', lazy: lazyPage(registration, 'CancelRegistrationPage') },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Shown on a screen in a hall: without the site's header, navigation and footer (its own links are at its end).
  { path: '/abstimmen/:id/live', HydrateFallback: NothingYet, lazy: lazyPage(voting, 'ProjectorPage') },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RefetchForViewer />
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
