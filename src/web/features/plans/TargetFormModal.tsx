// Adds or changes one target of a plan: what measures it, its baseline and its value for each
// year of the plan. The plan's targets are saved whole; the server checks them and its problems
// land on this target's fields (others' above the form).
import { Form, Input, InputNumber, Modal, Radio, Select, Typography } from "antd";
import { useState } from "react";
import { type PlanDetail, type TargetMeasure, targetMeasures } from "../../../contracts/plan-content.js";
import { planYears } from "../../../domain/plans/plan-rules.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { decimalRule, decimalText, readDecimal } from "../../lib/decimal.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { placeProblems, targetInputOf } from "./plan-forms.js";
import { type TargetInput, useMeasureOptions, useSavePlanContent } from "./plans.api.js";

interface FormValues {
  measure: TargetMeasure | null;
  measureRef?: string | null;
  name?: string | null;
  unit?: string | null;
  direction?: "up" | "down" | null;
  baselineValue?: string;
  baselineYear: number | null;
  baselineSource?: string | null;
  /** One box per year of the plan: `y2024`. */
  [year: `y${number}`]: string | undefined;
}

export function TargetFormModal({
  plan,
  index,
  onClose,
}: {
  plan: PlanDetail;
  /** The target edited, or null for a new one. */
  index: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSavePlanContent(plan.id);
  const options = useMeasureOptions();
  const measure = Form.useWatch("measure", form);
  const editing = index === null ? null : plan.targets[index]!;
  const initial: Partial<FormValues> = editing
    ? {
        ...targetInputOf(editing),
        baselineValue: editing.baseline.entered ? decimalText(editing.baseline.value) : "",
        ...Object.fromEntries(editing.years.map((y) => [`y${y.year}`, decimalText(y.target)])),
      }
    : { measure: null, baselineYear: plan.periodFrom - 1 };
  const position = index ?? plan.targets.length;

  const submit = (values: FormValues) => {
    setFormError(null);
    const target: TargetInput = {
      id: editing?.id,
      measure: values.measure,
      measureRef: values.measureRef ?? null,
      name: values.name ?? null,
      unit: values.unit ?? null,
      direction: values.direction ?? null,
      baselineValue: readDecimal(values.baselineValue) ?? null,
      baselineYear: values.baselineYear ?? null,
      baselineSource: values.baselineSource ?? null,
      yearly: planYears(plan).flatMap((year) => {
        const value = readDecimal(values[`y${year}`]);
        return value === null || value === undefined ? [] : [{ year, value }];
      }),
    };
    const targets = plan.targets.map(targetInputOf);
    targets.splice(position, editing ? 1 : 0, target);
    save.mutate(
      {
        targets: {
          expectedRowVersion: plan.rowVersion,
          atRiskBelowPercent: plan.atRiskBelowPercent,
          targets,
        },
      },
      {
        onSuccess: onClose,
        onError: (error) =>
          setFormError(
            placeProblems(form, error, (path) => {
              const prefix = `targets.${position}.`;
              if (!path.startsWith(prefix)) return null;
              const field = path.slice(prefix.length);
              const year = field.match(/^yearly\.(\d+)\./);
              if (year) return `y${target.yearly[Number(year[1])]?.year}`;
              return field === "yearly" ? `y${plan.periodFrom}` : field;
            }),
          ),
      },
    );
  };

  const refOptions =
    measure === "pepi_indicator"
      ? (options.data?.indicators ?? []).map((i) => ({
          value: i.ref,
          label: `${i.label}${i.unit ? ` (${i.unit})` : ""} – ${i.framework}`,
        }))
      : (options.data?.pgiParts ?? []).map((p, i) => ({ value: p.ref, label: `${i + 1}. ${p.label}` }));

  return (
    <Modal
      open
      title={editing ? t("planTarget.edit") : t("planTarget.add")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "target-save" }}
      destroyOnHidden
      width={680}
    >
      <ErrorAlert error={formError} />
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="measure" label={t("planTarget.measure")}>
          <Select
            data-testid="target-measure"
            placeholder={t("planTarget.measurePick")}
            options={targetMeasures.map((m) => ({ value: m, label: t(`planTarget.measure.${m}`) }))}
          />
        </Form.Item>
        {(measure === "pepi_indicator" || measure === "pgi_part_score" || measure === "pgi_part_rank") && (
          <Form.Item
            name="measureRef"
            label={measure === "pepi_indicator" ? t("planTarget.indicator") : t("planTarget.pgiPart")}
          >
            <Select showSearch={searchIgnoringDiacritics} options={refOptions} data-testid="target-ref" />
          </Form.Item>
        )}
        {measure === "own" && (
          <>
            <Form.Item name="name" label={t("planTarget.name")}>
              <Input.TextArea autoSize maxLength={300} />
            </Form.Item>
            <Form.Item name="unit" label={t("planTarget.unit")}>
              <Input maxLength={40} placeholder="%" style={{ maxWidth: 200 }} />
            </Form.Item>
            <Form.Item name="direction" label={t("planTarget.direction")}>
              <Radio.Group
                options={[
                  { value: "up", label: t("planTarget.direction.up") },
                  { value: "down", label: t("planTarget.direction.down") },
                ]}
              />
            </Form.Item>
          </>
        )}
        <Typography.Title level={5}>{t("planTarget.baseline")}</Typography.Title>
        <Form.Item name="baselineYear" label={t("planTarget.baselineYear")}>
          <InputNumber min={2000} max={2100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="baselineValue"
          label={t("planTarget.baselineValue")}
          extra={t("planTarget.baselineValueHelp")}
          rules={[decimalRule(t)]}
        >
          <Input inputMode="decimal" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="baselineSource" label={t("planTarget.baselineSource")}>
          <Input maxLength={300} />
        </Form.Item>
        <Typography.Title level={5}>{t("planTarget.yearly")}</Typography.Title>
        <Typography.Paragraph type="secondary">{t("planTarget.yearlyHelp")}</Typography.Paragraph>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0 16px" }}>
          {planYears(plan).map((year) => (
            <Form.Item
              key={year}
              name={`y${year}`}
              label={t("planTarget.year", { year })}
              rules={[decimalRule(t)]}
            >
              <Input inputMode="decimal" style={{ width: 140 }} data-testid={`target-year-${year}`} />
            </Form.Item>
          ))}
        </div>
      </Form>
    </Modal>
  );
}
