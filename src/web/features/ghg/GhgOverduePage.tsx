// "Cơ sở chậm, thiếu báo cáo": in a year, the facilities that sent a report late or have not sent
// one past its deadline, grouped by the department that follows them, with the counts.
import { Card, Empty, InputNumber, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { GhgOverdue } from "../../../contracts/ghg-obligations.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { FulfilmentTag } from "./GhgCalendarSection.js";
import { useGhgOverdue } from "./ghg-obligations.api.js";

type Facility = GhgOverdue["agencies"][number]["facilities"][number];

export default function GhgOverduePage() {
  const t = useT();
  const [year, setYear] = useState(new Date().getFullYear());
  const overdue = useGhgOverdue(year);
  if (overdue.isError) return <PageError error={overdue.error} onRetry={() => void overdue.refetch()} />;
  const agencies = overdue.data?.agencies ?? [];
  return (
    <>
      <Link to="/ghg/facilities">{t("ghg.facility.back")}</Link>
      <PageHeader
        title={t("ghgObl.overdue.link")}
        extra={
          <Space>
            <label htmlFor="ghg-overdue-year">{t("ghgObl.overdue.year")}</label>
            <InputNumber
              id="ghg-overdue-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              data-testid="ghg-overdue-year"
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t("ghgObl.overdue.intro")}
        </Typography.Paragraph>
      </PageHeader>
      {overdue.data && agencies.length === 0 && (
        <Card>
          <Empty description={t("ghgObl.overdue.empty", { year })} />
        </Card>
      )}
      {agencies.map((a) => (
        <Card
          key={a.agencyId ?? "none"}
          style={{ marginBottom: 16 }}
          data-testid="ghg-overdue-agency"
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 16, whiteSpace: "normal" }}>
              {a.agencyName ?? t("ghgObl.overdue.noAgency")}
            </Typography.Title>
          }
        >
          <Typography.Paragraph>
            {t("ghgObl.overdue.counts", { facilities: a.facilityCount, missing: a.missing, late: a.late })}
          </Typography.Paragraph>
          <ScrollRegion label={a.agencyName ?? t("ghgObl.overdue.noAgency")} minWidth={560}>
            <Table<Facility>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={a.facilities}
              columns={[
                {
                  title: t("ghg.col.name"),
                  key: "name",
                  width: "35%",
                  render: (_, f) => <Link to={`/ghg/facilities/${f.id}`}>{f.name}</Link>,
                },
                {
                  title: t("ghgObl.col.owed"),
                  key: "items",
                  render: (_, f) => (
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {f.items.map((o) => (
                        <li key={o.ruleCode}>
                          {o.owed} — {t("ghgObl.col.due")} {formatDate(o.dueDate)}
                          {o.provisional && (
                            <Tag style={{ marginLeft: 4 }}>{t("ghgObl.overdue.provisional")}</Tag>
                          )}{" "}
                          <FulfilmentTag fulfilment={o.fulfilment} />
                          {o.receivedOn && t("ghgObl.calendar.received", { date: formatDate(o.receivedOn) })}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </ScrollRegion>
        </Card>
      ))}
    </>
  );
}
