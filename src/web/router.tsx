import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import {
  RedirectToSetupWhenNeeded,
  RequireAbility,
  RequireSignedIn,
} from './components/auth/guards';
import { AppLayout } from './components/layout/app-layout';
import { lazyPage } from './lib/lazy-page';

// Each page is its own chunk, so the first load carries only the shell. Pages other than «/»
// and the login wait for the rest of the texts too (lazyPage).
const loadHomePage = () => import('./pages/home-page');
const HomePage = lazy(loadHomePage);
const LoginPage = lazy(() => import('./pages/login-page'));
const SetupPage = lazyPage(() => import('./pages/setup-page'));
const ProfilePage = lazyPage(() => import('./pages/profile-page'));
const TwoFactorSetupPage = lazyPage(() => import('./pages/two-factor-setup-page'));
const TicketsPage = lazyPage(() => import('./pages/tickets/tickets-page'));
const NewTicketPage = lazyPage(() => import('./pages/tickets/new-ticket-page'));
const TicketPage = lazyPage(() => import('./pages/tickets/ticket-page'));
const InvitationPage = lazyPage(() => import('./pages/invitation-page'));
const ForgotPasswordPage = lazyPage(() => import('./pages/forgot-password-page'));
const ResetPasswordPage = lazyPage(() => import('./pages/reset-password-page'));
const ConfirmEmailPage = lazyPage(() => import('./pages/confirm-email-page'));
const RatePage = lazyPage(() => import('./pages/rate-page'));
const EstimateLinkPage = lazyPage(() => import('./pages/estimate-link-page'));
const RatingsPage = lazyPage(() => import('./pages/staff/ratings-page'));
const CompanyEditPage = lazyPage(() => import('./pages/company/company-edit-page'));
const ContactsPage = lazyPage(() => import('./pages/company/contacts-page'));
const AddContactPage = lazyPage(() => import('./pages/company/add-contact-page'));
const StaffHomePage = lazyPage(() => import('./pages/staff/staff-home-page'));
const StaffTicketsPage = lazyPage(() => import('./pages/staff/staff-tickets-page'));
const CannedRepliesPage = lazyPage(() => import('./pages/staff/canned-replies-page'));
const StaffNewTicketPage = lazyPage(() => import('./pages/staff/staff-new-ticket-page'));
const CompaniesPage = lazyPage(() => import('./pages/staff/companies-page'));
const CompanyNewPage = lazyPage(() => import('./pages/staff/company-new-page'));
const CompanyPage = lazyPage(() => import('./pages/staff/company-page'));
const StaffUsersPage = lazyPage(() => import('./pages/staff/users-page'));
const AuditPage = lazyPage(() => import('./pages/staff/audit-page'));
const TasksPage = lazyPage(() => import('./pages/tasks-page'));
const PackagesPage = lazyPage(() => import('./pages/staff/packages-page'));
const CompanyDashboardPage = lazyPage(() => import('./pages/staff/company-dashboard-page'));
const EmailsPage = lazyPage(() => import('./pages/staff/emails-page'));
const MailboxesPage = lazyPage(() => import('./pages/staff/mailboxes-page'));
const ApiTokensPage = lazyPage(() => import('./pages/staff/api-tokens-page'));
const SsoPage = lazyPage(() => import('./pages/staff/sso-page'));
const WebhooksPage = lazyPage(() => import('./pages/staff/webhooks-page'));
const InboundPage = lazyPage(() => import('./pages/staff/inbound-page'));
const NotFoundPage = lazyPage(() => import('./pages/not-found-page'));
const LedgerPage = lazyPage(() => import('./pages/hours/ledger-page'));
const StatementsPage = lazyPage(() => import('./pages/hours/statements-page'));
const DisputesPage = lazyPage(() => import('./pages/staff/disputes-page'));

// «/» is where customers land: fetch its page, and the central screen it shows them, along with
// the app, not one after the other once the app has started.
if (window.location.pathname === '/') {
  void loadHomePage();
  void import('./pages/dashboard-page');
}

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
      // Public: the link from the new address may be opened on a device not signed in.
      { path: 'confirm-email/:token', element: <ConfirmEmailPage /> },
      // Public: the closing email's rating links, opened without signing in.
      { path: 'rate/:token', element: <RatePage /> },
      // Public: the estimate email's «Έγκριση» / «Απόρριψη» links, opened without signing in.
      { path: 'estimate/:token', element: <EstimateLinkPage /> },
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
              { path: 'canned-replies', element: <CannedRepliesPage /> },
              { path: 'companies', element: <CompaniesPage /> },
              { path: 'companies/new', element: <CompanyNewPage /> },
              { path: 'companies/:id', element: <CompanyPage /> },
              { path: 'companies/:id/dashboard', element: <CompanyDashboardPage /> },
              { path: 'packages', element: <PackagesPage /> },
              { path: 'inbound', element: <InboundPage /> },
              { path: 'disputes', element: <DisputesPage /> },
              { path: 'ratings', element: <RatingsPage /> },
              {
                element: <RequireAbility ability="manageStaff" />,
                children: [
                  { path: 'users', element: <StaffUsersPage /> },
                  { path: 'audit', element: <AuditPage /> },
                  { path: 'emails', element: <EmailsPage /> },
                  { path: 'mailboxes', element: <MailboxesPage /> },
                  { path: 'api-tokens', element: <ApiTokensPage /> },
                  { path: 'sso', element: <SsoPage /> },
                  { path: 'webhooks', element: <WebhooksPage /> },
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
