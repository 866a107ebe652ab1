// The draft plan drawn from a what-if, before it is created: the plan's title, issuer and years,
// and for each indicator chosen where it stands, the value aimed at (the one that scores in full
// unless changed) and the agencies that lead and support, as the server proposes them. Problems
// come back on the fields they are about, each naming its indicator.
import {
  Alert,
  App,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from "antd";
import { type ReactNode, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import type { PlanProposal, PlanProposalIndicator } from "../../../contracts/plan-from-what-if.js";
import { valueWithUnit } from "../../../domain/plans/plan-from-what-if.js";
import { periodText } from "../../../domain/plans/plan-rules.js";
import { ErrorAlert, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { useT } from "../../i18n/index.js";
import { ApiError } from "../../lib/api.js";
import { decimalRule, decimalText, readDecimal } from "../../lib/decimal.js";
import { formatDecimal } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useDraftPlanFromWhatIf, usePlanProposal, type WhatIfSource } from "./plan-from-what-if.api.js";
import { usePlans } from "./plans.api.js";

interface IndicatorValues {
  code: string;
  target: string;
  leadAgencyIds: string[];
  supportingAgencyIds: string[];
}

interface FormValues {
  title: string;
  issuer: string;
  periodFrom: number;
  periodTo: number;
  implementsPlanId?: string | null;
  indicators: IndicatorValues[];
}

const planFields = ["title", "issuer", "periodFrom", "periodTo", "implementsPlanId"];

export function PlanFromWhatIfModal({
  source,
  codes,
  onClose,
}: {
  source: WhatIfSource;
  /** The indicators ticked, in the what-if's order. */
  codes: string[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const proposal = usePlanProposal(source);
  const draft = useDraftPlanFromWhatIf();

  const submit = (values: FormValues) => {
    setFormError(null);
    draft.mutate(
      {
        ...source,
        title: values.title,
        issuer: values.issuer,
        periodFrom: values.periodFrom,
        periodTo: values.periodTo,
        implementsPlanId: values.implementsPlanId ?? null,
        indicators: values.indicators.map((i) => ({
          code: i.code,
          target: readDecimal(i.target) ?? null,
          leadAgencyIds: i.leadAgencyIds,
          supportingAgencyIds: i.supportingAgencyIds,
        })),
      },
      {
        onSuccess: (plan) => {
          message.success(t("planFromWhatIf.created"));
          onClose();
          navigate(`/plans/${plan.id}`);
        },
        onError: (error) => setFormError(placeOnFields(form, error)),
      },
    );
  };

  return (
    <Modal
      open
      title={t("planFromWhatIf.title")}
      okText={t("planFromWhatIf.create")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={draft.isPending}
      okButtonProps={{ disabled: !proposal.data, "data-testid": "plan-from-what-if-create" }}
      destroyOnHidden
      width={760}
    >
      {proposal.isPending ? (
        <FullPageSpin />
      ) : proposal.isError ? (
        <PageError error={proposal.error} onRetry={() => void proposal.refetch()} />
      ) : (
        <ProposalForm
          proposal={proposal.data}
          codes={codes}
          form={form}
          formError={formError}
          onFinish={submit}
        />
      )}
    </Modal>
  );
}

function ProposalForm({
  proposal,
  codes,
  form,
  formError,
  onFinish,
}: {
  proposal: PlanProposal;
  codes: string[];
  form: FormInstance<FormValues>;
  formError: string | null;
  onFinish: (values: FormValues) => void;
}) {
  const t = useT();
  const plans = usePlans();
  const chosen = proposal.indicators.filter((i) => codes.includes(i.code));
  const missing = codes.filter((code) => !chosen.some((i) => i.code === code));
  const agencyOptions = proposal.agencies.map((a) => ({ value: a.id, label: a.name }));
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t("common.required", { field: label.toLowerCase() }),
  });
  // The title names the years ("giai đoạn 2026–2027"): it follows them while it still says them.
  const named = useRef(periodWords(proposal.defaults));
  const followYears = (changed: Partial<FormValues>, values: FormValues) => {
    if (!("periodFrom" in changed || "periodTo" in changed)) return;
    if (!values.periodFrom || !values.periodTo) return;
    const words = periodWords(values);
    if (values.title?.includes(named.current))
      form.setFieldValue("title", values.title.replace(named.current, words));
    named.current = words;
  };
  const initial: FormValues = {
    ...proposal.defaults,
    implementsPlanId: null,
    indicators: chosen.map((i) => ({
      code: i.code,
      target: decimalText(i.fullValue),
      leadAgencyIds: i.lead.map((a) => a.id),
      supportingAgencyIds: i.supporting.map((a) => a.id),
    })),
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t("planFromWhatIf.intro")}</Typography.Paragraph>
      <Typography.Paragraph className="small" data-testid="plan-from-what-if-source">
        {t("planFromWhatIf.source", { label: proposal.source.label })}
      </Typography.Paragraph>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("planFromWhatIf.notOffered", { names: missing.join(", ") })}
        />
      )}
      <ErrorAlert error={formError} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        onValuesChange={followYears}
        data-testid="plan-from-what-if-form"
      >
        <Group legend={t("planFromWhatIf.plan")}>
          <Form.Item name="title" label={t("plan.title")} rules={[required(t("plan.title"))]}>
            <Input.TextArea autoSize maxLength={500} />
          </Form.Item>
          <Form.Item name="issuer" label={t("plan.issuer")} rules={[required(t("plan.issuer"))]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap size={16}>
            <Form.Item
              name="periodFrom"
              label={t("plan.periodFrom")}
              rules={[
                {
                  required: true,
                  message: t("common.required", { field: t("plan.periodFrom").toLowerCase() }),
                },
              ]}
            >
              <InputNumber min={2000} max={2100} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item
              name="periodTo"
              label={t("plan.periodTo")}
              rules={[
                {
                  required: true,
                  message: t("common.required", { field: t("plan.periodTo").toLowerCase() }),
                },
              ]}
            >
              <InputNumber min={2000} max={2100} style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="implementsPlanId"
            label={t("plan.implementsField")}
            extra={t("plan.implementsHelp")}
          >
            <Select
              allowClear
              showSearch={searchIgnoringDiacritics}
              options={(plans.data?.items ?? []).map((p) => ({
                value: p.id,
                label: p.numberSymbol ? `${p.numberSymbol} – ${p.title}` : p.title,
              }))}
            />
          </Form.Item>
        </Group>
        {chosen.map((indicator, index) => (
          <IndicatorFields
            key={indicator.code}
            indicator={indicator}
            index={index}
            year={proposal.source.year}
            agencyOptions={agencyOptions}
          />
        ))}
      </Form>
    </>
  );
}

/** The years as the default title says them: "năm 2026", "giai đoạn 2026–2027". */
const periodWords = (period: { periodFrom: number; periodTo: number }) =>
  `${period.periodFrom === period.periodTo ? "năm" : "giai đoạn"} ${periodText(period)}`;

/** One indicator's place in the plan, its fields grouped under its name. */
function IndicatorFields({
  indicator,
  index,
  year,
  agencyOptions,
}: {
  indicator: PlanProposalIndicator;
  index: number;
  year: number;
  agencyOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const full =
    indicator.fullValue === null
      ? t("planFromWhatIf.fullUnknown")
      : t(
          indicator.direction === "lower_is_better"
            ? "planFromWhatIf.fullAtMost"
            : "planFromWhatIf.fullAtLeast",
          {
            value: valueWithUnit(indicator.fullValue, indicator.unit),
          },
        );
  const leadHelp = t(
    indicator.leadFrom === "cycle"
      ? "planFromWhatIf.leadFromCycle"
      : indicator.leadFrom === "framework"
        ? "planFromWhatIf.leadFromFramework"
        : "planFromWhatIf.leadFromNone",
  );
  return (
    <Group legend={indicator.name} testId={`plan-from-what-if-${indicator.code}`}>
      <p className="small muted" style={{ marginTop: 0 }}>
        {indicator.value === null
          ? t("planFromWhatIf.notComputed", { year })
          : t("planFromWhatIf.now", { value: valueWithUnit(indicator.value, indicator.unit), year })}
        {" · "}
        {t("planFromWhatIf.points", {
          points: formatDecimal(indicator.points),
          max: formatDecimal(indicator.maxPoints),
          gain: formatDecimal(indicator.gain),
        })}
      </p>
      <Form.Item name={["indicators", index, "code"]} hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name={["indicators", index, "target"]}
        label={t("planFromWhatIf.target")}
        extra={full}
        rules={[
          { required: true, whitespace: true, message: t("planFromWhatIf.targetRequired") },
          decimalRule(t),
        ]}
      >
        <Input
          inputMode="decimal"
          // Room for the figure beside a long unit ("xe/10.000 dân đô thị").
          style={{ maxWidth: indicator.unit.length > 4 ? 340 : 200 }}
          suffix={indicator.unit || undefined}
          data-testid={`plan-from-what-if-target-${indicator.code}`}
        />
      </Form.Item>
      <Form.Item
        name={["indicators", index, "leadAgencyIds"]}
        label={t("planFromWhatIf.lead")}
        extra={leadHelp}
        rules={[{ required: true, type: "array", min: 1, message: t("planFromWhatIf.leadRequired") }]}
      >
        <Select mode="multiple" showSearch={searchIgnoringDiacritics} options={agencyOptions} />
      </Form.Item>
      <Form.Item name={["indicators", index, "supportingAgencyIds"]} label={t("planFromWhatIf.supporting")}>
        <Select mode="multiple" showSearch={searchIgnoringDiacritics} options={agencyOptions} />
      </Form.Item>
    </Group>
  );
}

/** Fields that belong together, named by their legend for whoever reads the form aloud. */
function Group({ legend, testId, children }: { legend: string; testId?: string; children: ReactNode }) {
  return (
    <fieldset
      data-testid={testId}
      style={{ border: "1px solid #d9d9d9", borderRadius: 8, padding: "4px 16px 0", margin: "0 0 16px" }}
    >
      <legend
        style={{ width: "auto", margin: 0, padding: "0 6px", border: 0, fontSize: 15, fontWeight: 600 }}
      >
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

/** The server's problems on their fields: "indicators.2.target" on that indicator's box. */
function placeOnFields(form: FormInstance<FormValues>, error: unknown): string | null {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code !== "VALIDATION_FAILED" || error.details.length === 0) return error.message;
  const unplaced: string[] = [];
  const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const problem of error.details) {
    const path = problem.field ?? "";
    const nested = /^indicators\.(\d+)\.(target|leadAgencyIds|supportingAgencyIds)$/.exec(path);
    const name = nested
      ? ["indicators", Number(nested[1]), nested[2]!]
      : planFields.includes(path)
        ? [path]
        : null;
    if (!name) {
      unplaced.push(problem.message);
      continue;
    }
    const key = name.join(".");
    placed.set(key, { name, errors: [...(placed.get(key)?.errors ?? []), problem.message] });
  }
  form.setFields([...placed.values()] as Parameters<typeof form.setFields>[0]);
  return unplaced.length ? unplaced.join(" ") : null;
}
