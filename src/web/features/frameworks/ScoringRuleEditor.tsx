// Form part for a scoring rule: its type and the parameters of that type. Bands are an
// editable table (from, to, share of the points in per cent).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, Row, Select, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { decimalRule } from "../../lib/decimal.js";
import { type ScoringType, scoringTypes } from "./scoring-form.js";

function NumberField({
  name,
  label,
  hint,
  suffix,
}: {
  name: string;
  label: string;
  hint?: string;
  suffix?: string;
}) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={hint}
      rules={[
        { required: true, message: t("common.required", { field: label.toLowerCase() }) },
        decimalRule(t),
      ]}
    >
      <Input inputMode="decimal" suffix={suffix} />
    </Form.Item>
  );
}

function BandsEditor() {
  const t = useT();
  const required = { required: true, message: t("scoring.bands.required") };
  return (
    <Form.List
      name="bands"
      rules={[
        {
          validator: async (_r, rows?: unknown[]) => {
            if (!rows?.length) throw new Error(t("scoring.bands.atLeastOne"));
          },
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <div className="bands-editor" data-testid="bands-editor">
          <Row gutter={8} className="bands-header">
            <Col span={7}>{t("scoring.bands.from")}</Col>
            <Col span={7}>{t("scoring.bands.to")}</Col>
            <Col span={7}>{t("scoring.bands.share")}</Col>
          </Row>
          {rows.map((row) => (
            <Row key={row.key} gutter={8}>
              <Col span={7}>
                <Form.Item name={[row.name, "from"]} rules={[required, decimalRule(t)]}>
                  <Input inputMode="decimal" aria-label={t("scoring.bands.from")} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[row.name, "to"]} rules={[required, decimalRule(t)]}>
                  <Input inputMode="decimal" aria-label={t("scoring.bands.to")} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[row.name, "sharePercent"]} rules={[required, decimalRule(t)]}>
                  <Input inputMode="decimal" suffix="%" aria-label={t("scoring.bands.share")} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t("scoring.bands.remove")}
                  onClick={() => remove(row.name)}
                />
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})} size="small">
            {t("scoring.bands.add")}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}

type PairedParam = "floor" | "target" | "best" | "worst";

export function ScoringRuleEditor({ unit }: { unit: string }) {
  const t = useT();
  const type = Form.useWatch<ScoringType | undefined>("scoringType");
  const pair = (a: PairedParam, b: PairedParam, hintA?: string, hintB?: string) => (
    <Row gutter={12}>
      <Col span={12}>
        <NumberField name={a} label={t(`scoring.param.${a}`)} hint={hintA} suffix={unit} />
      </Col>
      <Col span={12}>
        <NumberField name={b} label={t(`scoring.param.${b}`)} hint={hintB} suffix={unit} />
      </Col>
    </Row>
  );
  return (
    <>
      <Form.Item name="scoringType" label={t("scoring.type")} rules={[{ required: true }]}>
        <Select
          data-testid="scoring-type"
          options={scoringTypes.map((value) => ({ value, label: t(`scoring.${value}`) }))}
        />
      </Form.Item>
      {type === "linear" &&
        pair("floor", "target", t("scoring.param.floorHint"), t("scoring.param.targetHint"))}
      {type === "lower_is_better" &&
        pair("best", "worst", t("scoring.param.bestHint"), t("scoring.param.worstHint"))}
      {type === "pass_fail" && (
        <NumberField name="threshold" label={t("scoring.param.threshold")} suffix={unit} />
      )}
      {type === "improvement" && (
        <Row gutter={12}>
          <Col span={12}>
            <NumberField
              name="fullAt"
              label={t("scoring.param.fullAt")}
              hint={t("scoring.param.fullAtHint")}
            />
          </Col>
          <Col span={12}>
            <NumberField name="unchangedPercent" label={t("scoring.param.unchangedPercent")} suffix="%" />
          </Col>
        </Row>
      )}
      {type === "bands" && <BandsEditor />}
      {type === "external" && (
        <Typography.Paragraph type="secondary">{t("scoring.external.hint")}</Typography.Paragraph>
      )}
    </>
  );
}
