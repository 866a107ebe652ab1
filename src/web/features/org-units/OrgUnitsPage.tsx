// Administrative units with their validity periods. By default only units in force today are
// listed (the 34 provinces after 1 July 2025); clearing the date shows the history too.
import { Card, DatePicker, Input, Select, Space, Table, type TableColumnsType, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { type OrgUnit, orgUnitLevels } from "../../../contracts/org-units.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDate, formatNumber, matchesSearch } from "../../lib/format.js";
import { useOrgUnits } from "./org-units.api.js";

type Level = OrgUnit["level"];

export default function OrgUnitsPage() {
  const t = useT();
  const [level, setLevel] = useState<Level | undefined>();
  const [onDate, setOnDate] = useState<Dayjs | null>(dayjs());
  const [search, setSearch] = useState("");
  const units = useOrgUnits({ level, onDate: onDate?.format("YYYY-MM-DD") });
  // Parents and successors may lie outside the filter, so names come from the full list.
  const everyUnit = useOrgUnits({});
  const nameOf = useMemo(() => {
    const names = new Map((everyUnit.data ?? []).map((u) => [u.id, u.name]));
    return (id: string | null) => (id ? (names.get(id) ?? "—") : "—");
  }, [everyUnit.data]);

  const rows = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => matchesSearch(search, u.code, u.name))
        .sort((a, b) => compareVietnamese(a.name, b.name)),
    [units.data, search],
  );

  if (units.isError) return <PageError error={units.error} onRetry={() => void units.refetch()} />;

  const columns: TableColumnsType<OrgUnit> = [
    { title: t("orgUnit.code"), dataIndex: "code", width: 130 },
    {
      title: t("orgUnit.name"),
      dataIndex: "name",
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      render: (_, u) => (
        <Space size={4}>
          {u.name}
          {u.isDemo && <Tag color="gold">{t("common.demo")}</Tag>}
        </Space>
      ),
    },
    { title: t("orgUnit.level"), dataIndex: "level", render: (l: Level) => t(`orgLevel.${l}`) },
    { title: t("orgUnit.parent"), dataIndex: "parentId", render: nameOf },
    { title: t("orgUnit.validFrom"), dataIndex: "validFrom", render: formatDate, width: 130 },
    { title: t("orgUnit.validTo"), dataIndex: "validTo", render: formatDate, width: 130 },
    { title: t("orgUnit.successor"), dataIndex: "successorId", render: nameOf },
  ];

  return (
    <>
      <PageHeader title={t("orgUnit.title")} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t("orgUnit.searchPlaceholder")}
            aria-label={t("orgUnit.searchPlaceholder")}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 260 }}
          />
          <Select<Level>
            allowClear
            placeholder={t("orgUnit.level")}
            aria-label={t("orgUnit.level")}
            value={level}
            onChange={setLevel}
            style={{ width: 200 }}
            options={orgUnitLevels.map((l) => ({ value: l, label: t(`orgLevel.${l}`) }))}
            data-testid="org-unit-level"
          />
          <Space size={8}>
            <span>{t("orgUnit.onDate")}</span>
            <DatePicker
              value={onDate}
              onChange={setOnDate}
              format="DD/MM/YYYY"
              aria-label={t("orgUnit.onDate")}
              data-testid="org-unit-on-date"
            />
          </Space>
        </Space>
        <Table<OrgUnit>
          rowKey="id"
          size="middle"
          loading={units.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={{
            pageSize: 50,
            hideOnSinglePage: true,
            showTotal: (n) => t("common.total", { count: formatNumber(n) }),
          }}
          data-testid="org-units-table"
        />
      </Card>
    </>
  );
}
