// Every value of the cycle marked "Cần làm rõ", across the agencies this person may read, with
// the last word said about it; each opens the figure on its agency's form.
import { Table, type TableColumnsType, Typography } from "antd";
import { Link } from "react-router-dom";
import type { FollowUpList } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime, formatNumber } from "../../lib/format.js";

type Item = FollowUpList["items"][number];

export function FollowUpTable({
  cycleId,
  list,
  error,
}: {
  cycleId: string;
  list?: FollowUpList;
  error: unknown;
}) {
  const t = useT();
  const columns: TableColumnsType<Item> = [
    { title: t("followUp.agency"), dataIndex: "agencyName", width: 200 },
    {
      title: t("followUp.figure"),
      key: "figure",
      render: (_, i) => (
        <Link to={`/cycles/${cycleId}/agencies/${i.agencyId}#field-${i.element}`}>{i.elementName}</Link>
      ),
    },
    {
      title: t("followUp.value"),
      key: "value",
      width: 140,
      align: "right",
      render: (_, i) =>
        i.listRows !== null
          ? t("followUp.rows", { count: formatNumber(i.listRows) })
          : i.number === null
            ? "—"
            : formatNumber(Number(i.number)),
    },
    {
      title: t("followUp.lastComment"),
      key: "comment",
      render: (_, i) =>
        i.lastComment ? (
          <>
            <Typography.Paragraph
              className="small"
              ellipsis={{ rows: 2, tooltip: i.lastComment.body }}
              style={{ margin: 0 }}
            >
              {i.lastComment.body}
            </Typography.Paragraph>
            <Typography.Text type="secondary" className="small">
              {i.lastComment.authorName} · {formatDateTime(i.lastComment.at)}
            </Typography.Text>
          </>
        ) : (
          "—"
        ),
    },
  ];
  return (
    <>
      <ErrorAlert error={error} />
      <ScrollRegion label={t("followUp.title")} minWidth={720}>
        <Table<Item>
          rowKey={(i) => `${i.agencyId}:${i.element}`}
          size="small"
          columns={columns}
          dataSource={list?.items ?? []}
          loading={!list && !error}
          pagination={false}
          locale={{ emptyText: t("followUp.empty") }}
          data-testid="follow-up"
        />
      </ScrollRegion>
    </>
  );
}
