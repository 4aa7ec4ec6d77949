import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProblem } from '@/api/problem';
import { AuthProvider } from '@/auth/AuthProvider';
import { Layout } from '@/components/Layout';
import { NotFound } from '@/components/NotFound';
import { AccessibilityPage } from './routes/AccessibilityPage';
import { DistrictPage, DistrictsPage } from './routes/DistrictsPage';
import { FieldOfActionPage, FieldsOfActionPage } from './routes/FieldsOfActionPage';
import { FormatPage } from './routes/FormatPage';
import { HomePage } from './routes/HomePage';
import { InterviewNotePage, InterviewNotesPage } from './routes/InterviewNotesPage';
import { SearchPage } from './routes/SearchPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
    },
  },
});

const adminEditor = async () => ({
  Component: (await import('./routes/AdminFormatEditorPage')).AdminFormatEditorPage,
});

const adminNotes = (page: 'AdminInterviewNotesPage' | 'AdminInterviewNoteEditorPage') => async () => ({
  Component: (await import('./routes/AdminInterviewNotesPage'))[page],
});

const adminFields = (page: 'AdminFieldsOfActionPage' | 'AdminFieldOfActionEditorPage') => async () => ({
  Component: (await import('./routes/AdminFieldsOfActionPage'))[page],
});

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/formate/:slug', element: <FormatPage /> },
      { path: '/handlungsfelder', element: <FieldsOfActionPage /> },
      { path: '/handlungsfelder/:slug', element: <FieldOfActionPage /> },
      { path: '/ortsbezirke', element: <DistrictsPage /> },
      { path: '/ortsbezirke/:slug', element: <DistrictPage /> },
      // The admin area is loaded only when visited, keeping the visitors' first download small.
      { path: '/verwaltung', lazy: async () => ({ Component: (await import('./routes/AdminPage')).AdminPage }) },
      { path: '/verwaltung/formate/neu', lazy: adminEditor },
      { path: '/verwaltung/formate/:slug', lazy: adminEditor },
      { path: '/verwaltung/handlungsfelder', lazy: adminFields('AdminFieldsOfActionPage') },
      { path: '/verwaltung/handlungsfelder/neu', lazy: adminFields('AdminFieldOfActionEditorPage') },
      { path: '/verwaltung/handlungsfelder/:slug', lazy: adminFields('AdminFieldOfActionEditorPage') },
      { path: '/verwaltung/gespraechsvermerke', lazy: adminNotes('AdminInterviewNotesPage') },
      { path: '/verwaltung/gespraechsvermerke/neu', lazy: adminNotes('AdminInterviewNoteEditorPage') },
      { path: '/verwaltung/gespraechsvermerke/:slug', lazy: adminNotes('AdminInterviewNoteEditorPage') },
      { path: '/gespraechsvermerke', element: <InterviewNotesPage /> },
      { path: '/gespraechsvermerke/:slug', element: <InterviewNotePage /> },
      { path: '/suche', element: <SearchPage /> },
      { path: '/barrierefreiheit', element: <AccessibilityPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
