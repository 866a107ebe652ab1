// A figure many agencies report a part of: the province's sum and each agency's part, the ones
// not reported yet first, so the coordinator knows whom to call.

import { useQuery } from "@tanstack/react-query";
import { Alert, Descriptions, Drawer, Table, Tag } from "antd";
import type { ElementParts } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { api } from "../../lib/api.js";
import { formatNumber } from "../../lib/format.js";

const order = { missing: 0, no_data: 1, entered: 2 } as const;

export function ElementPartsDrawer({
  cycleId,
  element,
  onClose,
}: {
  cycleId: string;
  element: string;
  onClose: () => void;
}) {
  const t = useT();
  const parts = useQuery({
    queryKey: ["cycles", cycleId, "parts", element],
    queryFn: () =>
      api.get<ElementParts>(`/api/cycles/${cycleId}/elements/${encodeURIComponent(element)}/parts`),
  });
  const data = parts.data;
  const rows = [...(data?.parts ?? [])].sort((a, b) => order[a.state] - order[b.state]);
  return (
    <Drawer
      open
      onClose={onClose}
      size={640}
      title={data?.element.name ?? t("parts.title")}
      data-testid="parts-drawer"
    >
      <ErrorAlert error={parts.error} />
      {data && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t("parts.total")}>
              <strong data-testid="parts-total">
                {data.element.kind === "list"
                  ? t("form.listRows", { count: formatNumber(data.totalRows ?? 0) })
                  : `${formatNumber(data.total)} ${data.element.unit}`}
              </strong>
            </Descriptions.Item>
            <Descriptions.Item label={t("parts.reporters")}>
              {formatNumber(data.parts.length)}
            </Descriptions.Item>
          </Descriptions>
          {data.missing > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t("parts.missing", { count: formatNumber(data.missing) })}
            />
          )}
          <Table
            size="small"
            rowKey={(p) => p.agency.id}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="parts-table"
            columns={[
              { title: t("cycle.agency"), key: "agency", render: (_, p) => p.agency.name },
              {
                title: t("parts.value"),
                key: "value",
                align: "right",
                render: (_, p) =>
                  p.state === "entered"
                    ? p.listRows !== null
                      ? t("form.listRows", { count: formatNumber(p.listRows) })
                      : formatNumber(p.value)
                    : "—",
              },
              {
                title: t("common.status"),
                key: "state",
                render: (_, p) =>
                  p.state === "missing" ? (
                    <Tag color="red">{t("parts.state.missing")}</Tag>
                  ) : p.state === "no_data" ? (
                    <Tag title={p.noDataReason ?? undefined}>{t("parts.state.noData")}</Tag>
                  ) : (
                    <Tag color="green">{t("parts.state.entered")}</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
