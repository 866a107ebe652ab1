// A report's status and timeliness as tags people read at a glance.
import { Tag } from "antd";
import type { GhgReportStatus, GhgReportSummary } from "../../../contracts/ghg-reports.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";

const colours: Record<GhgReportStatus, string> = {
  received: "blue",
  under_appraisal: "gold",
  information_requested: "orange",
  returned: "red",
  accepted: "green",
  determined: "purple",
};

export function GhgReportStatusTag({ status }: { status: GhgReportStatus }) {
  const t = useT();
  return (
    <Tag color={colours[status]} data-testid="ghg-report-status">
      {t(`ghgReports.status.${status}`)}
    </Tag>
  );
}

export function GhgTimelinessTag({
  report,
}: {
  report: Pick<GhgReportSummary, "onTime" | "daysLate" | "dueDate">;
}) {
  const t = useT();
  return (
    <Tag
      color={report.onTime ? "green" : "red"}
      title={t("ghgReports.dueDate", { date: formatDate(report.dueDate) })}
    >
      {report.onTime ? t("ghgReports.onTime") : t("ghgReports.late", { days: report.daysLate ?? 0 })}
    </Tag>
  );
}

/** "2023–2024", or one year. */
export const periodText = (r: { periodFrom: number; periodTo: number }) =>
  r.periodFrom === r.periodTo ? String(r.periodFrom) : `${r.periodFrom}–${r.periodTo}`;
