// Who reports which figure in a cycle, by figure. While the cycle collects, the coordinator adds
// an agency to a figure (several agencies may each report their part), removes one, or moves
// the figure to another agency, and sees the figures nobody has been given.
import {
  Alert,
  Button,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { type HTMLAttributes, useMemo, useState } from "react";
import type { AssignmentView, CycleDetail } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatNumber, matchesSearch } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { useCan } from "../auth/session.js";
import { useOrgUnits } from "../org-units/org-units.api.js";
import { useChangeAssignments } from "./cycles.api.js";
import { ElementPartsDrawer } from "./ElementPartsDrawer.js";

interface ElementRow {
  code: string;
  name: string;
  indicatorCodes: string[];
  assignments: AssignmentView[];
}

/** The active agencies of the province and of the communes (and districts) inside it. */
function useProvinceAgencies(provinceId: string, enabled: boolean) {
  const agencies = useAgencies(enabled);
  const units = useOrgUnits({}, enabled);
  return useMemo(() => {
    const inside = new Set([provinceId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const unit of units.data ?? [])
        if (unit.parentId && inside.has(unit.parentId) && !inside.has(unit.id)) {
          inside.add(unit.id);
          grew = true;
        }
    }
    return (agencies.data ?? [])
      .filter((a) => a.active && inside.has(a.orgUnit.id))
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((a) => ({ value: a.id, label: a.name }));
  }, [agencies.data, units.data, provinceId]);
}

function byElement(assignments: AssignmentView[]): ElementRow[] {
  const rows = new Map<string, ElementRow>();
  for (const a of assignments) {
    const row = rows.get(a.elementCode) ?? {
      code: a.elementCode,
      name: a.elementName,
      indicatorCodes: a.indicatorCodes,
      assignments: [],
    };
    row.assignments.push(a);
    rows.set(a.elementCode, row);
  }
  return [...rows.values()].sort((a, b) =>
    (a.indicatorCodes[0] ?? "").localeCompare(b.indicatorCodes[0] ?? ""),
  );
}

/** More communes than this reporting one figure are shown as one line that opens their list. */
const communesListedOneByOne = 5;

export function AssignmentsPanel({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  const editable = cycle.allowedActions.includes("cycle.manage") && cycle.status === "open";
  const change = useChangeAssignments(cycle.id);
  const agencyOptions = useProvinceAgencies(cycle.orgUnit.id, editable);
  const [search, setSearch] = useState("");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [parts, setParts] = useState<string | null>(null);
  const mayReadParts = useCan()("overdue.read");
  const toggle = (code: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const rows = byElement(cycle.assignments).filter((r) =>
    matchesSearch(search, r.name, r.code, ...r.assignments.map((a) => a.agency.name)),
  );

  const add = (elementCode: string, agencyId: string) => change.mutate({ add: [{ agencyId, elementCode }] });
  const move = (row: ElementRow, agencyId: string) =>
    change.mutate({ add: [{ agencyId, elementCode: row.code }], remove: row.assignments.map((a) => a.id) });
  const remove = (assignmentId: string) => change.mutate({ remove: [assignmentId] });

  const columns: TableColumnsType<ElementRow> = [
    {
      title: t("cycle.element"),
      key: "element",
      render: (_, r) => (
        <>
          <div>{r.name}</div>
          <Typography.Text type="secondary" className="small">
            <code>{r.code}</code> · {t("cycle.indicatorCodes", { codes: r.indicatorCodes.join(", ") })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t("cycle.reportedBy"),
      key: "agencies",
      render: (_, r) => {
        const tag = (a: AssignmentView) => (
          <Tooltip key={a.id} title={a.note}>
            <Tag
              closable={editable}
              onClose={(event) => {
                event.preventDefault();
                remove(a.id);
              }}
              data-testid={`assignment-${r.code}-${a.agency.id}`}
            >
              {a.agency.shortName ?? a.agency.name}
            </Tag>
          </Tooltip>
        );
        // A figure every commune reports is one line ("150 xã, phường") that opens the list.
        const communes = r.assignments.filter((a) => a.agency.kind === "commune_committee");
        const grouped = communes.length > communesListedOneByOne && !expanded.has(r.code);
        return (
          <Space size={[4, 4]} wrap>
            {(grouped ? r.assignments.filter((a) => !communes.includes(a)) : r.assignments).map(tag)}
            {mayReadParts && r.assignments.length > 1 && (
              <Button
                size="small"
                type="link"
                onClick={() => setParts(r.code)}
                data-testid={`parts-${r.code}`}
              >
                {t("parts.open")}
              </Button>
            )}
            {communes.length > communesListedOneByOne && (
              <Button
                size="small"
                type="link"
                onClick={() => toggle(r.code)}
                aria-expanded={!grouped}
                data-testid={`communes-${r.code}`}
              >
                {grouped
                  ? t("cycle.communesReporting", { count: formatNumber(communes.length) })
                  : t("cycle.communesCollapse")}
              </Button>
            )}
          </Space>
        );
      },
    },
  ];
  if (editable)
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 380,
      render: (_, r) => {
        const others = agencyOptions.filter((o) => !r.assignments.some((a) => a.agency.id === o.value));
        return (
          <Space size={6}>
            <Select
              size="small"
              style={{ width: 175 }}
              placeholder={t("cycle.addAgency")}
              value={null}
              options={others}
              onChange={(agencyId: string) => add(r.code, agencyId)}
              showSearch={searchIgnoringDiacritics}
              data-testid={`add-agency-${r.code}`}
            />
            <Select
              size="small"
              style={{ width: 175 }}
              placeholder={t("cycle.moveTo")}
              value={null}
              options={others}
              onChange={(agencyId: string) => move(r, agencyId)}
              showSearch={searchIgnoringDiacritics}
              data-testid={`move-${r.code}`}
            />
          </Space>
        );
      },
    });

  return (
    <>
      {parts && <ElementPartsDrawer cycleId={cycle.id} element={parts} onClose={() => setParts(null)} />}
      <ErrorAlert error={change.error} />
      {cycle.unassigned.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("cycle.unassignedTitle", { count: cycle.unassigned.length })}
          data-testid="unassigned"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {cycle.unassigned.map((u) => (
                <li key={u.code} data-testid={`unassigned-${u.code}`} style={{ marginBottom: 4 }}>
                  {u.name} (<code>{u.code}</code>)
                  {u.expectedAgencies.length > 0 &&
                    ` — ${t("cycle.expectedAgencies", { agencies: u.expectedAgencies.join(", ") })}`}
                  {editable && (
                    <Select
                      size="small"
                      style={{ width: 200, marginLeft: 8 }}
                      placeholder={t("cycle.assignTo")}
                      value={null}
                      options={agencyOptions}
                      onChange={(agencyId: string) => add(u.code, agencyId)}
                      showSearch={searchIgnoringDiacritics}
                      data-testid={`assign-${u.code}`}
                    />
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Input.Search
        allowClear
        placeholder={t("cycle.searchAssignments")}
        style={{ maxWidth: 360, marginBottom: 12 }}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Table<ElementRow>
        rowKey="code"
        size="small"
        loading={change.isPending}
        columns={columns}
        dataSource={rows}
        onRow={(r) => ({ "data-testid": `element-${r.code}` }) as HTMLAttributes<HTMLElement>}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="assignments-table"
      />
    </>
  );
}
