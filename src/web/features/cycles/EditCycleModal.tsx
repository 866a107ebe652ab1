// Changes a cycle's deadlines or its change threshold. The version read is sent back, so an
// edit made meanwhile by someone else is refused rather than overwritten.
import { Alert, App, Form, InputNumber, Modal } from "antd";
import { useState } from "react";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { showServerErrors } from "../../lib/forms.js";
import { useUpdateCycle } from "./cycles.api.js";
import {
  DeadlineFields,
  type DeadlineValues,
  deadlineField,
  deadlineKeys,
  deadlinesFromForm,
  deadlinesToForm,
} from "./DeadlineFields.js";

interface EditValues extends DeadlineValues {
  changeThresholdPct?: number;
}

export function EditCycleModal({ cycle, onClose }: { cycle: CycleDetail; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateCycle(cycle.id);
  const [unplaced, setUnplaced] = useState<string | null>(null);

  const submit = (values: EditValues) => {
    setUnplaced(null);
    update.mutate(
      {
        rowVersion: cycle.rowVersion,
        deadlines: deadlinesFromForm(values),
        changeThresholdPct: values.changeThresholdPct ?? cycle.changeThresholdPct,
      },
      {
        onSuccess: () => {
          message.success(t("common.saved"));
          onClose();
        },
        onError: (error) =>
          setUnplaced(
            isApiError(error)
              ? showServerErrors(form, error, ["changeThresholdPct", ...deadlineKeys.map(deadlineField)])
              : String(error),
          ),
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title={t("cycle.editTitle")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {unplaced && <Alert type="error" showIcon role="alert" title={unplaced} style={{ marginBottom: 16 }} />}
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ changeThresholdPct: cycle.changeThresholdPct, ...deadlinesToForm(cycle.deadlines) }}
      >
        <DeadlineFields />
        <Form.Item name="changeThresholdPct" label={t("cycle.threshold")} tooltip={t("cycle.thresholdHint")}>
          <InputNumber min={1} max={1000} suffix="%" style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
