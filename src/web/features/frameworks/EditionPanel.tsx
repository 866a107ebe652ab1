// One edition of a framework: its groups and criteria groups with their indicators, which
// indicators it no longer assesses (and what happens to their points), and the rating bands.
import { Alert, Flex, Segmented, Space, Tag, Typography } from "antd";
import type { EditionView, FrameworkDetail } from "../../../contracts/frameworks.js";
import { ProvenanceTag, provenanceOf } from "../../components/ProvenanceTag.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { describeNotAssessedRule, useLocalText } from "./describe.js";
import { editionYears } from "./FrameworkTags.js";
import { type IndicatorRow, IndicatorTable } from "./IndicatorTable.js";
import { RatingBands } from "./RatingBands.js";

export function EditionPanel({
  framework,
  edition,
  onChooseEdition,
  onEdit,
}: {
  framework: FrameworkDetail;
  edition: EditionView;
  onChooseEdition: (code: string) => void;
  onEdit: ((indicatorCode: string) => void) | undefined;
}) {
  const t = useT();
  const local = useLocalText();
  const definitions = new Map(framework.indicators.map((i) => [i.code, i]));
  const rows: IndicatorRow[] = edition.indicators.flatMap((scored) => {
    const definition = definitions.get(scored.code);
    return definition ? [{ ...definition, scored }] : [];
  });
  const notAssessed = edition.notAssessed;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex gap={12} align="center" wrap>
        {framework.editions.length > 1 && (
          <Segmented
            aria-label={t("framework.edition")}
            data-testid="edition-select"
            value={edition.code}
            onChange={(value) => onChooseEdition(String(value))}
            options={framework.editions.map((e) => ({ value: e.code, label: editionYears(e, t) }))}
          />
        )}
        <Typography.Text strong>{local(edition.name)}</Typography.Text>
        <Tag>{t("framework.totalPoints", { points: formatDecimal(edition.totalPoints) })}</Tag>
        <ProvenanceTag level={provenanceOf(edition.provenance, "totalPoints")} />
      </Flex>
      {notAssessed && notAssessed.codes.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="not-assessed-rule"
          title={
            <Space size={4} wrap>
              {t("notAssessed.title", { codes: notAssessed.codes.join(", ") })}
              <ProvenanceTag level={provenanceOf(notAssessed.provenance, "codes")} />
            </Space>
          }
          description={
            <>
              <div>
                {describeNotAssessedRule(notAssessed.rule, t)}{" "}
                <ProvenanceTag level={provenanceOf(notAssessed.provenance, "rule")} />
              </div>
              {notAssessed.note && <div className="muted">{notAssessed.note}</div>}
            </>
          }
        />
      )}
      {edition.groups.map((group) => {
        const inGroup = rows.filter((r) => r.group === group.code);
        const loose = inGroup.filter(
          (r) => !r.criteriaGroup || !group.criteriaGroups.some((c) => c.code === r.criteriaGroup),
        );
        return (
          <section key={group.code} data-testid={`group-${group.code}`}>
            <Flex align="center" gap={8} wrap className="group-heading">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {local(group.name)}
              </Typography.Title>
              <Tag color="green">{t("framework.points", { points: formatDecimal(group.points) })}</Tag>
              <ProvenanceTag level={provenanceOf(group.provenance, "points")} />
            </Flex>
            {group.criteriaGroups.map((criteria) => {
              const members = inGroup.filter((r) => r.criteriaGroup === criteria.code);
              if (members.length === 0) return null;
              return (
                <div key={criteria.code} className="criteria-block">
                  <Typography.Text strong className="criteria-heading">
                    {criteria.code}. {local(criteria.name)}
                  </Typography.Text>
                  <IndicatorTable rows={members} framework={framework} onEdit={onEdit} />
                </div>
              );
            })}
            {loose.length > 0 && <IndicatorTable rows={loose} framework={framework} onEdit={onEdit} />}
          </section>
        );
      })}
      <RatingBands bands={edition.bands} />
    </Space>
  );
}
