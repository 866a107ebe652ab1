// The dossier for the Ministry: what it will hold, checked on the server before the download
// (a missing evidence file is named here, not discovered in a broken zip), then one download.
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Space, Typography } from "antd";
import { useState } from "react";
import type { DossierSummary } from "../../../contracts/documents.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { api } from "../../lib/api.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { cycleKeys } from "../cycles/cycles.api.js";
import { IssuedReportModal } from "./IssuedReportModal.js";

const base = (cycleId: string) => `/api/cycles/${encodeURIComponent(cycleId)}/documents`;

export function DossierCard({
  cycleId,
  canRecordIssued,
}: {
  cycleId: string;
  /** The coordinator, on an approved year not yet sent: may record the signed report. */
  canRecordIssued: boolean;
}) {
  const t = useT();
  const [recording, setRecording] = useState(false);
  const summary = useQuery({
    queryKey: [...cycleKeys.one(cycleId), "dossier"],
    queryFn: () => api.get<DossierSummary>(`${base(cycleId)}/dossier`),
    staleTime: 0,
  });
  const data = summary.data;
  return (
    <Card title={t("dossier.title")} data-testid="dossier-card">
      <Typography.Paragraph type="secondary">{t("dossier.intro")}</Typography.Paragraph>
      <ErrorAlert error={summary.error} />
      {data && (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {!data.approved && <Alert type="warning" showIcon title={t("dossier.notApproved")} />}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t("dossier.file")}>{data.fileName}</Descriptions.Item>
            <Descriptions.Item label={t("issued.label")}>
              {data.issuedReport ? (
                <Typography.Link
                  href={`${base(cycleId)}/issued-report.pdf`}
                  target="_blank"
                  rel="noopener"
                  data-testid="issued-report"
                >
                  {t("issued.line", {
                    number: data.issuedReport.docNumber,
                    date: formatDate(data.issuedReport.docDate),
                  })}
                </Typography.Link>
              ) : (
                t("issued.none")
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t("dossier.evidence")}>
              {t("dossier.evidenceCount", {
                count: data.evidenceCount,
                size: formatNumber(data.evidenceBytes / 1024 / 1024, 1),
                indicators: data.indicatorsWithEvidence.length,
              })}
            </Descriptions.Item>
          </Descriptions>
          {canRecordIssued && (
            <Button onClick={() => setRecording(true)} data-testid="record-issued">
              {t(data.issuedReport ? "issued.replace" : "issued.record")}
            </Button>
          )}
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={`${base(cycleId)}/dossier.zip`}
            download={data.fileName}
            data-testid="dossier-download"
          >
            {t("dossier.download")}
          </Button>
        </Space>
      )}
      {recording && data && (
        <IssuedReportModal
          cycleId={cycleId}
          maxBytes={data.maxUploadBytes}
          onClose={() => setRecording(false)}
        />
      )}
    </Card>
  );
}
