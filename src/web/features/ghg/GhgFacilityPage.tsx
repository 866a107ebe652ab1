// One facility of the register: what it is now, what each list wrote of it, and its life as
// events (listed, dropped, written differently by a later list, renamed, new owner, closed, restarted).
import { Button, Card, Descriptions, Empty, Space, Table, Timeline, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { GhgFacilityDetail } from "../../../contracts/ghg-register.js";
import { ministries, quotaSectors, sectors, thresholds } from "../../../domain/facility-lists/vocabulary.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { GhgReportsCard } from "../ghg-reports/GhgReportsCard.js";
import { GhgCalendarSection } from "./GhgCalendarSection.js";
import { FacilityStatus } from "./GhgFacilitiesPage.js";
import { GhgDetailsModal, GhgEventModal } from "./GhgFacilityModals.js";
import { useGhgFacility } from "./ghg.api.js";

type Event = GhgFacilityDetail["events"][number];

/** What an event changed, as people read it: "Tên: A → B". */
function eventChange(event: Event, t: ReturnType<typeof useT>) {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const name = (field: string, value: unknown) =>
    value === null || value === undefined
      ? "—"
      : field === "sector"
        ? sectors[value as keyof typeof sectors]
        : field === "ministry"
          ? ministries[value as keyof typeof ministries]
          : field === "status"
            ? t(`ghg.status.${value as "active" | "closed"}`)
            : String(value);
  const label = (field: string) =>
    field === "taxCode"
      ? t("ghg.col.taxCode")
      : field === "status"
        ? t("ghg.col.status")
        : t(`ghg.compare.field.${field as "name"}`);
  if (event.kind === "listed" && Object.keys(before).length === 0) return null;
  return Object.keys(after)
    .filter((field) => field in before)
    .map((field) => `${label(field)}: ${name(field, before[field])} → ${name(field, after[field])}`)
    .join("; ");
}

export default function GhgFacilityPage() {
  const { id = "" } = useParams();
  const t = useT();
  const facility = useGhgFacility(id);
  const can = useCan();
  const [open, setOpen] = useState<"event" | "details" | null>(null);
  if (facility.isError) return <PageError error={facility.error} onRetry={() => void facility.refetch()} />;
  if (!facility.data) return <FullPageSpin />;
  const f = facility.data;
  const none = t("ghg.facility.unknown");
  return (
    <>
      <Link to="/ghg/facilities">{t("ghg.facility.back")}</Link>
      <PageHeader
        title={f.name}
        extra={
          <Space wrap>
            <FacilityStatus facility={f} />
            {can("ghg.manage") && (
              <>
                <Button onClick={() => setOpen("details")} data-testid="ghg-edit-details">
                  {t("ghg.action.details")}
                </Button>
                <Button type="primary" onClick={() => setOpen("event")} data-testid="ghg-record-event">
                  {t("ghg.action.event")}
                </Button>
              </>
            )}
          </Space>
        }
      />
      {open === "event" && <GhgEventModal facility={f} onClose={() => setOpen(null)} />}
      {open === "details" && <GhgDetailsModal facility={f} onClose={() => setOpen(null)} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t("ghg.col.taxCode")}>{f.taxCode ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.col.address")}>{f.address}</Descriptions.Item>
          <Descriptions.Item label={t("ghgObl.commune")}>{f.communeName ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.facility.listedAddress")}>{f.listedAddress}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.col.sector")}>{sectors[f.sector]}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.facility.subSector")}>{f.subSector ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.col.ministry")}>{ministries[f.ministry]}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.facility.threshold")}>
            {f.threshold ? thresholds[f.threshold] : none}
          </Descriptions.Item>
          <Descriptions.Item label={t("ghg.col.agency")}>{f.agencyName ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("ghg.facility.contact")}>
            {[f.contactName, f.contactPhone, f.contactEmail].filter(Boolean).join(", ") || none}
          </Descriptions.Item>
          {f.quotaSector && (
            <Descriptions.Item label={t("ghg.col.status")}>
              {t("ghg.quota", { sector: quotaSectors[f.quotaSector] })}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {can("ghgReport.read") && <GhgReportsCard facilityId={f.id} />}
      <GhgCalendarSection facilityId={f.id} />
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t("ghg.facility.listings")}
          </Typography.Title>
        }
        style={{ marginBottom: 16 }}
      >
        <ScrollRegion label={t("ghg.facility.listings")} minWidth={720}>
          <Table
            size="small"
            rowKey="listCode"
            pagination={false}
            dataSource={f.listings}
            columns={[
              { title: t("ghg.col.lists"), dataIndex: "listCode" },
              { title: t("ghg.col.name"), dataIndex: "name" },
              { title: t("ghg.col.address"), dataIndex: "address" },
              { title: t("ghg.col.sector"), key: "sector", render: (_, l) => sectors[l.sector] },
              { title: t("ghg.col.ministry"), key: "ministry", render: (_, l) => ministries[l.ministry] },
            ]}
          />
        </ScrollRegion>
      </Card>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t("ghg.facility.events")}
          </Typography.Title>
        }
      >
        {f.events.length === 0 ? (
          <Empty description={t("ghg.facility.noEvents")} />
        ) : (
          <Timeline
            data-testid="ghg-events"
            items={f.events.map((e) => ({
              key: e.id,
              children: (
                <>
                  <strong>{formatDate(e.occurredOn)}</strong> — {t(`ghg.event.${e.kind}`)}
                  {e.listCode && ` ${t("ghg.event.onList", { list: e.listCode })}`}
                  {eventChange(e, t) && <div className="muted small">{eventChange(e, t)}</div>}
                  {e.note && <div className="small">{e.note}</div>}
                </>
              ),
            }))}
          />
        )}
      </Card>
    </>
  );
}
