// The letters an agency sent its figures by, for everyone reading its form; for the coordinator,
// the way to record one and, once the figures are entered from it, to send them for the agency.
import { Button, Card, List, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { useEvidence } from "./evidence.api.js";
import { useFormPage } from "./form-context.js";
import { LetterUploadModal } from "./LetterUploadModal.js";
import { letterFileUrl, useSubmitOnBehalf } from "./on-behalf.api.js";

export function OnBehalfPanel() {
  const t = useT();
  const can = useCan();
  const { form, autosave } = useFormPage();
  const [recording, setRecording] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const submit = useSubmitOnBehalf(form.cycle.id, form.agency.id);
  const s = form.submission;
  const open =
    form.cycle.kind !== "history" &&
    form.cycle.status === "open" &&
    (s.status === "draft" || s.status === "returned");
  const coordinator = can("cycle.manage") && open;
  // The size limit of documents, as the evidence list states it.
  const maxBytes = useEvidence(form.cycle.id, form.agency.id).data?.maxBytes;
  if (form.letters.length === 0 && !coordinator) return null;

  const send = async () => {
    setUnsaved(false);
    if (!(await autosave.flush())) return setUnsaved(true);
    submit.mutate();
  };

  return (
    <Card size="small" title={t("onBehalf.title")} data-testid="on-behalf-panel">
      {form.letters.length === 0 ? (
        <Typography.Paragraph type="secondary">{t("onBehalf.intro")}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>{t("onBehalf.entered")}</Typography.Paragraph>
          <List
            size="small"
            dataSource={form.letters}
            renderItem={(letter) => (
              <List.Item data-testid="letter-item">
                <Space direction="vertical" size={0}>
                  <Typography.Link href={letterFileUrl(letter.id)} target="_blank" rel="noopener">
                    {t("onBehalf.letterName", { number: letter.docNumber, date: formatDate(letter.docDate) })}
                  </Typography.Link>
                  <Typography.Text type="secondary" className="small">
                    {t("onBehalf.recordedBy", {
                      name: letter.uploadedBy ?? "—",
                      at: formatDateTime(letter.uploadedAt),
                    })}
                    {letter.note ? ` · ${letter.note}` : ""}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
      <ErrorAlert error={unsaved ? t("form.saveFirst") : submit.error} />
      {coordinator && (
        <Space wrap style={{ marginTop: 8 }}>
          <Button
            onClick={() => setRecording(true)}
            disabled={maxBytes === undefined}
            data-testid="record-letter"
          >
            {t(form.letters.length === 0 ? "onBehalf.record" : "onBehalf.recordAnother")}
          </Button>
          {form.letters.length > 0 && (
            <Popconfirm
              title={t("onBehalf.submitConfirm", { agency: form.agency.name })}
              okText={t("onBehalf.submit")}
              cancelText={t("common.cancel")}
              onConfirm={send}
              disabled={form.issues.length > 0}
              okButtonProps={{ "data-testid": "submit-on-behalf-confirm" }}
            >
              <Button
                type="primary"
                disabled={form.issues.length > 0}
                loading={submit.isPending}
                data-testid="submit-on-behalf"
              >
                {t("onBehalf.submit")}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {recording && maxBytes !== undefined && (
        <LetterUploadModal
          cycleId={form.cycle.id}
          agencyId={form.agency.id}
          agencyName={form.agency.name}
          maxBytes={maxBytes}
          onClose={() => setRecording(false)}
        />
      )}
    </Card>
  );
}
