import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import {
  RedirectToSetupWhenNeeded,
  RequireAbility,
  RequireSignedIn,
} from './components/auth/guards';
import { AppLayout } from './components/layout/app-layout';

// Each page is its own chunk, so the first load carries only the shell.
const loadHomePage = () => import('./pages/home-page');
const HomePage = lazy(loadHomePage);
const LoginPage = lazy(() => import('./pages/login-page'));
const SetupPage = lazy(() => import('./pages/setup-page'));
const ProfilePage = lazy(() => import('./pages/profile-page'));
const TwoFactorSetupPage = lazy(() => import('./pages/two-factor-setup-page'));
const TicketsPage = lazy(() => import('./pages/tickets/tickets-page'));
const NewTicketPage = lazy(() => import('./pages/tickets/new-ticket-page'));
const TicketPage = lazy(() => import('./pages/tickets/ticket-page'));
const InvitationPage = lazy(() => import('./pages/invitation-page'));
const ForgotPasswordPage = lazy(() => import('./pages/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('./pages/reset-password-page'));
const CompanyEditPage = lazy(() => import('./pages/company/company-edit-page'));
const ContactsPage = lazy(() => import('./pages/company/contacts-page'));
const AddContactPage = lazy(() => import('./pages/company/add-contact-page'));
const StaffHomePage = lazy(() => import('./pages/staff/staff-home-page'));
const StaffTicketsPage = lazy(() => import('./pages/staff/staff-tickets-page'));
const StaffNewTicketPage = lazy(() => import('./pages/staff/staff-new-ticket-page'));
const CompaniesPage = lazy(() => import('./pages/staff/companies-page'));
const CompanyNewPage = lazy(() => import('./pages/staff/company-new-page'));
const CompanyPage = lazy(() => import('./pages/staff/company-page'));
const StaffUsersPage = lazy(() => import('./pages/staff/users-page'));
const AuditPage = lazy(() => import('./pages/staff/audit-page'));
const TasksPage = lazy(() => import('./pages/tasks-page'));
const PackagesPage = lazy(() => import('./pages/staff/packages-page'));
const CompanyDashboardPage = lazy(() => import('./pages/staff/company-dashboard-page'));
const EmailsPage = lazy(() => import('./pages/staff/emails-page'));
const MailboxesPage = lazy(() => import('./pages/staff/mailboxes-page'));
const InboundPage = lazy(() => import('./pages/staff/inbound-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));
const LedgerPage = lazy(() => import('./pages/hours/ledger-page'));
const StatementsPage = lazy(() => import('./pages/hours/statements-page'));
const DisputesPage = lazy(() => import('./pages/staff/disputes-page'));

// «/» is where customers land: fetch its page along with the app, not after the app has started.
if (window.location.pathname === '/') void loadHomePage();

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        element: <RedirectToSetupWhenNeeded />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'login', element: <LoginPage /> },
        ],
      },
      { path: 'setup', element: <SetupPage /> },
      // Public: the invited person has no account yet.
      { path: 'invitation/:token', element: <InvitationPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          { path: 'profile', element: <ProfilePage /> },
          { path: 'two-factor-setup', element: <TwoFactorSetupPage /> },
          { path: 'company/contacts', element: <ContactsPage /> },
          { path: 'tickets', element: <TicketsPage /> },
          {
            element: <RequireAbility ability="submitRequest" />,
            children: [{ path: 'tickets/new', element: <NewTicketPage /> }],
          },
          { path: 'tickets/:number', element: <TicketPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'hours', element: <LedgerPage /> },
          { path: 'hours/statements', element: <StatementsPage /> },
          {
            element: <RequireAbility ability="editCompany" />,
            children: [{ path: 'company/edit', element: <CompanyEditPage /> }],
          },
          {
            element: <RequireAbility ability="manageContacts" />,
            children: [{ path: 'company/contacts/new', element: <AddContactPage /> }],
          },
          {
            path: 'staff',
            element: <RequireAbility ability="useStaffConsole" />,
            children: [
              { index: true, element: <StaffHomePage /> },
              { path: 'tickets', element: <StaffTicketsPage /> },
              { path: 'tickets/new', element: <StaffNewTicketPage /> },
              { path: 'companies', element: <CompaniesPage /> },
              { path: 'companies/new', element: <CompanyNewPage /> },
              { path: 'companies/:id', element: <CompanyPage /> },
              { path: 'companies/:id/dashboard', element: <CompanyDashboardPage /> },
              { path: 'packages', element: <PackagesPage /> },
              { path: 'inbound', element: <InboundPage /> },
              { path: 'disputes', element: <DisputesPage /> },
              {
                element: <RequireAbility ability="manageStaff" />,
                children: [
                  { path: 'users', element: <StaffUsersPage /> },
                  { path: 'audit', element: <AuditPage /> },
                  { path: 'emails', element: <EmailsPage /> },
                  { path: 'mailboxes', element: <MailboxesPage /> },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
