// Before/after of one audit event as a table of fields, changed values highlighted, so that a
// reader sees "role: reporter → agency_head" instead of two JSON blobs.
import { Table, Typography } from "antd";
import { roles } from "../../../domain/auth/roles.js";
import { type MessageKey, useT } from "../../i18n/index.js";

// Field names the services record, read as the labels the forms use.
const fieldLabels: Record<string, MessageKey> = {
  username: "user.username",
  fullName: "user.fullName",
  email: "user.email",
  role: "user.role",
  agencyId: "user.agency",
  active: "common.active",
  code: "agency.code",
  name: "agency.name",
  shortName: "agency.shortName",
  kind: "agency.kind",
  orgUnitId: "agency.orgUnit",
  hasHeadSignOff: "agency.hasHeadSignOff",
  validFrom: "orgUnit.validFrom",
  validTo: "orgUnit.validTo",
  successorId: "orgUnit.successor",
  parentId: "orgUnit.parent",
  level: "orgUnit.level",
};

type Row = { field: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function diffRows(before: unknown, after: unknown): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    return before === null && after === null ? [] : [{ field: "—", before, after, changed: true }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]),
  }));
}

function Value({ field, value }: { field: string; value: unknown }) {
  const t = useT();
  if (value === undefined || value === null) return <span className="muted">—</span>;
  if (typeof value === "boolean") return <>{t(value ? "common.yes" : "common.no")}</>;
  if (field === "role" && (roles as readonly unknown[]).includes(value))
    return <>{t(`role.${value as (typeof roles)[number]}`)}</>;
  if (typeof value === "string" || typeof value === "number") return <>{String(value)}</>;
  return <pre className="audit-json">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const rows = diffRows(before, after);
  if (!rows.length) return <Typography.Text type="secondary">{t("audit.noChanges")}</Typography.Text>;
  const onlyAfter = before === null;
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      rowClassName={(row) => (row.changed && !onlyAfter ? "audit-changed" : "")}
      columns={[
        {
          title: t("audit.field"),
          dataIndex: "field",
          width: 260,
          render: (f: string) => (
            <span title={f}>
              <strong>{fieldLabels[f] ? t(fieldLabels[f]) : f}</strong>
            </span>
          ),
        },
        ...(onlyAfter
          ? []
          : [
              {
                title: t("audit.before"),
                key: "before",
                render: (_: unknown, r: Row) => <Value field={r.field} value={r.before} />,
              },
            ]),
        {
          title: t("audit.after"),
          key: "after",
          render: (_: unknown, r: Row) => <Value field={r.field} value={r.after} />,
        },
      ]}
    />
  );
}
