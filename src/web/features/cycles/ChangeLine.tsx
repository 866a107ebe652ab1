// Last year's value beside this year's and the change, with an arrow coloured by whether the
// change is good or bad for the indicator (red when it went the bad way).
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";

export function ChangeArrow({
  changePct,
  worsened,
  judged,
  testId,
}: {
  changePct: number | null;
  /** Whether the change went the bad way (only known for indicators). */
  worsened?: boolean;
  /** True for indicators, whose direction says what is good; figures are shown neutral. */
  judged?: boolean;
  testId?: string;
}) {
  if (changePct === null) return <span data-testid={testId}>—</span>;
  const colour = !judged || changePct === 0 ? undefined : worsened ? "#cf1322" : "#389e0d";
  const icon =
    changePct > 0 ? <ArrowUpOutlined /> : changePct < 0 ? <ArrowDownOutlined /> : <MinusOutlined />;
  return (
    <span
      style={{ color: colour, whiteSpace: "nowrap" }}
      data-testid={testId}
      data-worsened={worsened ? "true" : "false"}
    >
      {icon} {changePct > 0 ? "+" : ""}
      {formatDecimal(changePct, 1)}%
    </span>
  );
}

export function ChangeLine({
  lastYear,
  changePct,
  unit,
  worsened,
  judged,
}: {
  lastYear: number | null;
  changePct: number | null;
  unit?: string;
  worsened?: boolean;
  judged?: boolean;
}) {
  const t = useT();
  if (lastYear === null) return <Typography.Text type="secondary">{t("form.noLastYear")}</Typography.Text>;
  return (
    <Typography.Text type="secondary">
      {t("form.lastYear")}: {formatDecimal(lastYear, 4)}
      {unit ? ` ${unit}` : ""} · {t("form.change")}:{" "}
      <ChangeArrow changePct={changePct} worsened={worsened} judged={judged} />
    </Typography.Text>
  );
}
