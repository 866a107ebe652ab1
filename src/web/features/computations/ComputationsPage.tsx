// Stored computations: which framework version made each, for which province and year, and
// the result. Those made under an older version are marked until recomputed.
import { Card, Flex, Select, Space, Switch, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDateTime, formatDecimal, formatNumber } from "../../lib/format.js";
import { useLocalText } from "../frameworks/describe.js";
import { useFrameworks } from "../frameworks/frameworks.api.js";
import { type ComputationFilter, type ComputationSummary, useComputations } from "./computations.api.js";
import { countedGroups } from "./GroupsPending.js";

const currentYear = new Date().getFullYear();
const years = Array.from({ length: currentYear - 2019 }, (_, i) => currentYear - i);

export default function ComputationsPage() {
  const t = useT();
  const local = useLocalText();
  const [filter, setFilter] = useState<ComputationFilter>({});
  const computations = useComputations(filter);
  const frameworks = useFrameworks();
  const set = (patch: ComputationFilter) => setFilter((current) => ({ ...current, ...patch }));

  if (computations.isError && !computations.data)
    return <PageError error={computations.error} onRetry={() => void computations.refetch()} />;

  const columns: TableColumnsType<ComputationSummary> = [
    {
      title: t("computation.province"),
      key: "province",
      sorter: (a, b) => compareVietnamese(a.orgUnit.name, b.orgUnit.name),
      render: (_, c) => <Link to={`/computations/${c.id}`}>{c.orgUnit.name}</Link>,
    },
    { title: t("computation.year"), dataIndex: "year", width: 90, sorter: (a, b) => a.year - b.year },
    {
      title: t("computation.framework"),
      key: "framework",
      render: (_, c) => c.frameworkName,
    },
    {
      title: t("framework.version"),
      key: "version",
      width: 190,
      render: (_, c) => (
        <Space size={4} wrap>
          {t("framework.versionN", { version: c.version })}
          {!c.isCurrentVersion && (
            <Tag color="orange" data-testid="old-version">
              {t("computation.oldVersion")}
            </Tag>
          )}
          {c.supersededBy && <Tag>{t("computation.superseded")}</Tag>}
          {c.cycleId && !c.withdrawnAt && <Tag color="green">{t("computation.fromApprovedCycle")}</Tag>}
          {c.withdrawnAt && <Tag>{t("computation.withdrawn")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("result.total"),
      dataIndex: "total",
      width: 100,
      align: "right",
      sorter: (a, b) => a.total - b.total,
      // An incomplete result shows the groups counted, never a total out of 100.
      render: (total: number, c) =>
        c.status && !c.status.complete ? (
          <span className="small">
            {t("result.groupsShort", { groups: countedGroups(c.status) || "—" })}{" "}
            {formatDecimal(c.status.scoredPoints)}/{formatDecimal(c.status.scoredMaxPoints)}
          </span>
        ) : (
          <strong>{formatDecimal(total)}</strong>
        ),
    },
    { title: t("result.band"), key: "band", width: 150, render: (_, c) => (c.band ? local(c.band) : "—") },
    {
      title: t("computation.complete"),
      dataIndex: "complete",
      width: 150,
      render: (complete: boolean) =>
        complete ? (
          <Tag color="green">{t("result.complete")}</Tag>
        ) : (
          <Tag color="red">{t("computation.incomplete")}</Tag>
        ),
    },
    { title: t("computation.createdAt"), dataIndex: "createdAt", width: 150, render: formatDateTime },
  ];

  return (
    <>
      <PageHeader title={t("computation.title")}>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {t("computation.intro")}
        </Typography.Paragraph>
      </PageHeader>
      <Card>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t("computation.framework")}
            aria-label={t("computation.framework")}
            style={{ flex: "0 1 320px", minWidth: 0 }}
            value={filter.framework}
            onChange={(framework) => set({ framework })}
            options={(frameworks.data ?? [])
              .filter((f) => f.computed)
              .map((f) => ({ value: f.code, label: `${f.code} · ${local(f.name)}` }))}
          />
          <Select
            allowClear
            placeholder={t("computation.year")}
            aria-label={t("computation.year")}
            style={{ width: 120 }}
            value={filter.year}
            onChange={(year) => set({ year })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
          <Space size={6}>
            <Switch
              size="small"
              checked={filter.includeSuperseded ?? false}
              onChange={(includeSuperseded) => set({ includeSuperseded })}
              aria-label={t("computation.includeSuperseded")}
            />
            <span>{t("computation.includeSuperseded")}</span>
          </Space>
        </Flex>
        <Table<ComputationSummary>
          rowKey="id"
          size="middle"
          loading={computations.isFetching}
          columns={columns}
          dataSource={computations.data ?? []}
          pagination={{
            pageSize: 50,
            hideOnSinglePage: true,
            showTotal: (n) => t("common.total", { count: formatNumber(n) }),
          }}
          locale={{ emptyText: t("computation.none") }}
          data-testid="computations-table"
        />
      </Card>
    </>
  );
}
