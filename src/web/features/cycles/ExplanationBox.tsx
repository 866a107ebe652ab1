// The explanation of a change from last year ("so sánh với năm trước, nhận định nguyên nhân"),
// required when a figure or indicator moves beyond the threshold or the bad way. Saved a moment
// after typing stops and when the box is left; what is typed stays in the box if saving fails.
import { Alert, Button, Input, Space, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/index.js";
import { ApiError } from "../../lib/api.js";
import { useSaveExplanation } from "./form.api.js";
import { useFormPage } from "./form-context.js";

export function ExplanationBox({
  subject,
  saved,
  required,
  editable,
  title,
}: {
  /** `element:<code>` (the agency's note on its figure) or `indicator:<code>`. */
  subject: string;
  saved: string | null;
  required: boolean;
  /** Whether this person may write it here; the form's own editability when not said. */
  editable?: boolean;
  /** What the box is called; the explanation of a change when not said. */
  title?: string;
}) {
  const t = useT();
  const { form, canEdit } = useFormPage();
  const mayEdit = editable ?? canEdit;
  const label = title ?? t(required ? "form.explanationRequired" : "form.explanation");
  const save = useSaveExplanation(form.cycle.id, form.agency.id);
  const [text, setText] = useState(saved ?? "");
  const lastSent = useRef(saved ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Someone else's saved text replaces this one only while nothing unsent is typed here.
  useEffect(() => {
    if (text === lastSent.current && (saved ?? "") !== lastSent.current) {
      lastSent.current = saved ?? "";
      setText(saved ?? "");
    }
  }, [saved, text]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const send = (body: string, over = lastSent.current) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (body.trim() === over.trim()) return;
    save.mutate(
      { subject, body: body.trim(), previousBody: over.trim() },
      {
        onSuccess: () => {
          lastSent.current = body;
        },
      },
    );
  };
  const change = (body: string) => {
    setText(body);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send(body), 1500);
  };

  if (!mayEdit)
    return saved ? (
      <Alert
        type="info"
        style={{ marginTop: 8 }}
        title={label}
        description={saved}
        data-testid={`explanation-${subject}`}
      />
    ) : required ? (
      <Typography.Text type="warning">{t("form.explanationMissing")}</Typography.Text>
    ) : null;

  const missing = required && text.trim() === "";
  // Someone saved another text since this one was started: the person chooses, nothing is lost.
  const conflict = save.error instanceof ApiError && save.error.code === "STALE_UPDATE";
  const takeSaved = () => {
    lastSent.current = saved ?? "";
    setText(saved ?? "");
    save.reset();
  };
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong type={missing ? "warning" : undefined}>
        {label}
      </Typography.Text>
      <Input.TextArea
        rows={2}
        maxLength={4000}
        value={text}
        status={missing ? "warning" : undefined}
        placeholder={t("form.explanationHint")}
        onChange={(e) => change(e.target.value)}
        onBlur={() => send(text)}
        aria-label={label}
        data-testid={`explanation-${subject}`}
      />
      {conflict && (
        <Alert
          type="warning"
          style={{ marginTop: 4 }}
          title={t("form.explanationConflict")}
          data-testid={`explanation-conflict-${subject}`}
          description={
            // The choices under the text, not beside it: on a phone there is no room beside.
            <>
              <div>{saved ?? ""}</div>
              <Space wrap style={{ marginTop: 8 }}>
                <Button size="small" type="primary" onClick={() => send(text, saved ?? "")}>
                  {t("form.keepMyExplanation")}
                </Button>
                <Button size="small" onClick={takeSaved}>
                  {t("form.takeSavedExplanation")}
                </Button>
              </Space>
            </>
          }
        />
      )}
      <Typography.Text
        type={save.isError ? "danger" : "secondary"}
        className="small"
        data-testid={`explanation-status-${subject}`}
      >
        {save.isPending
          ? t("form.saving")
          : conflict
            ? "" // the box above says what happened and what to do
            : save.isError
              ? `${save.error.message} ${t("form.keptHere")}`
              : save.isSuccess && text === lastSent.current
                ? t("form.explanationSaved")
                : ""}
      </Typography.Text>
    </div>
  );
}
