// The sections a user sees, derived from the permissions the server sent. Agency-bound roles
// (reporter, agency head) get a link to their own agency instead of the agency list.
import {
  AimOutlined,
  ApartmentOutlined,
  BankOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  CloudOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  MailOutlined,
  MergeCellsOutlined,
  OrderedListOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { CurrentUser } from "../../contracts/auth.js";
import { requiresAgency } from "../../domain/auth/roles.js";
import type { MessageKey } from "../i18n/index.js";

export interface NavItem {
  key: string;
  path: string;
  label: MessageKey;
  /** What the section is for, shown on the home page. */
  description?: MessageKey;
  testId: string;
  icon: ReactNode;
}

export function navigationFor(user: CurrentUser): NavItem[] {
  const can = (action: CurrentUser["permissions"][number]) => user.permissions.includes(action);
  const items: NavItem[] = [
    { key: "home", path: "/", label: "nav.home", testId: "nav-home", icon: <HomeOutlined /> },
  ];
  if (can("agency.list") && requiresAgency(user.role) && user.agency) {
    items.push({
      key: "my-agency",
      path: `/agencies/${user.agency.id}`,
      label: "nav.myAgency",
      description: "home.card.myAgency",
      testId: "nav-my-agency",
      icon: <BankOutlined />,
    });
  } else if (can("agency.list") && !requiresAgency(user.role)) {
    items.push({
      key: "agencies",
      path: "/agencies",
      label: "nav.agencies",
      description: "home.card.agencies",
      testId: "nav-agencies",
      icon: <BankOutlined />,
    });
  }
  // The yearly cycle: the years (an agency's staff go to their own forms) and who is late.
  if (can("cycle.read")) {
    items.push({
      key: "cycles",
      path: "/cycles",
      label: "nav.cycles",
      description: "home.card.cycles",
      testId: "nav-cycles",
      icon: <CalendarOutlined />,
    });
  }
  if (can("overdue.read")) {
    items.push({
      key: "overdue",
      path: "/overdue",
      label: "nav.overdue",
      description: "home.card.overdue",
      testId: "nav-overdue",
      icon: <ClockCircleOutlined />,
    });
  }
  // The index work: methods, computed results, other bodies' published results.
  if (can("framework.read")) {
    items.push({
      key: "frameworks",
      path: "/frameworks",
      label: "nav.frameworks",
      description: "home.card.frameworks",
      testId: "nav-frameworks",
      icon: <OrderedListOutlined />,
    });
  }
  if (can("computation.read")) {
    items.push({
      key: "computations",
      path: "/computations",
      label: "nav.computations",
      description: "home.card.computations",
      testId: "nav-computations",
      icon: <CalculatorOutlined />,
    });
  }
  if (can("published.read")) {
    items.push({
      key: "published",
      path: "/published",
      label: "nav.published",
      description: "home.card.published",
      testId: "nav-published",
      icon: <FileSearchOutlined />,
    });
  }
  if (can("pgi.read")) {
    items.push({
      key: "pgi",
      path: "/pgi",
      label: "nav.pgi",
      description: "home.card.pgi",
      testId: "nav-pgi",
      icon: <FundOutlined />,
    });
  }
  // A greenhouse-gas facility's own account: its facility, obligations and reports.
  if (can("ghgReport.read") && user.facility) {
    items.push({
      key: "my-facility",
      path: "/my-facility",
      label: "nav.myFacility",
      description: "myFacility.home.card",
      testId: "nav-my-facility",
      icon: <EnvironmentOutlined />,
    });
  }
  if (can("ghg.read")) {
    items.push({
      key: "ghg",
      path: "/ghg/facilities",
      label: "nav.ghg",
      description: "home.card.ghg",
      testId: "nav-ghg",
      icon: <CloudOutlined />,
    });
  }
  if (can("plan.read")) {
    items.push({
      key: "plans",
      path: "/plans",
      label: "nav.plans",
      description: "home.card.plans",
      testId: "nav-plans",
      icon: <AimOutlined />,
    });
  }
  if (can("standing.read")) {
    items.push({
      key: "merger",
      path: "/merger",
      label: "nav.merger",
      description: "home.card.merger",
      testId: "nav-merger",
      icon: <MergeCellsOutlined />,
    });
  }
  if (can("user.list")) {
    items.push({
      key: "users",
      path: "/users",
      label: "nav.users",
      description: "home.card.users",
      testId: "nav-users",
      icon: <TeamOutlined />,
    });
  }
  if (can("orgUnit.manage")) {
    items.push({
      key: "setup",
      path: "/setup",
      label: "nav.setup",
      description: "home.card.setup",
      testId: "nav-setup",
      icon: <EnvironmentOutlined />,
    });
  }
  if (can("orgUnit.read")) {
    items.push({
      key: "org-units",
      path: "/org-units",
      label: "nav.orgUnits",
      description: "home.card.orgUnits",
      testId: "nav-org-units",
      icon: <ApartmentOutlined />,
    });
  }
  if (can("outbox.read")) {
    items.push({
      key: "outbox",
      path: "/outbox",
      label: "nav.outbox",
      description: "home.card.outbox",
      testId: "nav-outbox",
      icon: <MailOutlined />,
    });
  }
  if (can("audit.read")) {
    items.push({
      key: "audit",
      path: "/audit",
      label: "nav.audit",
      description: "home.card.audit",
      testId: "nav-audit",
      icon: <HistoryOutlined />,
    });
  }
  return items;
}

/** The nav item a path belongs to, so that /agencies/123 highlights "Cơ quan". */
export function activeNavKey(items: NavItem[], pathname: string): string | undefined {
  const matches = items.filter((item) =>
    item.path === "/" ? pathname === "/" : pathname === item.path || pathname.startsWith(`${item.path}/`),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
