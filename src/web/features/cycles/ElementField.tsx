// One figure of the form: its name, unit and meaning, the box (or table) to fill, what became of
// the last edit, last year's value, the explanation when due, the review and the thread.
// A figure reported by another agency (a shared statistic) is shown with who reports it.
import { HistoryOutlined } from "@ant-design/icons";
import { Button, Flex, Input, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { FormElement } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { decimalProblem } from "../../lib/decimal.js";
import { useLocalText, useUnitText } from "../frameworks/describe.js";
import { ChangeLine } from "./ChangeLine.js";
import { CommentThread, CommentToggle } from "./CommentThread.js";
import { ExplanationBox } from "./ExplanationBox.js";
import { FieldNotice } from "./FieldNotice.js";
import { useFormPage } from "./form-context.js";
import { type DraftValue, serverValue } from "./form-drafts.js";
import { ListEditor } from "./ListEditor.js";
import { NoDataControl } from "./NoDataControl.js";
import { ValueReview } from "./ValueReview.js";

export function ElementField({ element }: { element: FormElement }) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const { form, autosave, canEdit, showHistory } = useFormPage();
  const subject = `element:${element.code}`;
  const hasThread = form.comments.some((c) => c.subject === subject);
  const [threadOpen, setThreadOpen] = useState(hasThread);
  const unit = unitText(element.unit);
  // A figure recorded as not existing is not typed in until the record is withdrawn.
  const editable = canEdit && !element.readOnly && !element.noData;
  // Once the form cannot be changed, the saved value is shown, never an unsaved draft.
  const value: DraftValue = editable
    ? autosave.valueOf(element, () => serverValue(element))
    : serverValue(element);

  return (
    <div
      id={`field-${element.code}`}
      data-testid={`element-${element.code}`}
      style={{ padding: "12px 0", borderTop: "1px solid #f0f0f0" }}
    >
      <Flex justify="space-between" align="start" gap={8} wrap>
        <div style={{ maxWidth: 720 }}>
          {/* The code only for a specialist who hovers: people read the name. */}
          <Typography.Text strong title={element.code}>
            {local(element.name)}
          </Typography.Text>{" "}
          <Typography.Text type="secondary" className="small">
            {[unit, element.integer ? t("form.wholeNumber") : null].filter(Boolean).join(" · ")}
          </Typography.Text>
          {element.changedSinceReturn && (
            <Tag
              color="orange"
              style={{ marginLeft: 6 }}
              data-testid={`changed-since-return-${element.code}`}
            >
              {t("review.changedSinceReturn")}
            </Tag>
          )}
          {element.enteredOnBehalf && (
            <Tag color="blue" style={{ marginLeft: 6 }} data-testid={`on-behalf-${element.code}`}>
              {t("onBehalf.valueTag")}
            </Tag>
          )}
          {element.readOnly && (
            <Tag style={{ marginLeft: 6 }} data-testid={`shared-${element.code}`}>
              {element.reportedBy.length > 0
                ? t("form.reportedBy", { agencies: element.reportedBy.join(", ") })
                : t("form.reportedByNobody")}
            </Tag>
          )}
          {element.description && (
            <Typography.Paragraph type="secondary" className="small" style={{ margin: "2px 0 0" }}>
              {element.description}
            </Typography.Paragraph>
          )}
        </div>
        <Space size={4} wrap>
          <ValueReview element={element} />
          {!element.readOnly && (
            <CommentToggle subject={subject} open={threadOpen} onToggle={() => setThreadOpen((o) => !o)} />
          )}
          {!element.readOnly && element.version !== null && (
            <Button
              size="small"
              type="text"
              icon={<HistoryOutlined />}
              onClick={() => showHistory(element.code)}
              data-testid={`history-${element.code}`}
            >
              {t("form.history")}
            </Button>
          )}
        </Space>
      </Flex>

      <div style={{ marginTop: 6 }}>
        {value.kind === "list" ? (
          <ListEditor
            element={element}
            rows={value.rows}
            disabled={!editable}
            answered={autosave.hasDraft(element.code) || element.list !== null}
            onChange={(rows) => autosave.change(element.code, { kind: "list", rows })}
          />
        ) : editable ? (
          <Input
            inputMode="decimal"
            value={value.text}
            onChange={(e) => autosave.change(element.code, { kind: "number", text: e.target.value })}
            status={decimalProblem(value.text, t) ? "error" : undefined}
            suffix={unit ? <Typography.Text type="secondary">{unit}</Typography.Text> : undefined}
            style={{ maxWidth: 360 }}
            aria-label={local(element.name)}
            data-testid={`input-${element.code}`}
          />
        ) : (
          <Typography.Text strong data-testid={`value-${element.code}`}>
            {value.text ? `${value.text}${unit ? ` ${unit}` : ""}` : "—"}
          </Typography.Text>
        )}
      </div>
      <NoDataControl
        element={element}
        empty={
          value.kind === "list" ? value.rows.length === 0 && element.list === null : value.text.trim() === ""
        }
      />
      <FieldNotice element={element} mine={value} />
      {!element.readOnly &&
        element.problems.map((problem) => (
          <div key={problem}>
            <Typography.Text type="warning" className="small" data-testid={`problem-${element.code}`}>
              {problem}
            </Typography.Text>
          </div>
        ))}
      {element.kind === "number" && (
        <div className="small">
          <ChangeLine lastYear={element.lastYear} changePct={element.changePct} unit={unit} />
        </div>
      )}
      {(element.changeNoteSuggested || element.explanation) && (
        <ExplanationBox
          subject={subject}
          saved={element.explanation}
          required={false}
          title={t("form.changeNote")}
        />
      )}
      {threadOpen && !element.readOnly && <CommentThread subject={subject} />}
    </div>
  );
}
