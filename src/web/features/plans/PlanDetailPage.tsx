// One plan: its record as issued with the document itself, the plans it implements and that
// implement it, its targets against the values reached, and its tasks by section. The
// coordinator keeps it; every role of the province reads it.
import { DownloadOutlined, EditOutlined, FileSearchOutlined, UploadOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Descriptions, Form, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import { periodText } from "../../../domain/plans/plan-rules.js";
import { ErrorAlert, errorWithDetails, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format.js";
import { DocumentFileField, megabytes, useDocumentFile } from "../cycles/DocumentFileField.js";
import { PlanFormModal } from "./PlanFormModal.js";
import { planStatusColor } from "./PlansPage.js";
import { usePlan, usePlans, useUploadPlanDocument } from "./plans.api.js";
import { ReportsCard } from "./ReportsCard.js";
import { SynthesisCard } from "./SynthesisCard.js";
import { TargetsCard } from "./TargetsCard.js";
import { TasksCard } from "./TasksCard.js";

function DocumentModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const t = useT();
  const picked = useDocumentFile(plan.documentMaxBytes, ["pdf", "docx"]);
  const upload = useUploadPlanDocument(plan.id);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const file = picked.require();
    if (!file) return;
    setError(null);
    upload.mutate(file, {
      onSuccess: onClose,
      onError: (e) => setError(errorWithDetails(e)),
    });
  };
  return (
    <Modal
      open
      title={t("planDocument.upload")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={upload.isPending}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "plan-document-save" }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("planDocument.intro")}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical">
        <DocumentFileField
          picked={picked}
          testId="plan-document-file"
          pickedTestId="plan-document-picked"
          hint={t("planDocument.hint", { limit: megabytes(plan.documentMaxBytes) })}
        />
      </Form>
    </Modal>
  );
}

export default function PlanDetailPage() {
  const t = useT();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(id);
  const plans = usePlans();
  const [editing, setEditing] = useState(false);
  const [uploading, setUploading] = useState(false);
  if (plan.isPending) return <FullPageSpin />;
  if (plan.isError) return <PageError error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const manage = p.allowedActions.includes("plan.manage");
  const planLink = (x: { id: string; title: string; numberSymbol: string | null }) => (
    <Link key={x.id} to={`/plans/${x.id}`}>
      {x.numberSymbol ? t("plan.ref", { number: x.numberSymbol, title: x.title }) : x.title}
    </Link>
  );
  return (
    <>
      <Breadcrumb
        items={[
          { title: <Link to="/plans">{t("plan.pageTitle")}</Link> },
          { title: p.numberSymbol ?? p.title },
        ]}
        style={{ marginBottom: 8 }}
      />
      <PageHeader
        title={p.title}
        extra={
          manage && (
            <Space wrap>
              <Button
                icon={<FileSearchOutlined />}
                onClick={() => navigate(`/plans/${p.id}/read`)}
                data-testid="plan-read-open"
              >
                {t("planRead.open")}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t("plan.edit")}
              </Button>
            </Space>
          )
        }
      />
      <Space direction="vertical" size="large" style={{ width: "100%" }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t("plan.number")}>{p.numberSymbol ?? "—"}</Descriptions.Item>
            <Descriptions.Item label={t("plan.issuedOn")}>{formatDate(p.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label={t("plan.issuer")}>{p.issuer}</Descriptions.Item>
            <Descriptions.Item label={t("plan.period")}>{periodText(p)}</Descriptions.Item>
            <Descriptions.Item label={t("plan.scope")}>{t(`plan.scope.${p.scope}`)}</Descriptions.Item>
            <Descriptions.Item label={t("common.status")}>
              <Tag color={planStatusColor[p.status]}>{t(`plan.status.${p.status}`)}</Tag>
            </Descriptions.Item>
            {p.implements && (
              <Descriptions.Item label={t("plan.implementsField")}>
                {planLink(p.implements)}
              </Descriptions.Item>
            )}
            {p.implementedBy.length > 0 && (
              <Descriptions.Item label={t("plan.implementedByField")}>
                <Space direction="vertical" size={0}>
                  {p.implementedBy.map(planLink)}
                </Space>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t("planDocument.label")}>
              <Space wrap>
                {p.document ? (
                  <>
                    <a href={`/api/plans/${p.id}/document`} data-testid="plan-document-link">
                      <DownloadOutlined /> {p.document.fileName}
                    </a>
                    <span className="muted small">
                      {t("planDocument.uploaded", {
                        size: formatNumber(Math.ceil(p.document.sizeBytes / 1024)),
                        who: p.document.uploadedBy ?? "—",
                        at: formatDateTime(p.document.uploadedAt),
                      })}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t("planDocument.none")}</span>
                )}
                {manage && (
                  <Button
                    size="small"
                    icon={<UploadOutlined />}
                    onClick={() => setUploading(true)}
                    data-testid="plan-document-upload"
                  >
                    {p.document ? t("planDocument.replace") : t("planDocument.upload")}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <TargetsCard plan={p} manage={manage} />
        <TasksCard plan={p} manage={manage} />
        <ReportsCard plan={p} manage={manage} />
        <SynthesisCard plan={p} />
      </Space>
      {editing && (
        <PlanFormModal plan={p} plans={plans.data?.items ?? []} onClose={() => setEditing(false)} />
      )}
      {uploading && <DocumentModal plan={p} onClose={() => setUploading(false)} />}
    </>
  );
}
