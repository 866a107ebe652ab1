// The facility's inventory reports on its page: each with the year it fell due, what it is, the
// years it covers, when it arrived and whether on time, its status and version; and, for whoever
// may record one, the button that opens the form.
import { Button, Card, Empty, Table, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { GhgReportSummary } from "../../../contracts/ghg-reports.js";
import { PageError } from "../../components/errors.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { GhgReportFormModal } from "./GhgReportFormModal.js";
import { GhgReportStatusTag, GhgTimelinessTag, periodText } from "./GhgReportTags.js";
import { useFacilityReports } from "./ghg-reports.api.js";

export function GhgReportsCard({ facilityId }: { facilityId: string }) {
  const t = useT();
  const reports = useFacilityReports(facilityId);
  const [recording, setRecording] = useState(false);
  const title = (
    <Typography.Title level={4} style={{ margin: 0 }}>
      {t("ghgReports.card")}
    </Typography.Title>
  );
  if (reports.isError)
    return (
      <Card title={title} style={{ marginBottom: 16 }}>
        <PageError error={reports.error} />
      </Card>
    );
  const data = reports.data;
  return (
    <Card
      title={title}
      style={{ marginBottom: 16 }}
      loading={!data}
      extra={
        data?.canRecord && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="ghg-record-report">
            {t("ghgReports.record")}
          </Button>
        )
      }
    >
      {recording && <GhgReportFormModal facilityId={facilityId} onClose={() => setRecording(false)} />}
      {data && data.items.length === 0 ? (
        <Empty description={t("ghgReports.none")} />
      ) : (
        <ScrollRegion label={t("ghgReports.tableLabel")} minWidth={900}>
          <Table<GhgReportSummary>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data?.items ?? []}
            data-testid="ghg-reports"
            columns={[
              { title: t("ghgReports.col.year"), dataIndex: "year", width: 80 },
              {
                title: t("ghgReports.col.rule"),
                key: "rule",
                render: (_, r) => <Link to={`/ghg/reports/${r.id}`}>{r.rule.name}</Link>,
              },
              {
                title: t("ghgReports.col.status"),
                key: "status",
                width: 170,
                render: (_, r) => <GhgReportStatusTag status={r.status} />,
              },
              {
                title: t("ghgReports.col.period"),
                key: "period",
                width: 110,
                render: (_, r) => periodText(r),
              },
              {
                title: t("ghgReports.col.received"),
                key: "received",
                width: 110,
                render: (_, r) => formatDate(r.receivedOn),
              },
              {
                title: t("ghgReports.col.timeliness"),
                key: "timely",
                width: 120,
                render: (_, r) => <GhgTimelinessTag report={r} />,
              },
              { title: t("ghgReports.col.version"), dataIndex: "currentVersion", width: 70, align: "right" },
              {
                title: t("ghgReports.col.total"),
                key: "total",
                align: "right",
                render: (_, r) =>
                  r.totals.map((y) => (
                    <div key={y.year}>
                      {y.year}: {formatNumber(y.total, 2)}
                    </div>
                  )),
              },
            ]}
          />
        </ScrollRegion>
      )}
    </Card>
  );
}
