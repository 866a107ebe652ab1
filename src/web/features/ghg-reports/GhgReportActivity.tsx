// Around a report's figures: its versions (each with the reason it was sent), its documents
// (uploaded with their kind, downloaded), and its history with the comments exchanged.
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Form, Input, List, Select, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import type { GhgDocumentKind, GhgReportDetail } from "../../../contracts/ghg-reports.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime, formatDecimal } from "../../lib/format.js";
import { DocumentFileField, megabytes, useDocumentFile } from "../cycles/DocumentFileField.js";
import { documentUrl, useComment, useUploadDocument } from "./ghg-reports.api.js";

/** The server's default limit (EVIDENCE_MAX_MB); it checks the real one. */
/** "12,5 KB" below a megabyte, "1,25 MB" above. */
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${formatDecimal(bytes / 1024, 1)} KB` : megabytes(bytes);

const maxDocumentBytes = 25 * 1024 * 1024;

export function GhgVersions({
  report,
  shown,
  onShow,
}: {
  report: GhgReportDetail;
  shown: number;
  onShow: (n: number) => void;
}) {
  const t = useT();
  return (
    <List
      data-testid="ghg-versions"
      dataSource={[...report.versions].reverse()}
      renderItem={(v) => (
        <List.Item
          key={v.number}
          actions={[
            v.number === shown ? (
              <Tag color="blue" key="shown">
                {t("ghgReports.versions.current")}
              </Tag>
            ) : (
              <Button key="show" size="small" onClick={() => onShow(v.number)}>
                {t("ghgReports.versions.show")}
              </Button>
            ),
          ]}
        >
          <List.Item.Meta
            title={t("ghgReports.versions.item", {
              number: v.number,
              by: v.recordedBy ?? "—",
              at: formatDateTime(v.recordedAt),
            })}
            description={v.reason ?? t("ghgReports.versions.first")}
          />
        </List.Item>
      )}
    />
  );
}

function GhgDocumentUpload({ report, onDone }: { report: GhgReportDetail; onDone: () => void }) {
  const t = useT();
  const upload = useUploadDocument(report.id);
  const picked = useDocumentFile(maxDocumentBytes);
  const [kind, setKind] = useState<GhgDocumentKind | undefined>(report.documentKinds[0]);
  const send = () => {
    const file = picked.require();
    if (!file || !kind) return;
    const form = new FormData();
    form.append("kind", kind);
    form.append("file", file);
    upload.mutate(form, { onSuccess: onDone });
  };
  return (
    <Form layout="vertical" style={{ marginTop: 12 }}>
      <ErrorAlert error={upload.error} />
      <Form.Item label={t("ghgReports.documents.kind")} htmlFor="ghg-document-kind">
        <Select
          id="ghg-document-kind"
          value={kind}
          onChange={setKind}
          options={report.documentKinds.map((k) => ({ value: k, label: t(`ghgReports.kind.${k}`) }))}
        />
      </Form.Item>
      <DocumentFileField picked={picked} testId="ghg-document-drop" pickedTestId="ghg-document-picked" />
      <Button onClick={send} loading={upload.isPending} data-testid="ghg-document-upload">
        {t("ghgReports.documents.upload")}
      </Button>
    </Form>
  );
}

export function GhgDocuments({ report }: { report: GhgReportDetail }) {
  const t = useT();
  const [round, setRound] = useState(0);
  const may = report.allowedActions.includes("add_document") && report.documentKinds.length > 0;
  return (
    <>
      {report.documents.length === 0 ? (
        <Typography.Paragraph type="secondary">{t("ghgReports.documents.none")}</Typography.Paragraph>
      ) : (
        <List
          data-testid="ghg-documents"
          dataSource={report.documents}
          renderItem={(d) => (
            <List.Item key={d.id}>
              <List.Item.Meta
                title={
                  <a
                    href={documentUrl(report.id, d.id)}
                    aria-label={t("ghgReports.documents.download", { name: d.fileName })}
                  >
                    <DownloadOutlined /> {d.fileName}
                  </a>
                }
                description={`${t(`ghgReports.kind.${d.kind}`)} · ${size(d.sizeBytes)}${
                  d.versionNumber ? ` · ${t("ghgReports.col.version")} ${d.versionNumber}` : ""
                } · ${d.uploadedBy ?? "—"}, ${formatDateTime(d.uploadedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
      {may && <GhgDocumentUpload key={round} report={report} onDone={() => setRound((r) => r + 1)} />}
    </>
  );
}

export function GhgHistory({ report }: { report: GhgReportDetail }) {
  const t = useT();
  const comment = useComment(report.id);
  const [text, setText] = useState("");
  const status = (s: GhgReportDetail["status"] | null) => (s ? t(`ghgReports.status.${s}`) : "—");
  return (
    <>
      {report.allowedActions.includes("comment") && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={comment.error} />
          <Input.TextArea
            rows={3}
            maxLength={4000}
            value={text}
            aria-label={t("ghgReports.comments.label")}
            placeholder={t("ghgReports.comments.placeholder")}
            onChange={(e) => setText(e.target.value)}
            data-testid="ghg-comment"
          />
          <Button
            style={{ marginTop: 8 }}
            disabled={!text.trim()}
            loading={comment.isPending}
            onClick={() => comment.mutate({ text }, { onSuccess: () => setText("") })}
          >
            {t("ghgReports.comments.send")}
          </Button>
        </div>
      )}
      <Timeline
        data-testid="ghg-history"
        items={[...report.events].reverse().map((e) => ({
          key: e.id,
          children: (
            <>
              <strong>{formatDateTime(e.at)}</strong> — {e.actor ?? "—"}:{" "}
              {e.kind === "status"
                ? e.fromStatus
                  ? t("ghgReports.event.status", { from: status(e.fromStatus), to: status(e.toStatus) })
                  : status(e.toStatus)
                : t(`ghgReports.event.${e.kind}`)}
              {e.dueOn && ` (${t("ghgReports.event.due", { date: formatDate(e.dueOn) })})`}
              {e.note && (
                <div className="small" style={{ whiteSpace: "pre-wrap" }}>
                  {e.note}
                </div>
              )}
            </>
          ),
        }))}
      />
    </>
  );
}
