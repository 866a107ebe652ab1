// Adds or changes a plan as issued. The server checks the record (years, number and date once
// issued, the plan it implements); its problems are shown on their fields.
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { type Plan, planScopes, planStatuses } from "../../../contracts/plans.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { searchIgnoringDiacritics, showServerErrors } from "../../lib/forms.js";
import { type PlanInput, useSavePlan } from "./plans.api.js";

type FormValues = Omit<PlanInput, "issuedOn"> & { issuedOn?: Dayjs | null };
const fields = [
  "numberSymbol",
  "issuedOn",
  "issuer",
  "title",
  "periodFrom",
  "periodTo",
  "scope",
  "status",
  "implementsPlanId",
];
const thisYear = new Date().getFullYear();

export function PlanFormModal({
  plan,
  plans,
  onClose,
}: {
  plan: Plan | null;
  plans: Plan[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSavePlan();
  const initial: Partial<FormValues> = plan
    ? {
        ...plan,
        issuedOn: plan.issuedOn ? dayjs(plan.issuedOn) : null,
        implementsPlanId: plan.implements?.id ?? null,
      }
    : { scope: "pepi", status: "draft", periodFrom: thisYear, periodTo: thisYear + 2 };
  const submit = (values: FormValues) => {
    setFormError(null);
    const payload: PlanInput = {
      ...values,
      numberSymbol: values.numberSymbol?.trim() || null,
      issuedOn: values.issuedOn ? values.issuedOn.format("YYYY-MM-DD") : null,
      implementsPlanId: values.implementsPlanId ?? null,
    };
    save.mutate(
      { plan, values: payload },
      {
        onSuccess: () => {
          message.success(t("common.saved"));
          onClose();
        },
        onError: (error) =>
          setFormError(isApiError(error) ? showServerErrors(form, error, fields) : String(error)),
      },
    );
  };
  const required = (label: string) => ({
    required: true,
    message: t("common.required", { field: label.toLowerCase() }),
  });
  return (
    <Modal
      open
      title={plan ? t("plan.edit") : t("plan.add")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={formError} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        data-testid="plan-form"
      >
        <Form.Item name="title" label={t("plan.title")} rules={[required(t("plan.title"))]}>
          <Input.TextArea autoSize maxLength={500} />
        </Form.Item>
        <Form.Item name="issuer" label={t("plan.issuer")} rules={[required(t("plan.issuer"))]}>
          <Input maxLength={200} placeholder={t("plan.issuerExample")} />
        </Form.Item>
        <Form.Item name="numberSymbol" label={t("plan.number")} extra={t("plan.numberHelp")}>
          <Input maxLength={60} placeholder="262/KH-UBND" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t("plan.issuedOn")}>
          <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="periodFrom" label={t("plan.periodFrom")} rules={[required(t("plan.periodFrom"))]}>
          <InputNumber min={2000} max={2100} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="periodTo" label={t("plan.periodTo")} rules={[required(t("plan.periodTo"))]}>
          <InputNumber min={2000} max={2100} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="scope" label={t("plan.scope")} rules={[required(t("plan.scope"))]}>
          <Select options={planScopes.map((s) => ({ value: s, label: t(`plan.scope.${s}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t("common.status")} rules={[required(t("common.status"))]}>
          <Select options={planStatuses.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="implementsPlanId" label={t("plan.implementsField")} extra={t("plan.implementsHelp")}>
          <Select
            allowClear
            showSearch={searchIgnoringDiacritics}
            options={plans
              .filter((p) => p.id !== plan?.id)
              .map((p) => ({
                value: p.id,
                label: p.numberSymbol ? `${p.numberSymbol} – ${p.title}` : p.title,
              }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
