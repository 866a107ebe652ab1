// What the facility owes, year by year: each obligation with its due date (marked when the sources
// do not confirm it), whether it was met on time, late or is missing, and when it arrived.
import { Card, Empty, Table, Tag, Typography } from "antd";
import type { GhgObligationItem } from "../../../contracts/ghg-obligations.js";
import { PageError } from "../../components/errors.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useLocale, useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { useMyObligations } from "./my-facility.api.js";

const fulfilmentColor = { on_time: "green", late: "orange", missing: "red", not_due: "default" } as const;

export function MyObligationsCard() {
  const t = useT();
  const { locale } = useLocale();
  const calendar = useMyObligations();
  const title = (
    <Typography.Title level={4} style={{ margin: 0 }}>
      {t("myFacility.obligations")}
    </Typography.Title>
  );
  if (calendar.isError)
    return (
      <Card title={title} style={{ marginBottom: 16 }}>
        <PageError error={calendar.error} onRetry={() => void calendar.refetch()} />
      </Card>
    );
  const items = (calendar.data?.years ?? []).flatMap((y) => y.owed).reverse();
  return (
    <Card title={title} style={{ marginBottom: 16 }} loading={!calendar.data}>
      {items.length === 0 ? (
        <Empty description={t("myFacility.noObligations")} />
      ) : (
        <ScrollRegion label={t("myFacility.obligations")} minWidth={640}>
          <Table<GhgObligationItem>
            size="small"
            rowKey={(o) => `${o.ruleCode}-${o.year}`}
            pagination={false}
            dataSource={items}
            data-testid="my-obligations"
            columns={[
              { title: t("myFacility.col.year"), dataIndex: "year", width: 70 },
              {
                title: t("myFacility.col.owed"),
                key: "owed",
                render: (_, o) => (locale === "en" && o.owed.en ? o.owed.en : o.owed.vi),
              },
              {
                title: t("myFacility.col.due"),
                key: "due",
                width: 150,
                render: (_, o) => (
                  <>
                    {formatDate(o.dueDate)}
                    {o.status === "provisional" && (
                      <Tag style={{ marginInlineStart: 6 }}>{t("myFacility.provisional")}</Tag>
                    )}
                  </>
                ),
              },
              {
                title: t("myFacility.col.fulfilment"),
                key: "fulfilment",
                width: 130,
                render: (_, o) => (
                  <Tag color={fulfilmentColor[o.fulfilment]}>
                    {t(`myFacility.fulfilment.${o.fulfilment}`)}
                  </Tag>
                ),
              },
              {
                title: t("myFacility.col.received"),
                key: "received",
                width: 110,
                render: (_, o) => formatDate(o.receivedOn),
              },
            ]}
          />
        </ScrollRegion>
      )}
    </Card>
  );
}
