// The appraisal's steps and records, each in its own dialog with what it needs: a request for
// information a note and a deadline, a return its findings, the province's determination a figure
// per year and the reason; the appraisers (council or reviewers), the independent verification,
// and a change of GWP set (stored as a new version saying what moved).
import { DatePicker, Form, Input, Modal, Radio, Select } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import type {
  GhgGwpChangeResult,
  GhgReportDetail,
  GhgReportTransition,
} from "../../../contracts/ghg-reports.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { decimalRule, readDecimal } from "../../lib/decimal.js";
import {
  useChangeGwp,
  useReportReference,
  useReportTransition,
  useSetAppraisal,
  useSetVerification,
} from "./ghg-reports.api.js";

export type DialogKind = GhgReportTransition | "change_gwp" | "set_appraisal" | "set_verification";

interface Values {
  note?: string;
  dueOn?: Dayjs;
  findings?: string;
  years?: Record<string, string>;
  reason?: string;
  gwpCode?: string;
  appraisalBody?: "council" | "reviewers";
  names?: string;
  verifier?: string;
  conclusion?: string;
  verifiedOn?: Dayjs;
}

export function GhgReportActionModal({
  report,
  kind,
  onClose,
  onGwpChanged,
}: {
  report: GhgReportDetail;
  kind: DialogKind;
  onClose: () => void;
  onGwpChanged: (change: GhgGwpChangeResult["change"]) => void;
}) {
  const t = useT();
  const reference = useReportReference();
  const [form] = Form.useForm<Values>();
  const transition = useReportTransition(report.id);
  const gwp = useChangeGwp(report.id);
  const appraisal = useSetAppraisal(report.id);
  const verification = useSetVerification(report.id);
  const sending =
    kind === "change_gwp"
      ? gwp
      : kind === "set_appraisal"
        ? appraisal
        : kind === "set_verification"
          ? verification
          : transition;
  const years = Array.from(
    { length: report.periodTo - report.periodFrom + 1 },
    (_, i) => report.periodFrom + i,
  );
  const required = (field: string) => [
    { required: true, whitespace: true, message: t("ghgReports.form.required", { field }) },
  ];
  const rowVersion = report.rowVersion;
  const current = report.versions.at(-1);

  const submit = async () => {
    const v = await form.validateFields();
    const day = (d?: Dayjs) => d?.format("YYYY-MM-DD");
    if (kind === "change_gwp") {
      const answer = await gwp.mutateAsync({ rowVersion, gwpCode: v.gwpCode!, note: v.note || undefined });
      onGwpChanged(answer.change);
    } else if (kind === "set_appraisal") {
      const names = (v.names ?? "")
        .split("\n")
        .map((n) => n.trim())
        .filter(Boolean);
      await appraisal.mutateAsync({ rowVersion, appraisalBody: v.appraisalBody!, names });
    } else if (kind === "set_verification") {
      await verification.mutateAsync({
        rowVersion,
        verifier: v.verifier!,
        conclusion: v.conclusion!,
        verifiedOn: day(v.verifiedOn)!,
      });
    } else {
      await transition.mutateAsync({
        rowVersion,
        action: kind,
        note: v.note || undefined,
        dueOn: day(v.dueOn),
        findings: v.findings || undefined,
        determined:
          kind === "determine"
            ? {
                years: years.map((y) => ({ year: y, total: readDecimal(v.years?.[y]) ?? 0 })),
                reason: v.reason ?? "",
              }
            : undefined,
      });
    }
    onClose();
  };
  const title = t(`ghgReports.action.${kind}`);
  return (
    <Modal
      open
      title={title}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={sending.isPending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={sending.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          appraisalBody: report.appraisalBody ?? "council",
          names: report.appraisers.join("\n"),
          verifier: report.verification?.verifier,
          conclusion: report.verification?.conclusion,
          verifiedOn: report.verification ? dayjs(report.verification.verifiedOn) : undefined,
        }}
      >
        {kind === "request_information" && (
          <>
            <Form.Item
              name="note"
              label={t("ghgReports.action.requestNote")}
              rules={required(t("ghgReports.action.requestNote"))}
            >
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
            <Form.Item
              name="dueOn"
              label={t("ghgReports.action.dueOn")}
              rules={required(t("ghgReports.action.dueOn"))}
            >
              <DatePicker format="DD/MM/YYYY" disabledDate={(d) => !d.isAfter(dayjs(), "day")} />
            </Form.Item>
          </>
        )}
        {kind === "return" && (
          <Form.Item
            name="findings"
            label={t("ghgReports.action.findings")}
            rules={required(t("ghgReports.action.findings"))}
          >
            <Input.TextArea rows={6} maxLength={8000} data-testid="ghg-findings" />
          </Form.Item>
        )}
        {kind === "determine" && (
          <>
            {years.map((y) => (
              <Form.Item
                key={y}
                name={["years", String(y)]}
                label={t("ghgReports.action.detYear", { year: y })}
                rules={[...required(t("ghgReports.action.detYear", { year: y })), decimalRule(t)]}
              >
                <Input inputMode="decimal" />
              </Form.Item>
            ))}
            <Form.Item
              name="reason"
              label={t("ghgReports.action.detReason")}
              rules={[...required(t("ghgReports.action.detReason")), { min: 3 }]}
            >
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          </>
        )}
        {(kind === "start_appraisal" ||
          kind === "resume_appraisal" ||
          kind === "accept" ||
          kind === "reopen") && (
          <Form.Item
            name="note"
            label={t("ghgReports.action.note")}
            rules={kind === "reopen" ? required(t("ghgReports.action.note")) : []}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        )}
        {kind === "change_gwp" && (
          <>
            <Form.Item
              name="gwpCode"
              label={t("ghgReports.form.gwp")}
              rules={required(t("ghgReports.form.gwp"))}
            >
              <Select
                placeholder={t("ghgReports.form.gwpChoose")}
                options={(reference.data?.gwpSets ?? [])
                  .filter((g) => g.code !== current?.gwpCode)
                  .map((g) => ({ value: g.code, label: g.name }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t("ghgReports.action.gwpNote")}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {kind === "set_appraisal" && (
          <>
            <Form.Item name="appraisalBody" label={t("ghgReports.action.body")}>
              <Radio.Group
                options={(["council", "reviewers"] as const).map((b) => ({
                  value: b,
                  label: t(`ghgReports.body.${b}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="names"
              label={t("ghgReports.action.names")}
              rules={required(t("ghgReports.action.names"))}
            >
              <Input.TextArea rows={5} />
            </Form.Item>
          </>
        )}
        {kind === "set_verification" && (
          <>
            <Form.Item
              name="verifier"
              label={t("ghgReports.action.verifier")}
              rules={required(t("ghgReports.action.verifier"))}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="conclusion"
              label={t("ghgReports.action.conclusion")}
              rules={[...required(t("ghgReports.action.conclusion")), { min: 3 }]}
            >
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
            <Form.Item
              name="verifiedOn"
              label={t("ghgReports.action.verifiedOn")}
              rules={required(t("ghgReports.action.verifiedOn"))}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
