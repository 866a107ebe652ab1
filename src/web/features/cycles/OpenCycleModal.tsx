// "Mở kỳ đánh giá": framework, province, year, deadlines and the change threshold. The server
// generates the assignments; its complaints are shown next to the fields they are about.
import { Alert, App, Checkbox, Col, Form, InputNumber, Modal, Radio, Row, Select } from "antd";
import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import type { CreateCycleRequest } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { searchIgnoringDiacritics, showServerErrors } from "../../lib/forms.js";
import { provinceOptions } from "../computations/province-options.js";
import { useLocalText } from "../frameworks/describe.js";
import { editionForYear, editionYears } from "../frameworks/FrameworkTags.js";
import { useFramework, useFrameworks } from "../frameworks/frameworks.api.js";
import { provisionalChecklist } from "../frameworks/provisional-checklist.js";
import { useOrgUnits } from "../org-units/org-units.api.js";
import { useProvinceSetup } from "../setup/setup.api.js";
import { useOpenCycle } from "./cycles.api.js";
import {
  DeadlineFields,
  type DeadlineValues,
  deadlineField,
  deadlineKeys,
  deadlinesFromForm,
  defaultDeadlines,
} from "./DeadlineFields.js";

interface OpenValues extends DeadlineValues {
  frameworkCode?: string;
  editionCode?: string;
  orgUnitId?: string;
  year?: number;
  kind?: "assessment" | "history";
  changeThresholdPct?: number;
}

const fieldNames = [
  "frameworkCode",
  "editionCode",
  "orgUnitId",
  "year",
  "kind",
  "changeThresholdPct",
  ...deadlineKeys.map(deadlineField),
];

export function OpenCycleModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const local = useLocalText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenValues>();
  const frameworks = useFrameworks();
  const provinces = useOrgUnits({ level: "province" });
  const open = useOpenCycle();
  const [unplaced, setUnplaced] = useState<string | null>(null);
  const year = new Date().getFullYear() - 1;
  const frameworkCode = Form.useWatch("frameworkCode", form);
  const chosen = (frameworks.data ?? []).find((f) => f.code === frameworkCode);
  const computed = (frameworks.data ?? []).filter((f) => f.computed);
  const watchedYear = Form.useWatch("year", form);
  const edition = chosen && watchedYear ? editionForYear(chosen.editions, watchedYear) : undefined;
  const editionCode = Form.useWatch("editionCode", form) ?? edition?.code;
  // What of the edition no official text confirms yet: read, and acknowledged, before opening.
  const detail = useFramework(frameworkCode ?? "", undefined, Boolean(frameworkCode));
  const provisional = detail.data && editionCode ? provisionalChecklist(detail.data, editionCode) : [];
  const [acknowledged, setAcknowledged] = useState(false);

  // The frameworks may arrive after the form was drawn: preselect the PEPI one for last year.
  const pepi = computed.filter((f) => f.kind === "pepi");
  const preselect = (pepi.find((f) => coversYear(f.editions, year)) ?? pepi[0])?.code;
  useEffect(() => {
    if (preselect && !form.getFieldValue("frameworkCode")) form.setFieldsValue({ frameworkCode: preselect });
  }, [preselect, form]);
  // The province the installation serves, once set up, is the one proposed.
  const setup = useProvinceSetup();
  const ownProvince = provinces.data?.find((p) => p.code === setup.data?.province?.code)?.id;
  useEffect(() => {
    if (ownProvince && !form.getFieldValue("orgUnitId")) form.setFieldsValue({ orgUnitId: ownProvince });
  }, [ownProvince, form]);

  const submit = (values: OpenValues) => {
    setUnplaced(null);
    const request: CreateCycleRequest = {
      frameworkCode: values.frameworkCode ?? "",
      editionCode: values.editionCode || undefined,
      orgUnitId: values.orgUnitId ?? "",
      year: values.year ?? year,
      kind: values.kind ?? "assessment",
      deadlines: deadlinesFromForm(values),
      changeThresholdPct: values.changeThresholdPct ?? 20,
    };
    open.mutate(request, {
      onSuccess: (cycle) => {
        message.success(t("cycle.opened", { year: cycle.year, province: cycle.orgUnit.name }));
        onClose();
        navigate(`/cycles/${cycle.id}`);
      },
      onError: (error) =>
        setUnplaced(
          isApiError(error)
            ? showServerErrors(form, error, fieldNames, { CYCLE_EXISTS: "year", EDITION_NOT_FOUND: "year" })
            : String(error),
        ),
    });
  };

  // A new year moves the usual deadlines to the following year.
  const onValuesChange = (changed: Partial<OpenValues>) => {
    if (changed.year) {
      form.setFieldsValue(defaultDeadlines(changed.year));
      // The edition in force that year: a year before QĐ 383 is assessed by QĐ 2782.
      const current = computed.find((f) => f.code === form.getFieldValue("frameworkCode"));
      const fitting = pepi.find((f) => coversYear(f.editions, changed.year!));
      if (current && !coversYear(current.editions, changed.year) && fitting)
        form.setFieldsValue({ frameworkCode: fitting.code, editionCode: undefined });
    }
    if (changed.frameworkCode) {
      const editions = computed.find((f) => f.code === changed.frameworkCode)?.editions ?? [];
      const current = form.getFieldValue("year") as number | undefined;
      const fitting = current && coversYear(editions, current) ? current : latestYear(editions, year);
      form.setFieldsValue({ editionCode: undefined, year: fitting, ...defaultDeadlines(fitting) });
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t("cycle.openTitle")}
      okText={t("cycle.openSubmit")}
      cancelText={t("common.cancel")}
      confirmLoading={open.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{
        "data-testid": "open-cycle-submit",
        disabled: provisional.length > 0 && !acknowledged,
      }}
    >
      {unplaced && <Alert type="error" showIcon role="alert" title={unplaced} style={{ marginBottom: 16 }} />}
      <Form<OpenValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={onValuesChange}
        initialValues={{
          frameworkCode: preselect,
          year,
          kind: "assessment",
          changeThresholdPct: 20,
          ...defaultDeadlines(year),
        }}
        data-testid="open-cycle-form"
      >
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item
              name="frameworkCode"
              label={t("cycle.framework")}
              rules={[
                {
                  required: true,
                  message: t("common.requiredChoice", { field: t("cycle.framework").toLowerCase() }),
                },
              ]}
            >
              <Select
                showSearch={searchIgnoringDiacritics}
                loading={frameworks.isPending}
                options={computed.map((f) => ({ value: f.code, label: `${f.code} · ${local(f.name)}` }))}
                data-testid="open-cycle-framework"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="editionCode" label={t("cycle.edition")} tooltip={t("cycle.editionHint")}>
              <Select
                allowClear
                placeholder={t("cycle.editionByYear")}
                options={(chosen?.editions ?? []).map((e) => ({
                  value: e.code,
                  label: `${editionYears(e, t)}${e.name ? ` · ${local(e.name)}` : ""}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="orgUnitId"
              label={t("cycle.province")}
              rules={[
                {
                  required: true,
                  message: t("common.requiredChoice", { field: t("cycle.province").toLowerCase() }),
                },
              ]}
            >
              <Select
                showSearch={searchIgnoringDiacritics}
                loading={provinces.isPending}
                options={provinceOptions(provinces.data, t)}
                data-testid="open-cycle-province"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="year"
              label={t("cycle.year")}
              rules={[
                { required: true, message: t("common.required", { field: t("cycle.year").toLowerCase() }) },
              ]}
              extra={edition && t("cycle.editionLine", { edition: editionYears(edition, t) })}
            >
              <InputNumber min={2000} max={2100} style={{ width: "100%" }} data-testid="open-cycle-year" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="changeThresholdPct"
              label={t("cycle.threshold")}
              tooltip={t("cycle.thresholdHint")}
            >
              <InputNumber min={1} max={1000} suffix="%" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" label={t("cycle.kind")}>
          <Radio.Group
            options={[
              { value: "assessment", label: t("cycleKind.assessment") },
              { value: "history", label: t("cycleKind.history") },
            ]}
          />
        </Form.Item>
        <DeadlineFields />
      </Form>
      {provisional.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="open-cycle-provisional"
          title={t("cycle.provisionalTitle", { count: provisional.length })}
          description={
            <>
              <ul style={{ margin: "4px 0", paddingLeft: 20 }}>
                {provisional.slice(0, shownProvisional).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {provisional.length > shownProvisional && (
                  <li>{t("cycle.provisionalMore", { count: provisional.length - shownProvisional })}</li>
                )}
              </ul>
              <p style={{ margin: "4px 0" }}>
                {t("cycle.provisionalHow")}{" "}
                <Link to={`/frameworks/${encodeURIComponent(frameworkCode ?? "")}`}>
                  {t("cycle.provisionalLink")}
                </Link>
              </p>
              <Checkbox
                checked={acknowledged}
                onChange={(e) => setAcknowledged(e.target.checked)}
                data-testid="open-cycle-acknowledge"
              >
                {t("cycle.provisionalAcknowledge")}
              </Checkbox>
            </>
          }
        />
      )}
    </Modal>
  );
}

/** Lines of the provisional checklist shown at once; the rest are counted. */
const shownProvisional = 8;

type Edition = { yearsFrom: number; yearsTo: number | null };
const coversYear = (editions: Edition[], year: number) =>
  editions.some((e) => e.yearsFrom <= year && (e.yearsTo === null || year <= e.yearsTo));

/** The latest year a framework's editions cover, not after the preferred one. */
function latestYear(editions: Edition[], preferred: number): number {
  const ends = editions.map((e) => Math.min(e.yearsTo ?? preferred, preferred)).filter((y) => y >= 2000);
  return ends.length > 0 ? Math.max(...ends) : preferred;
}
