// One year's published table: total, rank, band, the parts (PEPI groups, PGI sub-indices),
// the decision and the source, which opens in a new tab. A PGI total that differs from the sum
// of its sub-indices beyond rounding is marked (the published total is kept), and an empty PGI
// rank reads "Chưa có" with why it may be empty (VCCI ranked only part since 2024, or not imported).
import { InfoCircleOutlined, LinkOutlined, WarningOutlined } from "@ant-design/icons";
import { Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { totalSumGap } from "../../../domain/results/total-sum.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDecimal, formatNumber } from "../../lib/format.js";
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

/** A rank the source did not publish (since 2024 VCCI publishes only part of the ranking). */
function NotPublished() {
  const t = useT();
  return (
    <Tooltip title={t("published.rankNotPublishedHelp")}>
      <span className="muted" style={{ whiteSpace: "nowrap" }} data-testid="not-published">
        {t("published.rankNotPublished")}
      </span>
    </Tooltip>
  );
}

/** The published total, marked when the sub-indices do not add up to it (it is kept as published). */
function PgiTotal({ row }: { row: PublishedResult }) {
  const t = useT();
  if (row.total === null) return <strong>{formatNumber(null)}</strong>;
  const found = totalSumGap(
    row.total,
    partsOf.pgi.map((p) => row.parts[p]),
  );
  if (!found) return <strong>{formatNumber(row.total, 2)}</strong>;
  const help = t("published.sumGapHelp", {
    total: formatNumber(row.total, 2),
    sum: formatNumber(found.sum, 2),
    gap: formatDecimal(found.gap, 2),
  });
  return (
    <>
      <strong>{formatNumber(row.total, 2)}</strong>
      <div>
        <Tooltip title={help} trigger={["hover", "focus"]}>
          <Tag
            color="orange"
            tabIndex={0}
            style={{ marginInlineEnd: 0, whiteSpace: "nowrap" }}
            data-testid="sum-gap"
          >
            {t("published.sumGap")}
            <span className="visually-hidden">: {help}</span>
          </Tag>
        </Tooltip>
      </div>
    </>
  );
}

/** The components VCCI published under a sub-index, one line each. */
function componentsText(components: Record<string, number> | undefined): string | null {
  const entries = Object.entries(components ?? {});
  if (entries.length === 0) return null;
  return entries.map(([name, value]) => `${name}: ${formatDecimal(value, 2)}`).join("\n");
}

/** An icon after a sub-index's score whose tooltip (and name, for a screen reader) lists its components. */
function Components({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {" "}
      <Tooltip title={<span style={{ whiteSpace: "pre-line" }}>{text}</span>} trigger={["hover", "focus"]}>
        <InfoCircleOutlined className="muted" tabIndex={0} aria-label={text} data-testid="components" />
      </Tooltip>
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
    // Dark gold: antd's warning yellow is about 2:1 on white, below WCAG AA for small text.
    <Tooltip title={url}>
      <Typography.Text style={{ color: "#874d00" }}>
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
      width: kind === "pgi" ? 150 : 100,
      align: "right",
      sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
      render: (total: number | null, r) =>
        kind === "pgi" ? <PgiTotal row={r} /> : <strong>{formatNumber(total, 2)}</strong>,
    },
    {
      title: t("published.rank"),
      dataIndex: "rank",
      width: kind === "pgi" ? 120 : 80,
      align: "right",
      render: (rank: number | null) =>
        rank === null && kind === "pgi" ? <NotPublished /> : formatNumber(rank),
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
          <Components text={componentsText(r.components?.[part])} />
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
