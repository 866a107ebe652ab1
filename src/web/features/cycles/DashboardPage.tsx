// The coordinator's and leader's view of one year: completeness and timeliness per agency,
// evidence still missing, the indicators computed so far with their points, the total, and
// where effort pays most (the what-if on the cycle's own result).
import { Breadcrumb, Card, Col, Progress, Row, Space, Statistic, Tag, Tooltip, Typography } from "antd";
import { type ReactNode, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { Dashboard } from "../../../contracts/cycles.js";
import { isCycleLocked } from "../../../domain/cycle/workflow.js";
import { ErrorAlert, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDecimal, formatNumber } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { GroupsPending, incompleteTitle } from "../computations/GroupsPending.js";
import { useLocalText } from "../frameworks/describe.js";
import { useFramework } from "../frameworks/frameworks.api.js";
import { WhatIfPlanning } from "../plans/WhatIfPlanning.js";
import type { AgencyFilter } from "./agency-filter.js";
import { CycleStatusTag } from "./CycleTags.js";
import { useCycleWhatIf, useDashboard, useExplainIndicator, useMarkNotApplicable } from "./cycles.api.js";
import { DashboardAgencies } from "./DashboardAgencies.js";
import { DashboardIndicators } from "./DashboardIndicators.js";
import { RemindOverdueButton } from "./RemindOverdueButton.js";

/** The what-if on the cycle's own result: nobody retypes its figures to see where effort pays. */
function CycleWhatIf({
  cycleId,
  frameworkCode,
  ranked,
  provisional,
}: {
  cycleId: string;
  frameworkCode: string;
  ranked: boolean;
  provisional: boolean;
}) {
  const t = useT();
  // Only the coordinator of a PEPI year is offered a plan from it.
  const planner = useCan()("plan.manage");
  const pepi = useFramework(frameworkCode, undefined, planner).data?.kind === "pepi";
  const whatIf = useCycleWhatIf(cycleId);
  return (
    <Card title={t("whatIf.title")} data-testid="dashboard-what-if">
      {ranked && provisional && (
        <Typography.Paragraph className="small">{t("whatIf.provisionalRules")}</Typography.Paragraph>
      )}
      <ErrorAlert error={whatIf.error} />
      <WhatIfPlanning
        source={{ cycleId }}
        whatIf={whatIf.data}
        loading={whatIf.isFetching}
        ranked={ranked}
        pepi={pepi}
      />
    </Card>
  );
}

export default function DashboardPage() {
  const { id = "" } = useParams();
  const dashboard = useDashboard(id);
  if (dashboard.isPending) return <FullPageSpin />;
  if (dashboard.isError)
    return <PageError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  return <DashboardView dashboard={dashboard.data} />;
}

function DashboardView({ dashboard: d }: { dashboard: Dashboard }) {
  const t = useT();
  const local = useLocalText();
  const can = useCan();
  const { cycle, totals, total } = d;
  const markNotApplicable = useMarkNotApplicable(cycle.id);
  const [agencyFilter, setAgencyFilter] = useState<AgencyFilter>("all");
  const agenciesCard = useRef<HTMLDivElement>(null);
  // A counter opens the list it counts.
  const show = (filter: AgencyFilter) => {
    setAgencyFilter(filter);
    agenciesCard.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  };
  const explain = useExplainIndicator(cycle.id);
  const collecting = can("cycle.manage") && cycle.status === "open" && cycle.kind !== "history";
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/cycles">{t("cycle.title")}</Link> },
          { title: <Link to={`/cycles/${cycle.id}`}>{t("cycle.yearN", { year: cycle.year })}</Link> },
          { title: t("dashboard.title") },
        ]}
      />
      <PageHeader
        title={
          <span data-testid="dashboard-title">
            {t("dashboard.pageTitle", { year: cycle.year, province: cycle.orgUnit.name })}
          </span>
        }
      >
        <Space size={6} wrap style={{ marginTop: 6 }}>
          <CycleStatusTag status={cycle.status} />
          <Typography.Text type="secondary">
            {t("dashboard.asOf", { date: formatDate(d.today) })} · {t("cycle.deadline.submissionDue")}:{" "}
            {formatDate(cycle.deadlines.submissionDue)}
          </Typography.Text>
        </Space>
      </PageHeader>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Card style={{ height: "100%" }}>
              <Space align="center" size="large">
                <Progress
                  type="circle"
                  size={96}
                  aria-label={t("dashboard.completeness")}
                  percent={Math.round(totals.completenessPct)}
                  format={() => `${formatDecimal(totals.completenessPct, 0)}%`}
                />
                <div data-testid="dashboard-completeness" data-pct={totals.completenessPct}>
                  <Typography.Title level={5} style={{ margin: 0 }}>
                    {t("dashboard.completeness")}
                  </Typography.Title>
                  <Typography.Text type="secondary">{t("dashboard.completenessHint")}</Typography.Text>
                </div>
              </Space>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card style={{ height: "100%" }}>
              <Row gutter={8}>
                <Col span={8}>
                  <CounterButton onClick={() => show("submitted")} testId="counter-submitted">
                    <Statistic
                      title={t("dashboard.submitted")}
                      value={`${formatNumber(totals.submitted)}/${formatNumber(totals.agencies)}`}
                    />
                  </CounterButton>
                </Col>
                <Col span={8}>
                  <CounterButton onClick={() => show("accepted")} testId="counter-accepted">
                    <Statistic
                      title={t("dashboard.accepted")}
                      value={`${formatNumber(totals.accepted)}/${formatNumber(totals.agencies)}`}
                    />
                  </CounterButton>
                </Col>
                <Col span={8}>
                  <CounterButton onClick={() => show("overdue")} testId="counter-overdue">
                    <Statistic
                      title={t("dashboard.overdue")}
                      value={formatNumber(totals.overdue)}
                      styles={{ content: { color: totals.overdue > 0 ? "#cf1322" : undefined } }}
                    />
                  </CounterButton>
                </Col>
              </Row>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card style={{ height: "100%" }} data-testid="dashboard-total">
              {/* An incomplete result shows the groups counted out of their own maximum, never as a total. */}
              <Statistic
                title={total.complete ? t("dashboard.total") : incompleteTitle(t, total.status)}
                value={
                  total.complete
                    ? `${formatDecimal(total.points, 2)} / ${formatDecimal(total.maxPoints, 2)}`
                    : total.status.scoredMaxPoints > 0
                      ? `${formatDecimal(total.status.scoredPoints, 2)} / ${formatDecimal(total.status.scoredMaxPoints, 2)}`
                      : "—"
                }
              />
              <Space size={4} wrap style={{ marginTop: 6 }}>
                {total.band && <Tag color={bandColor(total.bandPosition)}>{local(total.band)}</Tag>}
                <GroupsPending status={total.status} />
                {total.status.provisional && (
                  <Tooltip title={t("result.provisionalHint")}>
                    <Tag>{t("result.provisional")}</Tag>
                  </Tooltip>
                )}
                <Typography.Text type="secondary" className="small">
                  {t("framework.versionN", { version: d.frameworkVersion })}
                </Typography.Text>
              </Space>
            </Card>
          </Col>
        </Row>
        <div ref={agenciesCard} style={{ scrollMarginTop: 16 }}>
          <Card title={t("dashboard.agencies")}>
            <DashboardAgencies
              cycleId={cycle.id}
              agencies={d.agencies}
              filter={agencyFilter}
              onFilter={setAgencyFilter}
              remind={
                collecting && totals.overdue > 0 ? (
                  <RemindOverdueButton cycleId={cycle.id} overdue={totals.overdue} />
                ) : undefined
              }
            />
          </Card>
        </div>
        <Card title={t("dashboard.indicators")}>
          <DashboardIndicators
            indicators={d.indicators}
            onMarkNotApplicable={
              can("cycle.manage") && !isCycleLocked(cycle.status)
                ? (code, grounds) => markNotApplicable.mutateAsync({ code, grounds })
                : undefined
            }
            onExplain={
              collecting
                ? (code, body, previousBody) => explain.mutateAsync({ code, body, previousBody })
                : undefined
            }
          />
        </Card>
        <CycleWhatIf
          cycleId={cycle.id}
          frameworkCode={cycle.frameworkCode}
          ranked={total.complete}
          provisional={total.status.provisional}
        />
      </Space>
    </>
  );
}

/** A dashboard counter that opens the list it counts. */
function CounterButton({
  onClick,
  testId,
  children,
}: {
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className="counter-button" onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}

/** Best band green, worst red, the ones between blue then gold. */
function bandColor(position: { index: number; count: number } | null): string {
  if (!position) return "default";
  if (position.index === 0) return "green";
  if (position.index === position.count - 1) return "red";
  return position.index === 1 ? "blue" : "gold";
}
