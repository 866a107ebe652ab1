// The green index (PGI) of the last two published years, sub-index by sub-index, and the
// province among its region's provinces by published PEPI total.
import { Card, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { Standing } from "../../../contracts/standing.js";
import { eraOfYear } from "../../../domain/org/provinces.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { type MessageKey, useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { useCan } from "../auth/session.js";

type Pgi = NonNullable<Standing["pgi"]>;
type Figure = Pgi["total"];
type PgiRow = { key: string; name: string; now: Figure; previous: Figure | null };

/** The way to the green index's own page, for those who may open it. */
function PgiDetailLink() {
  const t = useT();
  const can = useCan();
  return can("pgi.read") ? (
    <Link to="/pgi" data-testid="standing-pgi-detail">
      {t("pgi.home.link")}
    </Link>
  ) : null;
}

export function PgiCard({ pgi }: { pgi: Standing["pgi"] }) {
  const t = useT();
  if (!pgi)
    return (
      <Card title={t("standing.pgi", { year: "" })} style={{ height: "100%" }} extra={<PgiDetailLink />}>
        <Typography.Text type="secondary">{t("standing.pgiNone")}</Typography.Text>
      </Card>
    );
  const figure = (f: Figure | null, year: number) => {
    if (!f || (f.score === null && f.rank === null)) return t("standing.notPublished");
    const score = f.score === null ? t("standing.notPublished") : formatDecimal(f.score);
    const count = Number(eraOfYear(year));
    return f.rank === null ? score : `${score} · ${t("rank.value", { place: f.rank, count })}`;
  };
  const rows: PgiRow[] = [
    { key: "total", name: t("standing.pgiTotal"), now: pgi.total, previous: pgi.previousTotal },
    ...pgi.subs.map((s) => ({
      key: s.part,
      name: t(`published.partName.${s.part}` as MessageKey),
      now: s.now,
      previous: s.previous,
    })),
  ];
  return (
    <Card
      title={t("standing.pgi", { year: pgi.year })}
      style={{ height: "100%" }}
      data-testid="standing-pgi"
      extra={<PgiDetailLink />}
    >
      <ScrollRegion label={t("standing.pgi", { year: pgi.year })} minWidth={420}>
        <Table<PgiRow>
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t("standing.col.part"), dataIndex: "name" },
            { title: t("standing.col.now", { year: pgi.year }), render: (_, r) => figure(r.now, pgi.year) },
            ...(pgi.previousYear
              ? [
                  {
                    title: t("standing.col.now", { year: pgi.previousYear }),
                    render: (_: unknown, r: PgiRow) => figure(r.previous, pgi.previousYear ?? pgi.year),
                  },
                ]
              : []),
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}

type RegionRow = NonNullable<Standing["region"]>["rows"][number];

export function RegionCard({ region }: { region: Standing["region"] }) {
  const t = useT();
  if (!region)
    return (
      <Card title={t("standing.region")} style={{ height: "100%" }}>
        <Typography.Text type="secondary">{t("standing.regionNone")}</Typography.Text>
      </Card>
    );
  const title = t("standing.regionTitle", { region: region.name, year: region.year });
  return (
    <Card title={title} style={{ height: "100%" }} data-testid="standing-region">
      <ScrollRegion label={title} minWidth={320}>
        <Table<RegionRow>
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={region.rows}
          rowClassName={(r) => (r.own ? "standing-own-row" : "")}
          columns={[
            {
              title: t("standing.col.province"),
              render: (_, r) => (
                <>
                  {r.name} {r.own && <Tag color="blue">{t("standing.own")}</Tag>}
                </>
              ),
            },
            {
              title: t("standing.col.score"),
              render: (_, r) => (r.total === null ? t("standing.notPublished") : formatDecimal(r.total)),
            },
            { title: t("standing.col.rank"), render: (_, r) => (r.rank === null ? "—" : r.rank) },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
