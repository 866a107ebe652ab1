// A figure the agency does not have this year: recorded with why (the checklist stops asking
// for it and the report says so), shown to everyone, and withdrawn while the form can change.
import { Button, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { FormElement } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { useLocalText } from "../frameworks/describe.js";
import { useFormPage } from "./form-context.js";
import { useNoData } from "./on-behalf.api.js";
import { ReasonModal } from "./ReasonModal.js";

/** The record and its reason, or (while the figure is empty and editable) the way to make it. */
export function NoDataControl({ element, empty }: { element: FormElement; empty: boolean }) {
  const t = useT();
  const local = useLocalText();
  const { form, canEdit } = useFormPage();
  const noData = useNoData(form.cycle.id, form.agency.id);
  const [asking, setAsking] = useState(false);
  const editable = canEdit && !element.readOnly;

  if (element.noData)
    return (
      <div data-testid={`no-data-${element.code}`}>
        <Space size={6} wrap>
          <Tag color="gold">{t("noData.tag")}</Tag>
          <Typography.Text className="small">
            {t("noData.reason", { reason: element.noData.reason })}
          </Typography.Text>
          {editable && (
            <Button
              size="small"
              type="link"
              loading={noData.isPending}
              onClick={() => noData.mutate({ element: element.code, reason: null })}
              data-testid={`no-data-clear-${element.code}`}
            >
              {t("noData.clear")}
            </Button>
          )}
        </Space>
        <ErrorAlert error={noData.error} />
      </div>
    );
  if (!editable || !empty) return null;
  return (
    <>
      <Button
        size="small"
        type="link"
        style={{ paddingInline: 0 }}
        onClick={() => setAsking(true)}
        data-testid={`no-data-mark-${element.code}`}
      >
        {t("noData.mark")}
      </Button>
      {asking && (
        <ReasonModal
          title={t("noData.title", { name: local(element.name) })}
          intro={t("noData.intro")}
          okText={t("noData.confirm")}
          minLength={5}
          onSubmit={(reason) => noData.mutateAsync({ element: element.code, reason })}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
