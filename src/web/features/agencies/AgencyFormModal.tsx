// Adds or edits an agency. Checks come from the same zod contract the server applies; an edit
// carries the updatedAt it started from, so a concurrent change is refused, not overwritten.
import { App, Checkbox, Form, Input, Modal, Select, Switch } from "antd";
import { useEffect, useMemo, useState } from "react";
import { type Agency, agencyKinds, createAgencyRequestSchema } from "../../../contracts/agencies.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { compareVietnamese } from "../../lib/format.js";
import { emptyToNull, searchIgnoringDiacritics, showServerErrors, zodRule } from "../../lib/forms.js";
import { useOrgUnits } from "../org-units/org-units.api.js";
import { type CreateAgencyInput, useAgencies, useSaveAgency } from "./agencies.api.js";

type AgencyForm = CreateAgencyInput & { active?: boolean; successorAgencyId?: string | null };
const fields = [
  "code",
  "name",
  "shortName",
  "kind",
  "orgUnitId",
  "hasHeadSignOff",
  "active",
  "successorAgencyId",
];
const shape = createAgencyRequestSchema.shape;
const today = () => new Date().toISOString().slice(0, 10);

export function AgencyFormModal({ agency, onClose }: { agency: Agency | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveAgency();
  const orgUnits = useOrgUnits({ onDate: today() });
  const agencies = useAgencies(agency !== null);

  useEffect(() => {
    form.setFieldsValue(
      agency ? { ...agency, orgUnitId: agency.orgUnit.id } : { kind: "department", hasHeadSignOff: false },
    );
  }, [agency, form]);

  const orgUnitOptions = useMemo(() => {
    const units = [...(orgUnits.data ?? [])];
    // An agency's unit may have ceased to exist (2025 merger); keep it choosable.
    if (agency && !units.some((u) => u.id === agency.orgUnit.id))
      units.push({ ...agency.orgUnit, level: agency.orgUnit.level as "province" } as (typeof units)[number]);
    return units
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((u) => ({ value: u.id, label: `${u.name} (${t(`orgLevel.${u.level}`)})` }));
  }, [orgUnits.data, agency, t]);

  const submit = (values: AgencyForm) => {
    setFormError(null);
    const { code, ...rest } = emptyToNull(values);
    // A cleared choice is undefined in the form; null tells the server to clear it.
    const payload = agency
      ? { ...rest, successorAgencyId: rest.successorAgencyId ?? null, expectedUpdatedAt: agency.updatedAt }
      : { code, ...rest };
    save.mutate(
      { id: agency?.id ?? null, values: payload },
      {
        onSuccess: (saved) => {
          message.success(agency ? t("common.saved") : t("agency.created", { name: saved.name }));
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
      title={agency ? t("agency.edit") : t("agency.create")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <ErrorAlert error={formError} />
      <Form<AgencyForm> form={form} layout="vertical" onFinish={submit} data-testid="agency-form">
        {!agency && (
          <Form.Item
            name="code"
            label={t("agency.code")}
            extra={t("agency.codeRule")}
            rules={[required(t("agency.code")), zodRule(shape.code, t, t("agency.codeInvalid"))]}
          >
            <Input maxLength={40} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t("agency.name")}
          rules={[required(t("agency.name")), zodRule(shape.name, t)]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="shortName" label={t("agency.shortName")} rules={[zodRule(shape.shortName, t)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t("agency.kind")} rules={[required(t("agency.kind"))]}>
          <Select options={agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t("agency.orgUnit")} rules={[required(t("agency.orgUnit"))]}>
          <Select
            showSearch={searchIgnoringDiacritics}
            loading={orgUnits.isPending}
            options={orgUnitOptions}
          />
        </Form.Item>
        <Form.Item name="hasHeadSignOff" valuePropName="checked">
          <Checkbox>{t("agency.hasHeadSignOff")}</Checkbox>
        </Form.Item>
        {agency && (
          <Form.Item name="active" label={t("agency.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {agency && (
          <Form.Item name="successorAgencyId" label={t("agency.successor")} extra={t("agency.successorHelp")}>
            <Select
              allowClear
              showSearch={searchIgnoringDiacritics}
              loading={agencies.isPending}
              options={successorOptions(agencies.data ?? [], agency)}
              data-testid="agency-successor"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Agencies it may have gone into: of its own kind of data (real or demonstration), never itself. */
function successorOptions(all: Agency[], agency: Agency) {
  const candidates = all.filter((x) => x.id !== agency.id && x.isDemo === agency.isDemo);
  const repeated = new Set(
    candidates.map((x) => x.name).filter((name, i, names) => names.indexOf(name) !== i),
  );
  // Two agencies of one name (in two units) are told apart by their unit.
  return candidates.map((x) => ({
    value: x.id,
    label: repeated.has(x.name) ? `${x.name} (${x.orgUnit.name})` : x.name,
  }));
}
