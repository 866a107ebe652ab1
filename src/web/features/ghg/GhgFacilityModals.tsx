// The coordinator's changes to one facility: an event of its life (renamed, a new owner, closed,
// restarted) with its date and note, and the department's details (contact, department following
// it, threshold, quota). Both send the facility's row version; a change made meanwhile is refused.
import { DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { GhgFacilityDetail } from "../../../contracts/ghg-register.js";
import { quotaSectors, thresholds } from "../../../domain/facility-lists/vocabulary.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { useRecordGhgEvent, useUpdateGhgFacility } from "./ghg.api.js";

type EventKind = "renamed" | "transferred" | "closed" | "restarted";

export function GhgEventModal({ facility, onClose }: { facility: GhgFacilityDetail; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{
    kind: EventKind;
    occurredOn: Dayjs;
    name?: string;
    taxCode?: string;
    note?: string;
  }>();
  const kind = Form.useWatch("kind", form);
  const save = useRecordGhgEvent(facility.id);
  const kinds: EventKind[] =
    facility.status === "active"
      ? ["renamed", "transferred", "closed"]
      : ["renamed", "transferred", "restarted"];
  const required = (field: string) => [{ required: true, message: t("ghg.import.required", { field }) }];
  const submit = async () => {
    const v = await form.validateFields();
    const base = { occurredOn: v.occurredOn.format("YYYY-MM-DD"), rowVersion: facility.rowVersion };
    const body =
      v.kind === "renamed"
        ? { ...base, kind: v.kind, name: v.name!, note: v.note || undefined }
        : v.kind === "transferred"
          ? { ...base, kind: v.kind, name: v.name!, taxCode: v.taxCode || null, note: v.note || undefined }
          : { ...base, kind: v.kind, note: v.note ?? "" };
    save.mutate(body, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={t("ghg.action.event")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: kinds[0], occurredOn: dayjs(), name: facility.name }}
      >
        <Form.Item name="kind" label={t("ghg.action.kind")} rules={required(t("ghg.action.kind"))}>
          <Select
            options={kinds.map((k) => ({ value: k, label: t(`ghg.event.${k}`) }))}
            data-testid="ghg-event-kind"
          />
        </Form.Item>
        <Form.Item name="occurredOn" label={t("ghg.action.date")} rules={required(t("ghg.action.date"))}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {(kind === "renamed" || kind === "transferred") && (
          <Form.Item name="name" label={t("ghg.action.newName")} rules={required(t("ghg.action.newName"))}>
            <Input />
          </Form.Item>
        )}
        {kind === "transferred" && (
          <Form.Item name="taxCode" label={t("ghg.col.taxCode")}>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t("ghg.action.note")}
          rules={kind === "closed" || kind === "restarted" ? required(t("ghg.action.note")) : []}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DetailsValues {
  address: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  agencyId?: string | null;
  threshold?: GhgFacilityDetail["threshold"];
  quotaSector?: GhgFacilityDetail["quotaSector"];
}

export function GhgDetailsModal({ facility, onClose }: { facility: GhgFacilityDetail; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<DetailsValues>();
  const agencies = useAgencies();
  const save = useUpdateGhgFacility(facility.id);
  const blank = (v: string | null | undefined) => (v ? v : null);
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        rowVersion: facility.rowVersion,
        address: v.address,
        contactName: blank(v.contactName),
        contactPhone: blank(v.contactPhone),
        contactEmail: blank(v.contactEmail),
        agencyId: v.agencyId ?? null,
        threshold: v.threshold ?? null,
        quotaStatus: v.quotaSector ? "allocated" : "none",
        quotaSector: v.quotaSector ?? null,
      },
      { onSuccess: onClose },
    );
  };
  const options = (o: Record<string, string>) =>
    Object.entries(o).map(([value, label]) => ({ value, label }));
  return (
    <Modal
      open
      title={t("ghg.action.details")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={facility}>
        <Form.Item name="address" label={t("ghg.col.address")} rules={[{ required: true, min: 3 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="agencyId" label={t("ghg.col.agency")}>
          <Select
            allowClear
            showSearch={searchIgnoringDiacritics}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="contactName" label={t("ghg.facility.contact")}>
          <Input />
        </Form.Item>
        <Form.Item name="contactPhone" label={t("ghg.action.phone")}>
          <Input />
        </Form.Item>
        <Form.Item name="contactEmail" label={t("ghg.action.email")} rules={[{ type: "email" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="threshold" label={t("ghg.facility.threshold")}>
          <Select allowClear options={options(thresholds)} />
        </Form.Item>
        <Form.Item name="quotaSector" label={t("ghg.action.quota")}>
          <Select allowClear placeholder={t("ghg.action.noQuota")} options={options(quotaSectors)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
