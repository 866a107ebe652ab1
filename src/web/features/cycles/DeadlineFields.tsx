// The four deadlines of a cycle as date pickers (dd/mm/yyyy). Field names are the contract's
// paths ("deadlines.submissionDue"), so the server's complaints land next to the right box.
import { Col, DatePicker, Form, Row } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { Deadlines } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";

export const deadlineKeys = ["submissionDue", "reviewDue", "approvalDue", "ministryDue"] as const;
export type DeadlineKey = (typeof deadlineKeys)[number];
export const deadlineField = (key: DeadlineKey) => `deadlines.${key}` as const;
export type DeadlineValues = Partial<Record<ReturnType<typeof deadlineField>, Dayjs | null>>;

/** The usual calendar: figures by 20/02, review by 10/03, approval by 20/03, Ministry by 30/03. */
export function defaultDeadlines(year: number): DeadlineValues {
  const next = year + 1;
  const days: Record<DeadlineKey, string> = {
    submissionDue: `${next}-02-20`,
    reviewDue: `${next}-03-10`,
    approvalDue: `${next}-03-20`,
    ministryDue: `${next}-03-30`,
  };
  return Object.fromEntries(deadlineKeys.map((k) => [deadlineField(k), dayjs(days[k])]));
}

export function deadlinesToForm(deadlines: Deadlines): DeadlineValues {
  return Object.fromEntries(
    deadlineKeys.map((k) => [deadlineField(k), deadlines[k] ? dayjs(deadlines[k]) : null]),
  );
}

export function deadlinesFromForm(values: DeadlineValues): Deadlines {
  const day = (k: DeadlineKey) => values[deadlineField(k)]?.format("YYYY-MM-DD") ?? null;
  return {
    submissionDue: day("submissionDue") ?? "",
    reviewDue: day("reviewDue"),
    approvalDue: day("approvalDue"),
    ministryDue: day("ministryDue"),
  };
}

export function DeadlineFields() {
  const t = useT();
  return (
    <Row gutter={12}>
      {deadlineKeys.map((key) => (
        <Col key={key} xs={24} sm={12}>
          <Form.Item
            name={deadlineField(key)}
            label={t(`cycle.deadline.${key}`)}
            rules={
              key === "submissionDue"
                ? [
                    {
                      required: true,
                      message: t("common.requiredChoice", {
                        field: t("cycle.deadline.submissionDue").toLowerCase(),
                      }),
                    },
                  ]
                : []
            }
          >
            <DatePicker
              format="DD/MM/YYYY"
              style={{ width: "100%" }}
              data-testid={`deadline-${key}`}
              aria-label={t(`cycle.deadline.${key}`)}
            />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
