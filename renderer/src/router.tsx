import { createHashRouter } from 'react-router';
import { Shell } from './layout/Shell';
import { RouteErrorPage } from './components/RouteErrorPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { CasesPage } from './pages/cases/CasesPage';
import { IntakePage } from './pages/intake/IntakePage';
import { CasePage } from './pages/case/CasePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StatisticsPage } from './pages/statistics/StatisticsPage';
import { AgenciesPage } from './pages/agencies/AgenciesPage';
import { AgencyPage } from './pages/agencies/AgencyPage';
import { TasksPage } from './pages/tasks/TasksPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { MeetingPage } from './pages/meetings/MeetingPage';
import { ExchangePage } from './pages/exchange/ExchangePage';
import { AuditPage } from './pages/audit/AuditPage';

/**
 * Hash routes: the page is loaded from a file-like origin (app:// in Electron, one static
 * index.html in browser mode), so the path after '#' is the only part we own.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Shell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'cases', element: <CasesPage /> },
        { path: 'cases/new', element: <IntakePage /> },
        { path: 'cases/:id', element: <CasePage /> },
        { path: 'meetings', element: <MeetingsPage /> },
        { path: 'meetings/:id', element: <MeetingPage /> },
        { path: 'agencies', element: <AgenciesPage /> },
        { path: 'agencies/:id', element: <AgencyPage /> },
        { path: 'tasks', element: <TasksPage /> },
        { path: 'exchange', element: <ExchangePage /> },
        { path: 'statistics', element: <StatisticsPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
