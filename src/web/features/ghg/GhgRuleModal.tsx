// The coordinator's edit of one obligation rule: due day and month, years, recurrence, facilities
// concerned, whether the sources confirm it (and which parts they do not), and the note saying why.
// Sends the rule's row version; the server validates it as it validates the shipped file.
import { Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Select } from "antd";
import type { GhgRuleView } from "../../../contracts/ghg-obligations.js";
import { facilityScopes, ruleParts } from "../../../domain/ghg/obligation-rules.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { useUpdateGhgRule } from "./ghg-obligations.api.js";

interface Values {
  dueDay: number;
  dueMonth: number;
  fromYear: number;
  untilYear?: number | null;
  every: 1 | 2;
  cycleFrom?: number | null;
  facilities: (typeof facilityScopes)[number];
  status: "confirmed" | "provisional";
  unconfirmed: (typeof ruleParts)[number][];
  note?: string;
}

export function GhgRuleModal({ view, onClose }: { view: GhgRuleView; onClose: () => void }) {
  const t = useT();
  const r = view.rule;
  const [form] = Form.useForm<Values>();
  const every = Form.useWatch("every", form);
  const status = Form.useWatch("status", form);
  const save = useUpdateGhgRule(r.code);
  const required = (field: string) => [{ required: true, message: t("ghgObl.form.required", { field }) }];
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        rowVersion: view.rowVersion,
        due: { day: v.dueDay, month: v.dueMonth },
        fromYear: v.fromYear,
        untilYear: v.untilYear ?? null,
        recurrence: { every: v.every, fromYear: v.every === 2 ? (v.cycleFrom ?? v.fromYear) : null },
        facilities: v.facilities,
        status: v.status,
        unconfirmed: v.status === "confirmed" ? [] : v.unconfirmed,
        note: v.note?.trim() || null,
      },
      { onSuccess: onClose },
    );
  };
  const year = { min: 2000, max: 2100, style: { width: "100%" } };
  return (
    <Modal
      open
      title={t("ghgObl.form.title", { name: r.owed.vi })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          dueDay: r.due.day,
          dueMonth: r.due.month,
          fromYear: r.fromYear,
          untilYear: r.untilYear ?? null,
          every: r.recurrence.every,
          cycleFrom: r.recurrence.fromYear ?? null,
          facilities: r.facilities,
          status: r.status,
          unconfirmed: r.unconfirmed ?? [],
          note: r.note ?? "",
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="dueDay" label={t("ghgObl.form.dueDay")} rules={required(t("ghgObl.form.dueDay"))}>
            <InputNumber min={1} max={31} data-testid="ghg-rule-day" />
          </Form.Item>
          <Form.Item
            name="dueMonth"
            label={t("ghgObl.form.dueMonth")}
            rules={required(t("ghgObl.form.dueMonth"))}
          >
            <InputNumber min={1} max={12} />
          </Form.Item>
          <Form.Item
            name="fromYear"
            label={t("ghgObl.form.fromYear")}
            rules={required(t("ghgObl.form.fromYear"))}
          >
            <InputNumber {...year} />
          </Form.Item>
          <Form.Item name="untilYear" label={t("ghgObl.form.untilYear")}>
            <InputNumber {...year} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="every" label={t("ghgObl.form.every")}>
            <Radio.Group
              options={[
                { value: 1, label: t("ghgObl.form.every1") },
                { value: 2, label: t("ghgObl.form.every2") },
              ]}
            />
          </Form.Item>
          {every === 2 && (
            <Form.Item name="cycleFrom" label={t("ghgObl.form.cycleFrom")}>
              <InputNumber {...year} />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="facilities" label={t("ghgObl.col.scope")}>
          <Select options={facilityScopes.map((s) => ({ value: s, label: t(`ghgObl.scope.${s}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t("ghgObl.col.status")}>
          <Radio.Group
            options={(["confirmed", "provisional"] as const).map((s) => ({
              value: s,
              label: t(`ghgObl.status.${s}`),
            }))}
          />
        </Form.Item>
        {status === "provisional" && (
          <Form.Item name="unconfirmed" label={t("ghgObl.form.unconfirmed")}>
            <Checkbox.Group options={ruleParts.map((p) => ({ value: p, label: t(`ghgObl.part.${p}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t("ghgObl.form.note")}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
