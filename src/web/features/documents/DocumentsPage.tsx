// A cycle's official documents, one card each: the request letter to the agencies, the report
// and the brief, and the dossier for the Ministry.
import { Breadcrumb, Space, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { CycleStatusTag } from "../cycles/CycleTags.js";
import { useCycle } from "../cycles/cycles.api.js";
import { BriefCard } from "./BriefCard.js";
import { DossierCard } from "./DossierCard.js";
import { ReportCard } from "./ReportCard.js";
import { RequestLetterCard } from "./RequestLetterCard.js";

export default function DocumentsPage() {
  const { id = "" } = useParams();
  const cycle = useCycle(id);
  if (cycle.isPending) return <FullPageSpin />;
  if (cycle.isError) return <PageError error={cycle.error} onRetry={() => void cycle.refetch()} />;
  return <DocumentsView cycle={cycle.data} />;
}

function DocumentsView({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/cycles">{t("cycle.title")}</Link> },
          { title: <Link to={`/cycles/${cycle.id}`}>{t("cycle.yearN", { year: cycle.year })}</Link> },
          { title: t("documents.title") },
        ]}
      />
      <PageHeader
        title={
          <span data-testid="documents-title">
            {t("documents.pageTitle", { year: cycle.year, province: cycle.orgUnit.name })}
          </span>
        }
      >
        <Space size={6} wrap style={{ marginTop: 6 }}>
          <CycleStatusTag status={cycle.status} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t("documents.intro")}
        </Typography.Paragraph>
      </PageHeader>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <RequestLetterCard cycleId={cycle.id} />
        <ReportCard cycleId={cycle.id} />
        <BriefCard cycleId={cycle.id} />
        <DossierCard
          cycleId={cycle.id}
          canRecordIssued={cycle.allowedActions.includes("cycle.manage") && cycle.status === "approved"}
        />
      </Space>
    </>
  );
}
