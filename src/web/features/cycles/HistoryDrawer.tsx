// Every version of one figure, newest first: the value, who changed it, when and why.
import { Drawer, Empty, Table, type TableColumnsType, Typography } from "antd";
import type { FormElement } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime, formatNumber } from "../../lib/format.js";
import { useLocalText } from "../frameworks/describe.js";
import { useValueHistory, type ValueHistory } from "./form.api.js";
import { numberText } from "./form-drafts.js";

type Version = ValueHistory["versions"][number];

export function HistoryDrawer({
  cycleId,
  agencyId,
  element,
  onClose,
}: {
  cycleId: string;
  agencyId: string;
  element: FormElement | null;
  onClose: () => void;
}) {
  const t = useT();
  const local = useLocalText();
  const history = useValueHistory(cycleId, agencyId, element?.code ?? null);
  const columns: TableColumnsType<Version> = [
    { title: t("form.versionN"), dataIndex: "version", width: 80 },
    {
      title: t("form.value"),
      key: "value",
      render: (_, v) =>
        v.list
          ? t("form.listRows", { count: formatNumber(v.list.length) })
          : v.number === null
            ? "—"
            : numberText(v.number),
    },
    { title: t("form.changedBy"), dataIndex: "changedByName", render: (name: string | null) => name ?? "—" },
    { title: t("form.changedAt"), dataIndex: "changedAt", width: 150, render: formatDateTime },
    {
      title: t("form.changeReason"),
      dataIndex: "reason",
      render: (reason: string | null) => reason ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];
  return (
    <Drawer
      open={element !== null}
      size={720}
      title={element ? t("form.historyTitle", { name: local(element.name) }) : ""}
      onClose={onClose}
      destroyOnHidden
      data-testid="history-drawer"
    >
      <ErrorAlert error={history.error} />
      {history.data && history.data.versions.length === 0 ? (
        <Empty description={t("form.noHistory")} />
      ) : (
        <Table<Version>
          rowKey="version"
          size="small"
          loading={history.isPending}
          columns={columns}
          dataSource={history.data?.versions ?? []}
          pagination={false}
          data-testid="history-table"
        />
      )}
    </Drawer>
  );
}
