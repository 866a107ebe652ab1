// A facility's obligations year by year: what it owes, by when, whether the rule is confirmed,
// and how it was met (on time, late, missing, not yet due); what it does not owe, with why.
// The years with something late or missing, and this year, are open.
import { Card, Collapse, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { GhgCalendar, GhgObligationItem } from "../../../contracts/ghg-obligations.js";
import { ErrorAlert } from "../../components/errors.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { RuleStatusTag, useRuleText } from "./GhgObligationRulesPage.js";
import { useGhgCalendar, useGhgRules } from "./ghg-obligations.api.js";

const fulfilmentColor = { on_time: "green", late: "gold", missing: "red", not_due: "default" } as const;

export function FulfilmentTag({ fulfilment }: { fulfilment: GhgObligationItem["fulfilment"] }) {
  const t = useT();
  return <Tag color={fulfilmentColor[fulfilment]}>{t(`ghgObl.ful.${fulfilment}`)}</Tag>;
}

function YearTable({ year, names }: { year: GhgCalendar["years"][number]; names: Map<string, string> }) {
  const t = useT();
  const text = useRuleText();
  return (
    <>
      <ScrollRegion label={t("ghgObl.calendar.year", { year: year.year })} minWidth={640}>
        <Table
          size="small"
          rowKey="ruleCode"
          pagination={false}
          dataSource={year.owed}
          locale={{ emptyText: t("ghgObl.calendar.empty") }}
          columns={[
            {
              title: t("ghgObl.col.owed"),
              key: "owed",
              width: "40%",
              render: (_, o) => (
                <>
                  {text(o.owed)}
                  <div className="muted small">
                    {text(o.recipient)} ·{" "}
                    {t("ghgObl.calendar.covers", {
                      years:
                        o.coversYears.length > 1
                          ? `${o.coversYears[0]}–${o.coversYears.at(-1)}`
                          : o.coversYears[0]!,
                    })}
                  </div>
                </>
              ),
            },
            { title: t("ghgObl.col.due"), key: "due", render: (_, o) => formatDate(o.dueDate) },
            {
              title: t("ghgObl.col.status"),
              key: "status",
              render: (_, o) => <RuleStatusTag status={o.status} unconfirmed={o.unconfirmed} />,
            },
            {
              title: t("ghgObl.calendar.title"),
              key: "fulfilment",
              render: (_, o) => (
                <>
                  <FulfilmentTag fulfilment={o.fulfilment} />
                  {o.receivedOn && (
                    <div className="muted small">
                      {t("ghgObl.calendar.received", { date: formatDate(o.receivedOn) })}
                    </div>
                  )}
                </>
              ),
            },
          ]}
        />
      </ScrollRegion>
      {year.notOwed.length > 0 && (
        <div className="small" style={{ marginTop: 8 }}>
          <strong>{t("ghgObl.calendar.notOwed")}:</strong>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {year.notOwed.map((n) => (
              <li key={n.ruleCode}>
                {names.get(n.ruleCode) ?? n.ruleCode}: {n.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function GhgCalendarSection({ facilityId }: { facilityId: string }) {
  const t = useT();
  const calendar = useGhgCalendar(facilityId);
  const rules = useGhgRules();
  const text = useRuleText();
  const names = new Map((rules.data?.items ?? []).map((r) => [r.rule.code, text(r.rule.owed)]));
  const c = calendar.data;
  const thisYear = c ? Number(c.today.slice(0, 4)) : 0;
  const open = (c?.years ?? [])
    .filter(
      (y) => y.year === thisYear || y.owed.some((o) => o.fulfilment === "missing" || o.fulfilment === "late"),
    )
    .map((y) => String(y.year));
  return (
    <Card
      data-testid="ghg-calendar"
      style={{ marginBottom: 16 }}
      loading={calendar.isLoading}
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("ghgObl.calendar.title")}
        </Typography.Title>
      }
      extra={<Link to="/ghg/obligations">{t("ghgObl.calendar.rules")}</Link>}
    >
      <ErrorAlert error={calendar.error} />
      {c && (
        <Collapse
          defaultActiveKey={open}
          items={[...c.years].reverse().map((y) => ({
            key: String(y.year),
            label: (
              <span>
                {t("ghgObl.calendar.year", { year: y.year })}{" "}
                {y.owed.some((o) => o.fulfilment === "missing") && <FulfilmentTag fulfilment="missing" />}
                {y.owed.some((o) => o.fulfilment === "late") && <FulfilmentTag fulfilment="late" />}
              </span>
            ),
            children: <YearTable year={y} names={names} />,
          }))}
        />
      )}
    </Card>
  );
}
