// What needs the leader's attention this year: the indicators losing most points (with the
// agencies that report them) and the agencies late or returned.
import { Card, List, Table, Tag, Typography } from "antd";
import type { Standing } from "../../../contracts/standing.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal, formatNumber } from "../../lib/format.js";

type Current = NonNullable<Standing["current"]>;
type Loser = Current["losers"][number];

export function LosersCard({ losers }: { losers: Current["losers"] }) {
  const t = useT();
  return (
    <Card title={t("standing.losers")} style={{ height: "100%" }} data-testid="standing-losers">
      {losers.length === 0 ? (
        <Typography.Text type="secondary">{t("standing.losersEmpty")}</Typography.Text>
      ) : (
        <ScrollRegion label={t("standing.losers")} minWidth={480}>
          <Table<Loser>
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={losers}
            columns={[
              { title: t("standing.col.indicator"), render: (_, l) => `${l.code}. ${l.name}` },
              {
                title: t("standing.col.points"),
                render: (_, l) => `${formatDecimal(l.points)}/${formatDecimal(l.maxPoints)}`,
              },
              { title: t("standing.col.lost"), render: (_, l) => formatDecimal(l.lost) },
              {
                title: t("standing.col.agencies"),
                render: (_, l) => (l.agencies.length ? l.agencies.join("; ") : t("standing.noAgency")),
              },
            ]}
          />
        </ScrollRegion>
      )}
    </Card>
  );
}

export function AgenciesCard({ agencies }: { agencies: Current["agencies"] }) {
  const t = useT();
  const items = [
    ...agencies.late.map((a) => ({
      key: `late-${a.name}`,
      name: a.name,
      tag: <Tag color="red">{t("standing.late")}</Tag>,
      detail: t(a.submitted ? "standing.lateSubmitted" : "standing.lateDays", {
        days: formatNumber(a.daysOverdue ?? 0),
      }),
    })),
    ...agencies.returned.map((a) => ({
      key: `returned-${a.name}`,
      name: a.name,
      tag: <Tag color="orange">{t("standing.returned")}</Tag>,
      detail: a.reason ?? "",
    })),
  ];
  return (
    <Card title={t("standing.agencies")} style={{ height: "100%" }} data-testid="standing-agencies">
      <Typography.Paragraph>
        {t("standing.agenciesSummary", { submitted: agencies.submitted, total: agencies.total })}
      </Typography.Paragraph>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("standing.agenciesNone")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item key={item.key}>
              <div>
                {item.tag} <Typography.Text strong>{item.name}</Typography.Text>
                {item.detail && <div className="small">{item.detail}</div>}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
