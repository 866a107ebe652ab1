// One year's published table: total, rank, band, the parts (PEPI groups, PGI sub-indices),
// the decision and the source, which opens in a new tab.
import { InfoCircleOutlined, LinkOutlined, WarningOutlined } from "@ant-design/icons";
import { Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatNumber } from "../../lib/format.js";
import type { PublishedKind, PublishedResult } from "./published.api.js";

type Part = "I" | "II" | "PGI1" | "PGI2" | "PGI3" | "PGI4";
const partsOf: Record<PublishedKind, Part[]> = { pepi: ["I", "II"], pgi: ["PGI1", "PGI2", "PGI3", "PGI4"] };
const isLink = (url: string) => /^https?:\/\//i.test(url);
const byRankThenName = (a: PublishedResult, b: PublishedResult) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
  compareVietnamese(a.province, b.province);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** A source cell may hold several sources, "https://a | https://b (ghi chú)": one line each. */
function Sources({ text }: { text: string }) {
  return (
    <>
      {text.split(/\s+\|\s+/).map((part) => {
        // A link may be followed by a note in brackets: the link alone opens.
        const first = part.split(/\s/)[0] ?? "";
        return (
          <div key={part}>
            <Source url={isLink(first) ? first : part} />
          </div>
        );
      })}
    </>
  );
}

function Source({ url }: { url: string }) {
  const t = useT();
  if (isLink(url))
    return (
      <Typography.Link href={url} target="_blank" rel="noopener noreferrer" data-testid="source-link">
        <LinkOutlined /> {hostOf(url)}
      </Typography.Link>
    );
  return (
    <Tooltip title={url}>
      <Typography.Text type="warning">
        <WarningOutlined /> {t("published.unconfirmedSource")}
      </Typography.Text>
    </Tooltip>
  );
}

export function PublishedTable({
  kind,
  rows,
  loading,
}: {
  kind: PublishedKind;
  rows: PublishedResult[];
  loading: boolean;
}) {
  const t = useT();
  const columns: TableColumnsType<PublishedResult> = [
    {
      title: t("published.province"),
      dataIndex: "province",
      sorter: (a, b) => compareVietnamese(a.province, b.province),
      render: (province: string, r) => (
        <>
          {province}{" "}
          {r.notes && (
            <Tooltip title={r.notes}>
              <InfoCircleOutlined className="muted" aria-label={r.notes} />
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t("published.total"),
      dataIndex: "total",
      width: 100,
      align: "right",
      sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
      render: (total: number | null) => <strong>{formatNumber(total, 2)}</strong>,
    },
    {
      title: t("published.rank"),
      dataIndex: "rank",
      width: 80,
      align: "right",
      render: (r: number | null) => formatNumber(r),
    },
    ...(kind === "pepi"
      ? [
          {
            title: t("published.band"),
            dataIndex: "band",
            width: 120,
            render: (band: string | null) => (band ? <Tag>{band}</Tag> : "—"),
          },
        ]
      : []),
    ...partsOf[kind].map((part) => ({
      title: <Tooltip title={t(`published.partName.${part}`)}>{t(`published.part.${part}`)}</Tooltip>,
      key: part,
      width: 100,
      align: "right" as const,
      render: (_: unknown, r: PublishedResult) => (
        <>
          {formatNumber(r.parts[part] ?? null, 2)}
          {r.partRanks[part] != null && (
            <div className="small muted">{t("published.partRank", { rank: r.partRanks[part] })}</div>
          )}
        </>
      ),
    })),
    ...(kind === "pepi"
      ? [
          {
            title: t("published.decision"),
            dataIndex: "decision",
            width: 190,
            render: (d: string | null) => d ?? "—",
          },
        ]
      : []),
    {
      title: t("published.source"),
      dataIndex: "sourceUrl",
      width: 200,
      render: (url: string) => <Sources text={url} />,
    },
  ];
  return (
    <ScrollRegion label={t("published.title")} minWidth={900}>
      <Table<PublishedResult>
        rowKey={(r) => `${r.year}-${r.province}`}
        size="small"
        loading={loading}
        columns={columns}
        dataSource={[...rows].sort(byRankThenName)}
        pagination={{ pageSize: 70, hideOnSinglePage: true }}
        locale={{ emptyText: t("published.none") }}
        data-testid="published-table"
      />
    </ScrollRegion>
  );
}
