import { createBrowserRouter } from 'react-router';
import { CasePage } from '../features/followup/CasePage';
import { DocumentPrintPage } from '../features/followup/DocumentPrintPage';
import { MyCasesPage, SchoolCasesPage } from '../features/followup/CaseListPage';
import { ClassPage } from '../features/classes/ClassPage';
import { ClassesPage } from '../features/classes/ClassesPage';
import { ClassFiguresPage } from '../features/figures/ClassFiguresPage';
import { MyPupilsPage } from '../features/figures/MyPupilsPage';
import { PupilFiguresPage } from '../features/figures/PupilFiguresPage';
import { SchoolFiguresPage } from '../features/figures/SchoolFiguresPage';
import { ClassPatternsPage } from '../features/patterns/ClassPatternsPage';
import { SchoolPatternsPage } from '../features/patterns/SchoolPatternsPage';
import { LeaveRequestsPage } from '../features/leave-requests/LeaveRequestsPage';
import { ImportPage } from '../features/imports/ImportPage';
import { LoginPage } from '../features/login/LoginPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { ReportAbsencePage } from '../features/notices/ReportAbsencePage';
import { StartPage } from '../features/start/StartPage';
import { SecurityPage } from '../features/security/SecurityPage';
import { ContactWeekPage } from '../features/contact-week/ContactWeekPage';
import { HistoryPage } from '../features/registration/HistoryPage';
import { RegistrationPage } from '../features/registration/RegistrationPage';
import { TodayPage } from '../features/registration/TodayPage';
import { OutboxPage } from '../features/rules/OutboxPage';
import { PolicyPage } from '../features/rules/PolicyPage';
import { SchoolConcernsPage } from '../features/rules/SchoolConcernsPage';
import { ComplaintsPage } from '../features/absence-limit/ComplaintsPage';
import { MyAbsencePage } from '../features/absence-limit/MyAbsencePage';
import { SubmissionsPage } from '../features/absence-limit/SubmissionsPage';
import { WarningOverviewPage } from '../features/absence-limit/WarningOverviewPage';
import { MonthlyReviewPage } from '../features/overview/MonthlyReviewPage';
import { FidelityPage } from '../features/overview/FidelityPage';
import { StatisticsPage } from '../features/overview/StatisticsPage';
import { CalendarPage } from '../features/overview/CalendarPage';
import { AppShell } from './AppShell';
import { RequireSession } from './RequireSession';
import { RouteError } from './RouteError';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { RetentionPage } from '../features/retention/RetentionPage';
import { paths } from './paths';

export function createRouter() {
  return createBrowserRouter([
    { path: paths.login, element: <LoginPage />, errorElement: <RouteError /> },
    {
      path: 'saker/:caseId/utskrift/:document',
      element: (
        <RequireSession>
          <DocumentPrintPage />
        </RequireSession>
      ),
      errorElement: <RouteError />,
    },
    {
      element: (
        <RequireSession>
          <AppShell />
        </RequireSession>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <StartPage /> },
        { path: 'i-dag', element: <TodayPage /> },
        { path: 'timer/:lessonId', element: <RegistrationPage /> },
        { path: 'timer/:lessonId/endringer', element: <HistoryPage /> },
        { path: 'kontaktlaerer/uke', element: <ContactWeekPage /> },
        { path: 'klasser', element: <ClassesPage /> },
        { path: 'klasser/:classId', element: <ClassPage /> },
        { path: 'klasser/:classId/fravaer', element: <ClassFiguresPage /> },
        { path: 'klasser/:classId/monstre', element: <ClassPatternsPage /> },
        { path: 'mine-elever', element: <MyPupilsPage /> },
        { path: 'skole/:schoolId/fravaer', element: <SchoolFiguresPage /> },
        { path: 'skole/:schoolId/monstre', element: <SchoolPatternsPage /> },
        { path: 'elever/:pupilId/fravaer', element: <PupilFiguresPage /> },
        { path: 'meld-fravaer', element: <ReportAbsencePage /> },
        { path: 'permisjoner', element: <LeaveRequestsPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'sikkerhet', element: <SecurityPage /> },
        { path: 'skole/:schoolId/bekymringer', element: <SchoolConcernsPage /> },
        { path: 'skole/:schoolId/utsendinger', element: <OutboxPage /> },
        { path: 'eier/utsendinger', element: <OutboxPage /> },
        { path: 'regler', element: <PolicyPage /> },
        { path: 'mitt-fravaer', element: <MyAbsencePage /> },
        { path: 'dokumentasjon', element: <SubmissionsPage /> },
        { path: 'retting', element: <ComplaintsPage /> },
        { path: 'skole/:schoolId/varsler', element: <WarningOverviewPage /> },
        { path: 'skole/:schoolId/manedsgjennomgang', element: <MonthlyReviewPage /> },
        { path: 'skole/:schoolId/rutinetrofasthet', element: <FidelityPage /> },
        { path: 'skole/:schoolId/arshjul', element: <CalendarPage /> },
        { path: 'eier/statistikk', element: <StatisticsPage /> },
        { path: 'eier/lagringstid', element: <RetentionPage /> },
        { path: 'saker', element: <MyCasesPage /> },
        { path: 'saker/:caseId', element: <CasePage /> },
        { path: 'skole/:schoolId/saker', element: <SchoolCasesPage /> },
        { path: 'skole/:schoolId/tilgangslogg', element: <AuditLogPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
