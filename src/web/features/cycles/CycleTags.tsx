// The coloured labels of the cycle pages: where a cycle, a submission or a value stands, and
// whether an agency reported on time.
import { Tag } from "antd";
import type { CycleStatus, ReviewStatus, SubmissionStatus, Timeliness } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";

const cycleColours: Record<CycleStatus, string> = {
  open: "blue",
  in_review: "gold",
  approved: "green",
  sent_to_ministry: "purple",
};

export function CycleStatusTag({
  status,
  testId,
  kind,
}: {
  status: CycleStatus;
  testId?: string;
  /** A history year is the comparison base: to an agency it is never "collecting". */
  kind?: string;
}) {
  const t = useT();
  if (kind === "history")
    return (
      <Tag color="purple" data-testid={testId} data-status="baseline">
        {t("cycleStatus.baseline")}
      </Tag>
    );
  return (
    <Tag color={cycleColours[status]} data-testid={testId} data-status={status}>
      {t(`cycleStatus.${status}`)}
    </Tag>
  );
}

const submissionColours: Record<SubmissionStatus, string> = {
  draft: "default",
  submitted: "blue",
  returned: "orange",
  accepted: "green",
};

export function SubmissionStatusTag({ status, testId }: { status: SubmissionStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={submissionColours[status]} data-testid={testId} data-status={status}>
      {t(`submissionStatus.${status}`)}
    </Tag>
  );
}

const reviewColours: Record<ReviewStatus, string> = {
  pending: "default",
  accepted: "green",
  questioned: "orange",
};

export function ReviewStatusTag({ status, testId }: { status: ReviewStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={reviewColours[status]} data-testid={testId} data-status={status}>
      {t(`reviewStatus.${status}`)}
    </Tag>
  );
}

export function TimelinessTag({
  timeliness,
  days,
  testId,
}: {
  timeliness: Timeliness;
  days: number | null;
  testId?: string;
}) {
  const t = useT();
  const colour = { on_time: "green", late: "orange", overdue: "red", not_due: "default" }[timeliness];
  return (
    <Tag color={colour} data-testid={testId} data-timeliness={timeliness}>
      {t(`timeliness.${timeliness}`, { days: formatNumber(days ?? 0) })}
    </Tag>
  );
}
