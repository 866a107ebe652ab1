// The explanation of a change from last year ("so sánh với năm trước, nhận định nguyên nhân"),
// required when a figure or indicator moves beyond the threshold or the bad way. Saved a moment
// after typing stops and when the box is left; what is typed stays in the box if saving fails.
import { Alert, Input, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/index.js";
import { useSaveExplanation } from "./form.api.js";
import { useFormPage } from "./form-context.js";

export function ExplanationBox({
  subject,
  saved,
  required,
}: {
  /** `element:<code>` or `indicator:<code>`. */
  subject: string;
  saved: string | null;
  required: boolean;
}) {
  const t = useT();
  const { form, canEdit } = useFormPage();
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

  const send = (body: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (body.trim() === lastSent.current.trim()) return;
    save.mutate(
      { subject, body: body.trim() },
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

  if (!canEdit)
    return saved ? (
      <Alert
        type="info"
        style={{ marginTop: 8 }}
        title={t("form.explanation")}
        description={saved}
        data-testid={`explanation-${subject}`}
      />
    ) : required ? (
      <Typography.Text type="warning">{t("form.explanationMissing")}</Typography.Text>
    ) : null;

  const missing = required && text.trim() === "";
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong type={missing ? "warning" : undefined}>
        {t(required ? "form.explanationRequired" : "form.explanation")}
      </Typography.Text>
      <Input.TextArea
        rows={2}
        maxLength={4000}
        value={text}
        status={missing ? "warning" : undefined}
        placeholder={t("form.explanationHint")}
        onChange={(e) => change(e.target.value)}
        onBlur={() => send(text)}
        aria-label={t("form.explanation")}
        data-testid={`explanation-${subject}`}
      />
      <Typography.Text
        type={save.isError ? "danger" : "secondary"}
        className="small"
        data-testid={`explanation-status-${subject}`}
      >
        {save.isPending
          ? t("form.saving")
          : save.isError
            ? `${save.error.message} ${t("form.keptHere")}`
            : save.isSuccess && text === lastSent.current
              ? t("form.explanationSaved")
              : ""}
      </Typography.Text>
    </div>
  );
}
