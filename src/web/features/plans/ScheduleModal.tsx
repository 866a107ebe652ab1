// The coordinator states when the agencies and the department report: six-monthly, yearly, or
// both, each with the agencies' and the department's due day (day/month, as plans write them).
import { Checkbox, Form, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import { type ReportKind, reportKinds, type ScheduleEntry } from "../../../contracts/plan-reports.js";
import { dayMonth, seed004Schedule } from "../../../domain/plans/report-periods.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { useSaveSchedule } from "./plan-reports.api.js";

interface Row {
  enabled: boolean;
  agencyDue: string;
  departmentDue: string;
  followingYear: boolean;
}

/** "5/7" or "05/07" → "07-05"; null when it is not a day and month. */
export function monthDayOf(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const [day, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function ScheduleModal({
  plan,
  schedule,
  onClose,
}: {
  plan: PlanDetail;
  schedule: ScheduleEntry[];
  onClose: () => void;
}) {
  const t = useT();
  const save = useSaveSchedule(plan.id);
  // A plan without a schedule starts from the one the seed plan states.
  const start = schedule.length > 0 ? schedule : seed004Schedule;
  const [rows, setRows] = useState<Record<ReportKind, Row>>(
    () =>
      Object.fromEntries(
        reportKinds.map((kind) => {
          const found = start.find((e) => e.kind === kind) ?? seed004Schedule.find((e) => e.kind === kind)!;
          return [
            kind,
            {
              enabled: start.some((e) => e.kind === kind),
              agencyDue: dayMonth(found.agencyDue),
              departmentDue: dayMonth(found.departmentDue),
              followingYear: found.followingYear,
            },
          ];
        }),
      ) as Record<ReportKind, Row>,
  );
  const [error, setError] = useState<unknown>(null);
  /** The server's problems by box ("half_year.agencyDue"); the others stay above the form. */
  const [onField, setOnField] = useState<Map<string, string>>(new Map());
  const set = (kind: ReportKind, change: Partial<Row>) =>
    setRows((r) => ({ ...r, [kind]: { ...r[kind], ...change } }));
  const invalid = (kind: ReportKind, key: "agencyDue" | "departmentDue") =>
    rows[kind].enabled && monthDayOf(rows[kind][key]) === null;
  const submit = () => {
    if (reportKinds.some((k) => invalid(k, "agencyDue") || invalid(k, "departmentDue"))) return;
    setError(null);
    setOnField(new Map());
    const entries = reportKinds
      .filter((kind) => rows[kind].enabled)
      .map((kind) => ({
        kind,
        agencyDue: monthDayOf(rows[kind].agencyDue)!,
        departmentDue: monthDayOf(rows[kind].departmentDue)!,
        followingYear: rows[kind].followingYear,
      }));
    save.mutate(
      { expectedRowVersion: plan.rowVersion, schedule: entries },
      {
        onSuccess: onClose,
        onError: (e) => {
          const placed = new Map<string, string>();
          const rest: string[] = [];
          for (const d of isApiError(e) ? e.details : []) {
            const at = /^schedule\[(\d+)\]\.(agencyDue|departmentDue)$/.exec(d.field);
            const kind = at ? entries[Number(at[1])]?.kind : undefined;
            if (at && kind) placed.set(`${kind}.${at[2]}`, d.message);
            else rest.push(d.message);
          }
          setOnField(placed);
          // A fault of the server keeps its request code; a refusal names what is not on a box.
          setError(isApiError(e) && e.status < 500 ? [e.message, ...rest].join(" ") : e);
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t(schedule.length === 0 ? "planReports.scheduleSet" : "planReports.scheduleEdit")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "schedule-save" }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("planReports.seedHint")}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form layout="vertical" onFinish={submit}>
        {reportKinds.map((kind) => (
          <fieldset key={kind} className="plain-fieldset">
            <Checkbox
              checked={rows[kind].enabled}
              onChange={(e) => set(kind, { enabled: e.target.checked })}
              data-testid={`schedule-${kind}`}
            >
              {t("planReports.enabled", { kind: t(`planReports.kind.${kind}`) })}
            </Checkbox>
            {rows[kind].enabled && (
              <Space wrap align="start" style={{ marginTop: 8 }}>
                {(["agencyDue", "departmentDue"] as const).map((key) => (
                  <Form.Item
                    key={key}
                    label={t(`planReports.${key}`)}
                    htmlFor={`schedule-${kind}-${key}`}
                    validateStatus={invalid(kind, key) || onField.has(`${kind}.${key}`) ? "error" : undefined}
                    help={
                      invalid(kind, key)
                        ? t("planReports.dayInvalid")
                        : (onField.get(`${kind}.${key}`) ?? t("planReports.dayHelp"))
                    }
                  >
                    <Input
                      id={`schedule-${kind}-${key}`}
                      value={rows[kind][key]}
                      onChange={(e) => set(kind, { [key]: e.target.value })}
                      style={{ width: 120 }}
                      inputMode="numeric"
                    />
                  </Form.Item>
                ))}
                <Checkbox
                  checked={rows[kind].followingYear}
                  onChange={(e) => set(kind, { followingYear: e.target.checked })}
                >
                  {t("planReports.followingYear")}
                </Checkbox>
              </Space>
            )}
          </fieldset>
        ))}
      </Form>
    </Modal>
  );
}
