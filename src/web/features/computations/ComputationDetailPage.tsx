// One stored computation: its breakdown, the what-if against a chosen year's published scores,
// and (for framework managers) recomputing the framework's results under its newest version.
import { Alert, Breadcrumb, Card, Space, Tag, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import type { ComputationView } from "../../../contracts/frameworks.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";
import { useFramework } from "../frameworks/frameworks.api.js";
import { useComputation } from "./computations.api.js";
import { IndicatorResults } from "./IndicatorResults.js";
import { RecomputeButton } from "./RecomputeButton.js";
import { ResultSummary } from "./ResultSummary.js";
import { StoredWhatIf } from "./StoredWhatIf.js";

export default function ComputationDetailPage() {
  const { id = "" } = useParams();
  const computation = useComputation(id);
  if (computation.isPending) return <FullPageSpin />;
  if (computation.isError)
    return <PageError error={computation.error} onRetry={() => void computation.refetch()} />;
  return <StoredComputation computation={computation.data} />;
}

function StoredComputation({ computation: c }: { computation: ComputationView }) {
  const t = useT();
  const framework = useFramework(c.frameworkCode, c.version);
  const directions = Object.fromEntries((framework.data?.indicators ?? []).map((i) => [i.code, i.direction]));
  const frameworkPath = `/frameworks/${encodeURIComponent(c.frameworkCode)}`;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/computations">{t("computation.title")}</Link> },
          { title: `${c.orgUnit.name} · ${c.year}` },
        ]}
      />
      <PageHeader
        title={
          <span data-testid="computation-title">
            {t("computation.detailTitle", { province: c.orgUnit.name, year: c.year })}
          </span>
        }
        extra={!c.isCurrentVersion && <RecomputeButton frameworkCode={c.frameworkCode} />}
      >
        <Space size={6} wrap style={{ marginTop: 6 }}>
          <Link to={c.isCurrentVersion ? frameworkPath : `${frameworkPath}?version=${c.version}`}>
            {c.frameworkName}
          </Link>
          <Tag>{t("framework.versionN", { version: c.version })}</Tag>
          {!c.isCurrentVersion && <Tag color="orange">{t("computation.oldVersion")}</Tag>}
          {c.cycleId && (
            <Link to={`/cycles/${c.cycleId}`}>
              <Tag color={c.withdrawnAt ? undefined : "green"}>
                {t(c.withdrawnAt ? "computation.withdrawn" : "computation.fromApprovedCycle")}
              </Tag>
            </Link>
          )}
          <Typography.Text type="secondary">
            {t("computation.createdAtLine", { date: formatDateTime(c.createdAt) })}
          </Typography.Text>
        </Space>
      </PageHeader>
      {c.supersededBy && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="superseded-banner"
          title={t("computation.supersededBanner")}
          action={<Link to={`/computations/${c.supersededBy}`}>{t("computation.openNewer")}</Link>}
        />
      )}
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <ResultSummary result={c.result} year={c.year} />
        <Card title={t("result.byIndicator")}>
          <IndicatorResults result={c.result} directions={directions} />
        </Card>
        <StoredWhatIf computation={c} kind={framework.data?.kind} />
      </Space>
    </>
  );
}
