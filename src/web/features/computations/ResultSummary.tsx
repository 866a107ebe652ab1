// The headline of a computed result: total out of the maximum, rating band, estimated rank and
// the points of each group.
import { Alert, Card, Col, Flex, Progress, Row, Space, Statistic, Tag, Tooltip, Typography } from "antd";
import type { EditionResultView } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal, formatNumber } from "../../lib/format.js";
import { useLocalText } from "../frameworks/describe.js";
import { GroupsPending, incompleteTitle } from "./GroupsPending.js";
import { RankText } from "./RankText.js";

/** Colour of the rating from how much of the maximum was reached (bands differ per framework). */
const bandColour = (total: number, max: number) => {
  const share = max > 0 ? total / max : 0;
  return share >= 0.7 ? "green" : share >= 0.6 ? "lime" : share >= 0.5 ? "gold" : "volcano";
};
const percent = (points: number, max: number) => (max > 0 ? Math.round((points / max) * 1000) / 10 : 0);

export function ResultSummary({
  result,
  year,
}: {
  result: EditionResultView;
  /** The year the result is of, when known: a rank against another year's table says so. */
  year?: number;
}) {
  const t = useT();
  const local = useLocalText();
  const provisional = result.indicators.some((i) => i.provisional && i.status !== "not_assessed");
  const missing = result.indicators.filter((i) => i.status === "not_computable").length;

  return (
    <Card data-testid="result-summary">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <Statistic
            title={
              !result.status || result.status.complete ? t("result.total") : incompleteTitle(t, result.status)
            }
            value={formatDecimal(
              result.status && !result.status.complete ? result.status.scoredPoints : result.total,
            )}
            suffix={
              <span className="muted">
                /{" "}
                {formatDecimal(
                  result.status && !result.status.complete ? result.status.scoredMaxPoints : result.maxTotal,
                )}
              </span>
            }
            styles={{ content: { fontSize: 34, fontWeight: 600 } }}
          />
          <Space size={4} wrap style={{ marginTop: 8 }}>
            {result.band ? (
              <Tag color={bandColour(result.total, result.maxTotal)} data-testid="result-band">
                {t("result.band")}: {local(result.band)}
              </Tag>
            ) : (
              <Tag>{t("result.noBand")}</Tag>
            )}
            {provisional && (
              <Tooltip title={t("result.provisionalHint")}>
                <Tag color="orange" data-testid="result-provisional">
                  {t("result.provisional")}
                </Tag>
              </Tooltip>
            )}
            {/* What is missing, by group; results stored by earlier versions only have a count. */}
            <GroupsPending status={result.status} />
            {result.complete ? (
              <Tag color="green">{t("result.complete")}</Tag>
            ) : (
              !result.status && (
                <Tag color="red" data-testid="result-incomplete">
                  {t("result.incomplete", { count: formatNumber(missing) })}
                </Tag>
              )
            )}
          </Space>
        </Col>
        <Col xs={24} md={7}>
          <Typography.Text type="secondary">{t("result.rank")}</Typography.Text>
          {result.status && !result.status.complete ? (
            <div className="muted" data-testid="result-rank">
              {t("rank.incomplete")}
            </div>
          ) : (
            <RankText rank={result.rank} resultYear={year} />
          )}
        </Col>
        <Col xs={24} md={9}>
          <Typography.Text type="secondary">{t("result.groups")}</Typography.Text>
          {result.groups.map((g) => (
            <div key={g.code} className="group-line" data-testid={`result-group-${g.code}`}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text ellipsis={{ tooltip: local(g.name) }} style={{ maxWidth: "70%" }}>
                  {local(g.name)}
                </Typography.Text>
                <Typography.Text strong>
                  {formatDecimal(g.points)} / {formatDecimal(g.maxPoints)}
                </Typography.Text>
              </Flex>
              <Progress
                percent={percent(g.points, g.maxPoints)}
                showInfo={false}
                size="small"
                aria-label={t("result.groupShare", { group: local(g.name) })}
              />
            </div>
          ))}
        </Col>
      </Row>
      {result.inputIssues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="input-issues"
          title={t("result.inputIssues", { count: formatNumber(result.inputIssues.length) })}
          description={
            <ul className="plain-list">
              {result.inputIssues.map((issue) => (
                <li key={`${issue.element}-${issue.item ?? ""}-${issue.field ?? ""}-${issue.message}`}>
                  <code>{issue.element}</code>
                  {issue.item !== undefined && ` · ${t("compute.rowN", { n: issue.item })}`}
                  {issue.field && ` · ${issue.field}`}: {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
