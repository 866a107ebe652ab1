// Providers and routes. Each page is its own chunk (React.lazy), loaded when first visited.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import { lazy, Suspense } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router-dom";
import { NotFoundResult } from "./components/errors.js";
import { FullPageSpin } from "./components/FullPageSpin.js";
import { meQueryKey, RequirePermission, RequireSession } from "./features/auth/session.js";
import { OwnFacilityRedirect } from "./features/ghg-facility-account/OwnFacilityRedirect.js";
import { LocaleProvider, useLocale } from "./i18n/index.js";
import { AppLayout } from "./layout/AppLayout.js";
import { antdLocales } from "./lib/antd-locale.js";
import { ApiError, setUnauthenticatedHandler } from "./lib/api.js";
import { theme } from "./theme.js";

const LoginPage = lazy(() => import("./features/auth/LoginPage.js"));
const ChangePasswordPage = lazy(() => import("./features/auth/ChangePasswordPage.js"));
const HomePage = lazy(() => import("./features/home/HomePage.js"));
const AgenciesPage = lazy(() => import("./features/agencies/AgenciesPage.js"));
const AgencyDetailPage = lazy(() => import("./features/agencies/AgencyDetailPage.js"));
const UsersPage = lazy(() => import("./features/users/UsersPage.js"));
const OrgUnitsPage = lazy(() => import("./features/org-units/OrgUnitsPage.js"));
const SetupPage = lazy(() => import("./features/setup/SetupPage.js"));
const MergerPage = lazy(() => import("./features/merger/MergerPage.js"));
const GhgFacilitiesPage = lazy(() => import("./features/ghg/GhgFacilitiesPage.js"));
const GhgFacilityPage = lazy(() => import("./features/ghg/GhgFacilityPage.js"));
const GhgPicturePage = lazy(() => import("./features/ghg-picture/GhgPicturePage.js"));
const MyFacilityPage = lazy(() => import("./features/ghg-facility-account/MyFacilityPage.js"));
const GhgReportPage = lazy(() => import("./features/ghg-reports/GhgReportPage.js"));
const GhgObligationRulesPage = lazy(() => import("./features/ghg/GhgObligationRulesPage.js"));
const GhgOverduePage = lazy(() => import("./features/ghg/GhgOverduePage.js"));
const PlansPage = lazy(() => import("./features/plans/PlansPage.js"));
const PlanDetailPage = lazy(() => import("./features/plans/PlanDetailPage.js"));
const PlanReportPage = lazy(() => import("./features/plans/PlanReportPage.js"));
const PlanReadPage = lazy(() => import("./features/plans/PlanReadPage.js"));
const AuditPage = lazy(() => import("./features/audit/AuditPage.js"));
const OutboxPage = lazy(() => import("./features/notifications/OutboxPage.js"));
const FrameworksPage = lazy(() => import("./features/frameworks/FrameworksPage.js"));
const FrameworkDetailPage = lazy(() => import("./features/frameworks/FrameworkDetailPage.js"));
const ComputePage = lazy(() => import("./features/computations/ComputePage.js"));
const ComputationsPage = lazy(() => import("./features/computations/ComputationsPage.js"));
const ComputationDetailPage = lazy(() => import("./features/computations/ComputationDetailPage.js"));
const PublishedResultsPage = lazy(() => import("./features/published/PublishedResultsPage.js"));
const PgiPage = lazy(() => import("./features/pgi/PgiPage.js"));
const CyclesPage = lazy(() => import("./features/cycles/CyclesPage.js"));
const CycleDetailPage = lazy(() => import("./features/cycles/CycleDetailPage.js"));
const AgencyFormPage = lazy(() => import("./features/cycles/AgencyFormPage.js"));
const DashboardPage = lazy(() => import("./features/cycles/DashboardPage.js"));
const DocumentsPage = lazy(() => import("./features/documents/DocumentsPage.js"));
const OverduePage = lazy(() => import("./features/cycles/OverduePage.js"));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; only retry faults and network errors.
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

// A 401 from any request means the session ended: forget the user, and RequireSession sends
// them to the login page with the address they were on.
setUnauthenticatedHandler(() => queryClient.setQueryData(meQueryKey, null));

function SignedInFrame() {
  return (
    <RequireSession>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </RequireSession>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<FullPageSpin />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route element={<SignedInFrame />}>
        <Route index element={<HomePage />} />
        <Route path="change-password" element={<ChangePasswordPage />} />
        <Route
          path="agencies"
          element={
            <RequirePermission action="agency.list">
              <AgenciesPage />
            </RequirePermission>
          }
        />
        <Route path="agencies/:id" element={<AgencyDetailPage />} />
        <Route
          path="users"
          element={
            <RequirePermission action="user.list">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="plans"
          element={
            <RequirePermission action="plan.read">
              <PlansPage />
            </RequirePermission>
          }
        />
        <Route
          path="plans/:id"
          element={
            <RequirePermission action="plan.read">
              <PlanDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="plans/:id/reports/:periodId/:agencyId"
          element={
            <RequirePermission action="plan.read">
              <PlanReportPage />
            </RequirePermission>
          }
        />
        <Route
          path="plans/:id/read"
          element={
            <RequirePermission action="plan.manage">
              <PlanReadPage />
            </RequirePermission>
          }
        />
        <Route
          path="merger"
          element={
            <RequirePermission action="standing.read">
              <MergerPage />
            </RequirePermission>
          }
        />
        <Route
          path="setup"
          element={
            <RequirePermission action="orgUnit.manage">
              <SetupPage />
            </RequirePermission>
          }
        />
        <Route
          path="org-units"
          element={
            <RequirePermission action="orgUnit.read">
              <OrgUnitsPage />
            </RequirePermission>
          }
        />
        <Route
          path="audit"
          element={
            <RequirePermission action="audit.read">
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route
          path="outbox"
          element={
            <RequirePermission action="outbox.read">
              <OutboxPage />
            </RequirePermission>
          }
        />
        <Route
          path="frameworks"
          element={
            <RequirePermission action="framework.read">
              <FrameworksPage />
            </RequirePermission>
          }
        />
        <Route
          path="frameworks/:code"
          element={
            <RequirePermission action="framework.read">
              <FrameworkDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="frameworks/:code/compute"
          element={
            <RequirePermission action="framework.read">
              <ComputePage />
            </RequirePermission>
          }
        />
        <Route
          path="computations"
          element={
            <RequirePermission action="computation.read">
              <ComputationsPage />
            </RequirePermission>
          }
        />
        <Route
          path="computations/:id"
          element={
            <RequirePermission action="computation.read">
              <ComputationDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="published"
          element={
            <RequirePermission action="published.read">
              <PublishedResultsPage />
            </RequirePermission>
          }
        />
        <Route
          path="pgi"
          element={
            <RequirePermission action="pgi.read">
              <PgiPage />
            </RequirePermission>
          }
        />
        <Route
          path="ghg/picture"
          element={
            <RequirePermission action="ghg.read">
              <GhgPicturePage />
            </RequirePermission>
          }
        />
        <Route
          path="ghg/facilities"
          element={
            <RequirePermission action="ghg.read">
              <GhgFacilitiesPage />
            </RequirePermission>
          }
        />
        <Route
          path="ghg/obligations"
          element={
            <RequirePermission action="ghg.read">
              <GhgObligationRulesPage />
            </RequirePermission>
          }
        />
        <Route
          path="ghg/overdue"
          element={
            <RequirePermission action="ghg.read">
              <GhgOverduePage />
            </RequirePermission>
          }
        />
        <Route
          path="ghg/facilities/:id"
          element={
            <OwnFacilityRedirect>
              <RequirePermission action="ghg.read">
                <GhgFacilityPage />
              </RequirePermission>
            </OwnFacilityRedirect>
          }
        />
        <Route
          path="my-facility"
          element={
            <RequirePermission action="ghgReport.read">
              <MyFacilityPage />
            </RequirePermission>
          }
        />
        <Route
          path="ghg/reports/:id"
          element={
            <RequirePermission action="ghgReport.read">
              <GhgReportPage />
            </RequirePermission>
          }
        />
        <Route
          path="cycles"
          element={
            <RequirePermission action="cycle.read">
              <CyclesPage />
            </RequirePermission>
          }
        />
        <Route
          path="cycles/:id"
          element={
            <RequirePermission action="cycle.read">
              <CycleDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="cycles/:id/agencies/:agencyId"
          element={
            <RequirePermission action="cycle.read">
              <AgencyFormPage />
            </RequirePermission>
          }
        />
        <Route
          path="cycles/:id/dashboard"
          element={
            <RequirePermission action="cycle.read">
              <DashboardPage />
            </RequirePermission>
          }
        />
        <Route
          path="cycles/:id/documents"
          element={
            <RequirePermission action="document.read">
              <DocumentsPage />
            </RequirePermission>
          }
        />
        <Route
          path="overdue"
          element={
            <RequirePermission action="overdue.read">
              <OverduePage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundResult page />} />
      </Route>
    </Routes>
  );
}

function LocalisedApp() {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={antdLocales[locale === "vi" ? "vi" : "en"]} theme={theme}>
      <AntApp>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <LocalisedApp />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
