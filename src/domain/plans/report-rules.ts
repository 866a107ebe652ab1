// What a progress report must hold before it is signed or sent: how each task the agency leads
// stands and what was done (or why not started), its input to each task it supports, and at
// year end the figures of the plan's own measures.
import type { ReportKind, TaskProgressStatus } from "../../contracts/plan-reports.js";

export interface ReportLine {
  taskId: string;
  /** "1.a". */
  place: string;
  role: "lead" | "support";
  status: TaskProgressStatus | null;
  progress: string | null;
}

export interface ReportFigure {
  targetId: string;
  label: string;
  /** The plan's value for the period's year; none asked, none owed. */
  target: number | null;
  value: number | null;
}

export function reportGaps(
  kind: ReportKind,
  lines: readonly ReportLine[],
  figures: readonly ReportFigure[],
): { field: string; message: string }[] {
  const gaps: { field: string; message: string }[] = [];
  // A supporting agency answers for its input: "nothing this period" is said, not left blank.
  for (const line of lines.filter((l) => l.role === "support" && !l.progress?.trim()))
    gaps.push({
      field: `item:${line.taskId}:progress`,
      message: `Nhiệm vụ ${line.place}: chưa nêu nội dung phối hợp`,
    });
  for (const line of lines.filter((l) => l.role === "lead")) {
    const field = `item:${line.taskId}`;
    if (!line.status)
      gaps.push({
        field: `${field}:status`,
        message: `Nhiệm vụ ${line.place}: chưa chọn tình hình thực hiện`,
      });
    else if (!line.progress?.trim())
      gaps.push({
        field: `${field}:progress`,
        message: `Nhiệm vụ ${line.place}: ${line.status === "not_started" ? "chưa nêu lý do chưa triển khai" : "chưa nêu kết quả thực hiện"}`,
      });
  }
  if (kind === "year")
    for (const figure of figures.filter((f) => f.target !== null && f.value === null))
      gaps.push({
        field: `figure:${figure.targetId}`,
        message: `Chưa có số liệu năm của chỉ tiêu “${figure.label}”`,
      });
  return gaps;
}
