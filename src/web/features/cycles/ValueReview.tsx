// The coordinator's verdict on one figure: "đạt" or "cần làm rõ". Everyone sees the verdict;
// only the reviewer of a sent submission gets the buttons.
import { CheckOutlined, QuestionOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import type { FormElement, ReviewStatus } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { ReviewStatusTag } from "./CycleTags.js";
import { useReviewValue } from "./form.api.js";
import { useFormPage } from "./form-context.js";

export function ValueReview({ element }: { element: FormElement }) {
  const t = useT();
  const { form, canReview } = useFormPage();
  const review = useReviewValue(form.cycle.id, form.agency.id);
  if (element.readOnly || element.version === null) return null;
  const status = element.reviewStatus ?? "pending";
  // Before anything is sent, "chưa xem" says nothing the reporter needs to know.
  if (status === "pending" && !canReview && form.submission.status === "draft") return null;
  const judge = (next: ReviewStatus) => review.mutate({ element: element.code, status: next });

  return (
    <Space size={4} wrap>
      <ReviewStatusTag status={status} testId={`review-status-${element.code}`} />
      {canReview && (
        <>
          <Button
            size="small"
            icon={<CheckOutlined />}
            type={status === "accepted" ? "primary" : "default"}
            loading={review.isPending && review.variables?.status === "accepted"}
            onClick={() => judge("accepted")}
            data-testid={`review-${element.code}-accepted`}
          >
            {t("reviewStatus.accepted")}
          </Button>
          <Button
            size="small"
            icon={<QuestionOutlined />}
            danger={status === "questioned"}
            loading={review.isPending && review.variables?.status === "questioned"}
            onClick={() => judge(status === "questioned" ? "pending" : "questioned")}
            data-testid={`review-${element.code}-questioned`}
          >
            {t("reviewStatus.questioned")}
          </Button>
        </>
      )}
      {review.isError && (
        <span className="small" style={{ color: "#cf1322" }}>
          {review.error.message}
        </span>
      )}
    </Space>
  );
}
