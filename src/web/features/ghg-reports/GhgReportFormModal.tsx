// Recording a facility's report as it arrived (obligation and year, the day it was received, the
// GWP set it states, its figures), or a revised version of a report with the reason. Nothing is
// preselected for the GWP set: the mandated set is unconfirmed. The server's problems show on the
// row and box they name; nothing typed is lost.
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import type { GhgReportDetail } from "../../../contracts/ghg-reports.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { GhgFiguresEditor } from "./GhgFiguresEditor.js";
import { useAddVersion, useRecordReport, useReportReference } from "./ghg-reports.api.js";
import {
  draftOf,
  emptyDeclared,
  emptyLine,
  type FiguresDraft,
  figuresOf,
  messagesAt,
  type Problems,
  problemsOf,
} from "./report-draft.js";

/** The places the form shows a problem next to; any other is listed above the form. */
const shownPlace =
  /^(ruleCode|year|receivedOn|gwpCode|reason|(lines\.\d+\.(year|label|scope|amount|unit|factors|gas))|(factors\.\d+\.(code|name|value|unit|source|document|validFrom|validTo))|(declared\.\d+\.(year|total|CO2|CH4|N2O)))$/;

interface Head {
  ruleCode?: string;
  year?: number;
  receivedOn?: Dayjs;
  gwpCode?: string;
  reason?: string;
}

export function GhgReportFormModal({
  facilityId,
  report,
  onClose,
}: {
  facilityId: string;
  /** A revised version of this report; without it, a new report is recorded. */
  report?: GhgReportDetail;
  onClose: () => void;
}) {
  const t = useT();
  const reference = useReportReference();
  const navigate = useNavigate();
  const [form] = Form.useForm<Head>();
  const current = report?.versions.at(-1);
  const [draft, setDraft] = useState<FiguresDraft>(() =>
    current ? draftOf(current) : { lines: [emptyLine()], factors: [], declared: [emptyDeclared()] },
  );
  const [problems, setProblems] = useState<Problems>(new Map());
  const record = useRecordReport(facilityId);
  const revise = useAddVersion(report?.id ?? "");
  const sending = report ? revise : record;
  const submit = async () => {
    const head = await form.validateFields();
    const figures = figuresOf(draft, t);
    setProblems(figures.problems);
    if (figures.problems.size > 0) return;
    const body = {
      gwpCode: head.gwpCode!,
      lines: figures.lines,
      factors: figures.factors,
      declared: figures.declared,
    };
    try {
      if (report) {
        await revise.mutateAsync({ ...body, rowVersion: report.rowVersion, reason: head.reason ?? "" });
        onClose();
      } else {
        const created = await record.mutateAsync({
          ...body,
          ruleCode: head.ruleCode!,
          year: head.year!,
          receivedOn: head.receivedOn!.format("YYYY-MM-DD"),
        });
        onClose();
        navigate(`/ghg/reports/${created.id}`);
      }
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };
  const required = (field: string) => [{ required: true, message: t("ghgReports.form.required", { field }) }];
  const help = (field: string) => messagesAt(problems, field);
  const status = (field: string) => (help(field) ? ("error" as const) : undefined);
  const count = [...problems.values()].reduce((n, m) => n + m.length, 0);
  const unplaced = [...problems.entries()].filter(([place]) => !shownPlace.test(place));
  return (
    <Modal
      open
      width={1240}
      title={report ? t("ghgReports.form.versionTitle") : t("ghgReports.form.title")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={sending.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      // Escape closes a list inside the tables, never the form with everything typed in it.
      maskClosable={false}
      keyboard={false}
    >
      <ErrorAlert error={sending.error} />
      {count > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("ghgReports.form.problems", { count })}
          description={
            unplaced.length > 0 && (
              <ul data-testid="ghg-unplaced-problems">
                {unplaced.map(([place, messages]) => (
                  <li key={place}>{messages.join(" ")}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          ruleCode: report?.rule.code ?? "inventory-report",
          year: report?.year ?? dayjs().year(),
          receivedOn: dayjs(),
          gwpCode: report ? current?.gwpCode : undefined,
        }}
      >
        {!report && (
          <div
            style={{
              display: "grid",
              gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
              columnGap: 16,
            }}
          >
            <Form.Item
              name="ruleCode"
              label={t("ghgReports.form.rule")}
              rules={required(t("ghgReports.form.rule"))}
              validateStatus={status("ruleCode")}
              help={help("ruleCode")}
            >
              <Select
                options={(reference.data?.rules ?? []).map((r) => ({
                  value: r.code,
                  label:
                    r.status === "provisional" ? `${r.name} ${t("ghgReports.form.ruleProvisional")}` : r.name,
                }))}
                data-testid="ghg-report-rule"
              />
            </Form.Item>
            <Form.Item
              name="year"
              label={t("ghgReports.form.year")}
              rules={required(t("ghgReports.form.year"))}
              validateStatus={status("year")}
              help={help("year") ?? t("ghgReports.form.yearHint")}
            >
              <InputNumber min={2000} max={2100} style={{ width: "100%" }} data-testid="ghg-report-year" />
            </Form.Item>
            <Form.Item
              name="receivedOn"
              label={t("ghgReports.form.receivedOn")}
              rules={required(t("ghgReports.form.receivedOn"))}
              validateStatus={status("receivedOn")}
              help={help("receivedOn")}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
            </Form.Item>
          </div>
        )}
        {report && (
          <Form.Item
            name="reason"
            label={t("ghgReports.form.reason")}
            rules={[...required(t("ghgReports.form.reason")), { min: 3 }]}
            validateStatus={status("reason")}
            help={help("reason")}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="ghg-version-reason" />
          </Form.Item>
        )}
        <Form.Item
          name="gwpCode"
          label={t("ghgReports.form.gwp")}
          rules={required(t("ghgReports.form.gwp"))}
          validateStatus={status("gwpCode")}
          help={help("gwpCode") ?? t("ghgReports.form.gwpUnconfirmed")}
        >
          <Select
            placeholder={t("ghgReports.form.gwpChoose")}
            options={(reference.data?.gwpSets ?? []).map((g) => ({ value: g.code, label: g.name }))}
            data-testid="ghg-report-gwp"
          />
        </Form.Item>
      </Form>
      <GhgFiguresEditor draft={draft} onChange={setDraft} problems={problems} />
    </Modal>
  );
}
