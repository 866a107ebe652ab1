// One indicator of the agency's form: what it measures and how, its value computed live from
// every agency's figures, last year's value and the change, the figures this agency fills for
// it and the evidence documents. A figure used by several indicators is filled once, under the
// first; the later ones point to it.
import { Card, Descriptions, Typography } from "antd";
import type { ReactNode } from "react";
import type { FormElement, FormIndicator } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { useLocalText, useUnitText } from "../frameworks/describe.js";
import { ChangeArrow } from "./ChangeLine.js";
import { ElementField } from "./ElementField.js";
import { ExplanationBox } from "./ExplanationBox.js";
import { useFormPage } from "./form-context.js";

export function IndicatorSection({
  indicator,
  elements,
  elsewhere,
  evidence,
}: {
  indicator: FormIndicator;
  /** The figures filled in this section. */
  elements: FormElement[];
  /** Figures it also reads, filled under an earlier indicator: code → that indicator. */
  elsewhere: { element: FormElement; indicatorCode: string }[];
  /** The evidence documents of the indicator. */
  evidence?: ReactNode;
}) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const { canEdit } = useFormPage();
  const unit = unitText(indicator.unit, indicator.unitLabel);

  return (
    <Card
      size="small"
      id={`indicator-${indicator.code}`}
      data-testid={`indicator-${indicator.code}`}
      title={
        <span style={{ whiteSpace: "normal" }}>
          {indicator.code} · {local(indicator.name)}
        </span>
      }
      extra={
        <span data-testid={`indicator-value-${indicator.code}`}>
          {indicator.value === null ? (
            <Typography.Text type="secondary">{indicator.reason ?? t("form.notComputedYet")}</Typography.Text>
          ) : (
            <strong>
              {formatDecimal(indicator.value, 2)} {unit}
            </strong>
          )}
        </span>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 4 }}>
        {indicator.formula && (
          <Descriptions.Item label={t("form.formula")}>
            <span data-testid={`formula-${indicator.code}`}>{indicator.formula}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("form.lastYear")}>
          {indicator.lastYear === null ? "—" : `${formatDecimal(indicator.lastYear, 2)} ${unit}`}
          {indicator.lastYear !== null && (
            <>
              {" · "}
              <ChangeArrow
                changePct={indicator.changePct}
                worsened={indicator.worsened}
                judged
                testId={`indicator-change-${indicator.code}`}
              />
            </>
          )}
        </Descriptions.Item>
      </Descriptions>
      {elements.map((element) => (
        <ElementField key={element.code} element={element} />
      ))}
      {elsewhere.length > 0 && (
        <Typography.Paragraph type="secondary" className="small" style={{ margin: "8px 0 0" }}>
          {t("form.alsoUses")}{" "}
          {elsewhere.map(({ element, indicatorCode }, i) => (
            <span key={element.code}>
              {i > 0 && "; "}
              <a href={`#field-${element.code}`}>{local(element.name)}</a> (
              {t("form.underIndicator", { code: indicatorCode })})
            </span>
          ))}
        </Typography.Paragraph>
      )}
      {(indicator.explanationRequired || indicator.explanation) && (
        <ExplanationBox
          subject={`indicator:${indicator.code}`}
          saved={indicator.explanation}
          required={indicator.explanationRequired}
          // One explanation per indicator: written by the agency responsible, read by the others.
          editable={canEdit && indicator.explainedHere}
          title={
            indicator.explainedHere ? undefined : t("form.explainedBy", { agency: indicator.explainedBy })
          }
        />
      )}
      {evidence && (
        <div style={{ marginTop: 12, paddingTop: 12, borderTop: "1px solid #f0f0f0" }}>{evidence}</div>
      )}
    </Card>
  );
}
