// Where the points are: for each indicator an agency can act on, what the total and the place
// would be if it alone reached its maximum, largest gain first, with the agencies that report it.
// Indicators scored by another body (the citizens' survey) are listed apart, below.
import { ConfigProvider, Table, type TableColumnsType, Tag, Typography } from "antd";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { useLocalText } from "../frameworks/describe.js";
import type { WhatIfView } from "./computations.api.js";
import { RankText } from "./RankText.js";

type Row = WhatIfView["rows"][number];

const selectedRows = { components: { Table: { rowSelectedBg: "#e9f4ee", rowSelectedHoverBg: "#dcede3" } } };

export function WhatIfTable({
  whatIf,
  loading = false,
  ranked = true,
  selection,
}: {
  whatIf: WhatIfView | undefined;
  loading?: boolean;
  /** False for an incomplete result: points only, no place among the provinces. */
  ranked?: boolean;
  /** Indicators ticked to take into a plan (the coordinator's), each box named by its indicator. */
  selection?: { selected: string[]; onChange: (codes: string[]) => void };
}) {
  const t = useT();
  const local = useLocalText();
  const pointColumns: TableColumnsType<Row> = [
    { title: t("indicator.code"), dataIndex: "code", width: 60, render: (c: string) => <strong>{c}</strong> },
    {
      title: t("indicator.name"),
      key: "name",
      render: (_, r) => (
        <>
          {local(r.name)}
          {r.agencies.length > 0 && <div className="muted small">{r.agencies.join("; ")}</div>}
        </>
      ),
    },
    {
      title: t("result.points"),
      key: "points",
      width: 120,
      align: "right",
      render: (_, r) => `${formatDecimal(r.points)} / ${formatDecimal(r.maxPoints)}`,
    },
    {
      title: t("whatIf.gain"),
      dataIndex: "gain",
      width: 120,
      align: "right",
      render: (gain: number) => <strong className="change-better">+{formatDecimal(gain)}</strong>,
    },
    {
      // An incomplete result's "total" is the groups computed so far, and says so.
      title: t(ranked ? "whatIf.newTotal" : "whatIf.newPoints"),
      dataIndex: "newTotal",
      width: 110,
      align: "right",
      render: (total: number) => formatDecimal(total),
    },
  ];
  const placeColumns: TableColumnsType<Row> = [
    {
      title: t("whatIf.newRank"),
      key: "rank",
      width: 120,
      align: "right",
      render: (_, r) => <RankText rank={r.rank} compact />,
    },
    {
      title: t("whatIf.rankGain"),
      dataIndex: "rankGain",
      width: 130,
      align: "right",
      // The gain at the most likely place; "about" unless the new place is certain.
      render: (gain: number | null, r) =>
        gain === null ? (
          <span className="muted">—</span>
        ) : gain > 0 ? (
          <Tag color="green">
            {t(r.rank?.exact ? "whatIf.places" : "whatIf.placesAbout", { count: gain })}
          </Tag>
        ) : (
          <span className="muted">0</span>
        ),
    },
  ];
  const columns = ranked ? [...pointColumns, ...placeColumns] : pointColumns;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t(ranked ? "whatIf.intro" : "whatIf.introUnranked")}
      </Typography.Paragraph>
      <ScrollRegion label={t("whatIf.title")} minWidth={820}>
        {/* A ticked row in a light tint of the brand: the theme's own is too dark for the green gains on it. */}
        <ConfigProvider theme={selectedRows}>
          <Table<Row>
            rowKey="code"
            size="small"
            loading={loading}
            columns={columns}
            dataSource={whatIf?.rows ?? []}
            rowSelection={
              selection && {
                selectedRowKeys: selection.selected,
                onChange: (keys) => selection.onChange(keys.map(String)),
                getTitleCheckboxProps: () => ({ "aria-label": t("planFromWhatIf.selectAll") }),
                getCheckboxProps: (r) => ({
                  "aria-label": t("planFromWhatIf.select", { name: local(r.name) }),
                }),
              }
            }
            pagination={false}
            data-testid="what-if-table"
            locale={{ emptyText: t("whatIf.none") }}
          />
        </ConfigProvider>
      </ScrollRegion>
      {(whatIf?.external.length ?? 0) > 0 && (
        <Typography.Paragraph
          type="secondary"
          className="small"
          style={{ marginTop: 8 }}
          data-testid="what-if-external"
        >
          {t("whatIf.external")}{" "}
          {whatIf?.external.map((r) => `${r.code} ${local(r.name)} (+${formatDecimal(r.gain)})`).join("; ")}
        </Typography.Paragraph>
      )}
    </>
  );
}
