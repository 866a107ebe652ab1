// The figures of a trial computation, generated from the data elements the edition needs:
// shared statistics first, then the figures of each indicator, then last year's values.
import { Card, Col, Collapse, Form, Row, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { useLocalText, useUnitText } from "../frameworks/describe.js";
import type { ComputeDraft, DataElement, EditionInputs, ListRow } from "./compute-draft.js";
import { ListInput } from "./ListInput.js";
import { NumberBox } from "./NumberBox.js";

export function ComputeInputs({
  inputs,
  draft,
  onChange,
}: {
  inputs: EditionInputs;
  draft: ComputeDraft;
  onChange: (draft: ComputeDraft) => void;
}) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const setNumber = (code: string, text: string) =>
    onChange({ ...draft, numbers: { ...draft.numbers, [code]: text } });
  const setList = (code: string, rows: ListRow[]) =>
    onChange({ ...draft, lists: { ...draft.lists, [code]: rows } });
  const setLastYear = (code: string, text: string) =>
    onChange({ ...draft, lastYear: { ...draft.lastYear, [code]: text } });

  const numberBox = (e: DataElement) => (
    <Col key={e.code} xs={24} md={12} xl={8}>
      <NumberBox
        id={e.code}
        label={local(e.name)}
        code={e.code}
        unit={unitText(e.unit)}
        value={draft.numbers[e.code]}
        onChange={(text) => setNumber(e.code, text)}
      />
    </Col>
  );

  return (
    <Form layout="vertical" component="div">
      {inputs.shared.length > 0 && (
        <Card
          title={t("compute.shared")}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="shared-inputs"
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t("compute.sharedHint")}
          </Typography.Paragraph>
          <Row gutter={16}>{inputs.shared.map(numberBox)}</Row>
        </Card>
      )}
      <Card title={t("compute.byIndicator")} size="small" style={{ marginBottom: 16 }}>
        {inputs.sections.map(({ indicator, elements, externalScore }) => (
          <section key={indicator.code} className="input-section" data-testid={`inputs-${indicator.code}`}>
            <Typography.Text strong className="input-section-title">
              {indicator.code} · {local(indicator.name)}
            </Typography.Text>
            <Row gutter={16}>
              {externalScore && (
                <Col xs={24} md={12} xl={8}>
                  <NumberBox
                    id={indicator.code}
                    label={t("compute.externalScore")}
                    unit={unitText(indicator.unit, indicator.unitLabel)}
                    value={draft.numbers[indicator.code]}
                    onChange={(text) => setNumber(indicator.code, text)}
                  />
                </Col>
              )}
              {elements.filter((e) => e.kind === "number").map(numberBox)}
            </Row>
            {elements
              .filter((e) => e.kind === "list")
              .map((e) => (
                <ListInput
                  key={e.code}
                  element={e}
                  rows={draft.lists[e.code] ?? []}
                  onChange={(rows) => setList(e.code, rows)}
                />
              ))}
          </section>
        ))}
      </Card>
      <Collapse
        style={{ marginBottom: 16, background: "#fff" }}
        items={[
          {
            key: "last-year",
            label: t("compute.lastYear"),
            children: (
              <>
                <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
                  {t("compute.lastYearHint")}
                </Typography.Paragraph>
                <Row gutter={16}>
                  {inputs.assessed.map((i) => (
                    <Col key={i.code} xs={24} md={12} xl={8}>
                      <NumberBox
                        id={`last-year-${i.code}`}
                        label={`${i.code} · ${local(i.name)}`}
                        unit={unitText(i.unit, i.unitLabel)}
                        value={draft.lastYear[i.code]}
                        onChange={(text) => setLastYear(i.code, text)}
                      />
                    </Col>
                  ))}
                </Row>
              </>
            ),
          },
        ]}
      />
    </Form>
  );
}
