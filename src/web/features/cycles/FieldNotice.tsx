// What happened to one figure's last edit: waiting, being saved, refused (with the server's
// reason), or in conflict with someone else's save, where the person chooses which to keep.
import { Alert, Button, Space, Typography } from "antd";
import type { FormElement } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";
import { useFormPage } from "./form-context.js";
import { type DraftValue, numberText } from "./form-drafts.js";

export function FieldNotice({ element, mine }: { element: FormElement; mine: DraftValue }) {
  const t = useT();
  const { autosave, refreshing } = useFormPage();
  const state = autosave.fieldState(element.code);
  if (!state) return null;
  const testId = `field-status-${element.code}`;
  if (state.state === "pending" || state.state === "saving")
    return (
      <Typography.Text type="secondary" className="small" data-testid={testId} data-state={state.state}>
        {t(state.state === "saving" ? "form.saving" : "form.notSavedYet")}
      </Typography.Text>
    );
  if (state.state === "error")
    return (
      <Typography.Text type="danger" className="small" role="alert" data-testid={testId} data-state="error">
        {state.message} {t("form.keptHere")}
      </Typography.Text>
    );

  const describe = (value: DraftValue | null) =>
    value === null
      ? t("form.emptyValue")
      : value.kind === "number"
        ? value.text.trim() || t("form.emptyValue")
        : t("form.listRows", { count: formatNumber(value.rows.length) });
  const theirs: DraftValue | null =
    element.kind === "list"
      ? element.list
        ? { kind: "list", rows: element.list.map((_, i) => ({ key: String(i), values: {} })) }
        : null
      : element.number === null
        ? null
        : { kind: "number", text: numberText(element.number) };
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginTop: 6 }}
      data-testid={`conflict-${element.code}`}
      title={t("form.conflictTitle")}
      description={
        <>
          <div>
            {t("form.conflictText", {
              theirs: describe(theirs),
              mine: describe(mine),
            })}
          </div>
          <Typography.Text type="secondary" className="small">
            {state.message}
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Space wrap>
              <Button
                size="small"
                type="primary"
                disabled={refreshing}
                onClick={() => autosave.keepMine(element.code, element.version)}
                data-testid={`keep-mine-${element.code}`}
              >
                {t("form.keepMine", { value: describe(mine) })}
              </Button>
              <Button
                size="small"
                disabled={refreshing}
                onClick={() => autosave.takeTheirs(element.code)}
                data-testid={`take-theirs-${element.code}`}
              >
                {t("form.takeTheirs", { value: describe(theirs) })}
              </Button>
            </Space>
          </div>
        </>
      }
    />
  );
}
