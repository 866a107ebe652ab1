// The audit trail: every recorded change, newest first, filtered and paged on the server.
import { Card, DatePicker, Input, Select, Space, Table, type TableColumnsType, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { AuditEventView } from "../../../contracts/audit.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { serverPagination } from "../../components/pagination.js";
import { type Translate, useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";
import { AuditChanges } from "./AuditChanges.js";
import { type AuditFilter, auditEntityTypes, auditEventTypes, useAuditEvents } from "./audit.api.js";

type EventType = (typeof auditEventTypes)[number];
type EntityType = (typeof auditEntityTypes)[number];

function typeLabel(t: Translate, type: string): string {
  return (auditEventTypes as readonly string[]).includes(type) ? t(`auditType.${type as EventType}`) : type;
}
function entityLabel(t: Translate, entityType: string): string {
  return (auditEntityTypes as readonly string[]).includes(entityType)
    ? t(`auditEntity.${entityType as EntityType}`)
    : entityType;
}

export default function AuditPage() {
  const t = useT();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const events = useAuditEvents(filter, page, pageSize);
  const set = (patch: AuditFilter) => {
    setFilter((current) => ({ ...current, ...patch }));
    setPage(1);
  };
  const text = (value: string) => value.trim() || undefined;

  if (events.isError && !events.data)
    return <PageError error={events.error} onRetry={() => void events.refetch()} />;

  const columns: TableColumnsType<AuditEventView> = [
    { title: t("audit.at"), dataIndex: "at", width: 150, render: formatDateTime },
    { title: t("audit.type"), dataIndex: "type", width: 200, render: (type: string) => typeLabel(t, type) },
    {
      title: t("audit.entityType"),
      key: "entity",
      width: 170,
      render: (_, e) => entityLabel(t, e.entityType),
    },
    {
      title: t("audit.actor"),
      dataIndex: "actorUsername",
      width: 180,
      render: (actor: string | null) => (actor ? <code>{actor}</code> : "—"),
    },
    { title: t("audit.summary"), dataIndex: "summary" },
  ];

  return (
    <>
      <PageHeader title={t("audit.title")} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<EventType>
            allowClear
            placeholder={t("audit.type")}
            aria-label={t("audit.type")}
            style={{ width: 240 }}
            onChange={(type) => set({ type })}
            options={auditEventTypes.map((type) => ({ value: type, label: typeLabel(t, type) }))}
          />
          <Select<EntityType>
            allowClear
            placeholder={t("audit.entityType")}
            aria-label={t("audit.entityType")}
            style={{ width: 200 }}
            onChange={(entityType) => set({ entityType })}
            options={auditEntityTypes.map((e) => ({ value: e, label: entityLabel(t, e) }))}
          />
          <Input.Search
            allowClear
            placeholder={t("audit.entityId")}
            aria-label={t("audit.entityId")}
            style={{ width: 220 }}
            onSearch={(v) => set({ entityId: text(v) })}
          />
          <Input.Search
            allowClear
            placeholder={t("audit.actor")}
            aria-label={t("audit.actor")}
            style={{ width: 200 }}
            onSearch={(v) => set({ actor: text(v) })}
          />
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            aria-label={t("audit.dateRange")}
            onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
              set({ from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })
            }
          />
        </Space>
        <Table<AuditEventView>
          rowKey="id"
          size="middle"
          loading={events.isFetching}
          columns={columns}
          dataSource={events.data?.items ?? []}
          expandable={{
            expandedRowRender: (e) => (
              <Space orientation="vertical" style={{ width: "100%" }}>
                <AuditChanges before={e.before} after={e.after} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[
                    e.entityId && `${t("audit.entityId")}: ${e.entityId}`,
                    e.requestId && `${t("audit.requestId")}: ${e.requestId}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography.Text>
              </Space>
            ),
          }}
          pagination={serverPagination(
            t,
            { page, pageSize, total: events.data?.total ?? 0 },
            (next, size) => {
              setPage(next);
              setPageSize(size);
            },
          )}
          data-testid="audit-table"
        />
      </Card>
    </>
  );
}
