// Edits one indicator; the change becomes a new version of the framework, with the reason and
// the provenance of the values entered. Only the fields that changed are sent, so that the
// provenance given applies to them and not to values left as they were.
import { App, Button, Col, Divider, Drawer, Form, Input, Row, Select, Space, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EditionView, FrameworkDetail, ProvenanceLevel } from "../../../contracts/frameworks.js";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { useT } from "../../i18n/index.js";
import { type ApiError, isApiError } from "../../lib/api.js";
import { showServerErrors } from "../../lib/forms.js";
import { useUnitText } from "./describe.js";
import { editionYears } from "./FrameworkTags.js";
import { useUpdateIndicator } from "./frameworks.api.js";
import { changesOf, type IndicatorForm, indicatorToForm } from "./indicator-form.js";
import { PointsField } from "./PointsField.js";
import { ScoringRuleEditor } from "./ScoringRuleEditor.js";

const provenanceLevels: ProvenanceLevel[] = ["official", "attested", "provisional"];

export function IndicatorEditDrawer({
  framework,
  edition,
  indicatorCode,
  onClose,
}: {
  framework: FrameworkDetail;
  edition: EditionView;
  indicatorCode: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const unitText = useUnitText();
  const [form] = Form.useForm<IndicatorForm>();
  const [problem, setProblem] = useState<string | ApiError | null>(null);
  const top = useRef<HTMLDivElement>(null);
  // The save button is at the top and the form may be scrolled: bring the problems into view.
  useEffect(() => {
    if (problem) top.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [problem]);
  const save = useUpdateIndicator(framework.code);
  const indicator = framework.indicators.find((i) => i.code === indicatorCode)!;
  const scored = edition.indicators.find((i) => i.code === indicatorCode);
  const initial = useMemo(() => indicatorToForm(indicator, scored), [indicator, scored]);

  const submit = (values: IndicatorForm) => {
    setProblem(null);
    const changes = changesOf(initial, values, edition.code);
    if (changes === "invalid-scoring") return setProblem(t("indicator.invalidScoring"));
    if (Object.keys(changes).length === 0) return setProblem(t("indicator.nothingChanged"));
    save.mutate(
      {
        indicator: indicatorCode,
        input: { ...changes, note: values.note.trim(), provenance: values.provenance },
      },
      {
        onSuccess: (created) => {
          message.success(t("framework.versionCreated", { version: created.version }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === "FRAMEWORK_INVALID") setProblem(error);
          else
            setProblem(
              isApiError(error) ? showServerErrors(form, error, ["note", "provenance"]) : String(error),
            );
        },
      },
    );
  };

  const required = (label: string) => ({
    required: true,
    message: t("common.required", { field: label.toLowerCase() }),
  });
  return (
    <Drawer
      open
      size={680}
      title={t("indicator.editTitle", { code: indicatorCode })}
      onClose={onClose}
      destroyOnHidden
      data-testid="indicator-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="indicator-save"
          >
            {t("indicator.saveVersion")}
          </Button>
        </Space>
      }
    >
      <div ref={top} />
      {problem && isApiError(problem) && problem.code === "FRAMEWORK_INVALID" ? (
        <LocatedProblems error={problem} kind="file" />
      ) : (
        <ErrorAlert error={problem} />
      )}
      <Form<IndicatorForm> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="nameVi" label={t("indicator.nameVi")} rules={[required(t("indicator.nameVi"))]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="nameEn" label={t("indicator.nameEn")}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="unit"
              label={t("indicator.unitCode")}
              rules={[required(t("indicator.unitCode"))]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="unitLabel" label={t("indicator.unitLabel")}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="direction" label={t("indicator.direction")}>
          <Select
            options={(["higher_is_better", "lower_is_better"] as const).map((d) => ({
              value: d,
              label: t(`direction.${d}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="formula" label={t("indicator.formula")} extra={t("indicator.formulaHint")}>
          <Input.TextArea
            className="formula-input"
            autoSize={{ minRows: 2, maxRows: 6 }}
            spellCheck={false}
          />
        </Form.Item>
        <Form.Item name="agencies" label={t("indicator.agencies")}>
          <Select mode="tags" tokenSeparators={[";"]} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="evidence" label={t("indicator.evidence")}>
          <Select mode="tags" tokenSeparators={[";"]} open={false} suffixIcon={null} />
        </Form.Item>
        {scored && (
          <>
            <Divider titlePlacement="start">
              {t("indicator.editionPart", { edition: editionYears(edition, t) })}
            </Divider>
            <PointsField />
            <ScoringRuleEditor unit={unitText(indicator.unit, indicator.unitLabel)} />
          </>
        )}
        <Divider titlePlacement="start">{t("indicator.why")}</Divider>
        <Form.Item
          name="note"
          label={t("indicator.changeNote")}
          extra={t("indicator.changeNoteHint")}
          rules={[
            required(t("indicator.changeNote")),
            { min: 3, message: t("validation.tooShort", { min: 3 }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="change-note" />
        </Form.Item>
        <Form.Item
          name="provenance"
          label={t("indicator.changeProvenance")}
          extra={t("indicator.changeProvenanceHint")}
        >
          <Select options={provenanceLevels.map((p) => ({ value: p, label: t(`provenance.${p}`) }))} />
        </Form.Item>
        <Typography.Text type="secondary">{t("indicator.newVersionHint")}</Typography.Text>
      </Form>
    </Drawer>
  );
}
