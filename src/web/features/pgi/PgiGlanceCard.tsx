// The province's green index at a glance: the latest year's total and sub-indices with their
// places, against the year before (score and places), and the place within its region.
import { Card, Table, Typography } from "antd";
import type { PgiFigure, PgiOverview, PgiTargetPart } from "../../../contracts/pgi.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { FigureCell, RankCell, SumGapNote } from "./PgiFigures.js";
import {
  editionNote,
  figureOf,
  numberedPartName,
  partName,
  placeChangeText,
  placeText,
  scoreChangeText,
  scoreText,
} from "./pgi-text.js";
import type { PgiView } from "./pgi-views.js";

interface Line {
  part: PgiTargetPart;
  now: PgiFigure | null;
  before: PgiFigure | null;
}

const parts: PgiTargetPart[] = ["total", "PGI1", "PGI2", "PGI3", "PGI4"];

export function PgiGlanceCard({ data, view }: { data: PgiOverview; view: PgiView }) {
  const t = useT();
  const latest = view.rows.at(-1);
  if (!latest)
    return (
      <Card title={t("pgi.glance.titleNone")} data-testid="pgi-glance">
        <Typography.Paragraph style={{ margin: 0 }}>
          {t("pgi.glance.none", { name: view.label })}
        </Typography.Paragraph>
      </Card>
    );
  const previous = view.rows.at(-2);
  const lines: Line[] = parts.map((part) => ({
    part,
    now: figureOf(latest, part),
    before: figureOf(previous, part),
  }));
  const change = (line: Line) =>
    [
      scoreChangeText(t, line.now?.score ?? null, line.before?.score ?? null),
      placeChangeText(t, line.now?.rank ?? null, line.before?.rank ?? null),
    ]
      .filter(Boolean)
      .join(" · ") || "—";
  const note = editionNote(data.editions, latest.year);
  const title = t("pgi.glance.title", { year: latest.year, name: view.label });
  return (
    <Card title={title} data-testid="pgi-glance">
      <Typography.Paragraph data-testid="pgi-headline" style={{ fontSize: 16 }}>
        {latest.total.score === null
          ? t("pgi.glance.noTotal")
          : t("pgi.glance.headline", { score: scoreText(latest.total.score) })}
        {latest.total.rank && ` · ${placeText(t, latest.total.rank)}`}
        {latest.total.rank?.basis === "computed" && ` (${t("pgi.rank.computedMark")})`}
        {latest.total.score !== null && !latest.total.rank && ` · ${t("pgi.rank.none")}`}
        {previous && latest.total.rank && previous.total.rank && (
          <>
            {" · "}
            {t("pgi.glance.sinceYear", {
              change: placeChangeText(t, latest.total.rank, previous.total.rank) ?? "",
              year: previous.year,
            })}
          </>
        )}
      </Typography.Paragraph>
      {latest.region && (
        <Typography.Paragraph data-testid="pgi-region">
          {t("pgi.glance.region", {
            region: latest.region.name,
            place: placeText(t, latest.region.rank),
          })}
          {previous?.region && (
            <span className="muted">
              {" "}
              {t("pgi.glance.regionBefore", {
                year: previous.year,
                place: placeText(t, previous.region.rank),
              })}
            </span>
          )}
        </Typography.Paragraph>
      )}
      <ScrollRegion label={title} minWidth={640}>
        <Table<Line>
          size="small"
          pagination={false}
          rowKey="part"
          dataSource={lines}
          data-testid="pgi-glance-table"
          columns={[
            {
              title: t("pgi.col.index"),
              render: (_, line) =>
                line.part === "total" ? (
                  <strong>{partName(t, line.part)}</strong>
                ) : (
                  numberedPartName(t, line.part)
                ),
            },
            {
              title: t("pgi.col.scoreOf", { year: latest.year }),
              render: (_, line) =>
                line.now?.score == null ? (
                  <span className="muted">{t("pgi.notPublished")}</span>
                ) : (
                  scoreText(line.now.score)
                ),
            },
            {
              title: t("pgi.col.rankOf", { year: latest.year }),
              // Nothing published at all is said once, in the score's column.
              render: (_, line) =>
                line.now?.score == null && !line.now?.rank ? "—" : <RankCell rank={line.now?.rank ?? null} />,
            },
            ...(previous
              ? [
                  {
                    title: t("pgi.col.year", { year: previous.year }),
                    render: (_: unknown, line: Line) => <FigureCell figure={line.before} />,
                  },
                  {
                    title: t("pgi.col.change", { year: previous.year }),
                    render: (_: unknown, line: Line) => change(line),
                  },
                ]
              : []),
          ]}
        />
      </ScrollRegion>
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 8, marginBottom: 0 }}>
        {t("pgi.glance.scale")}
        {note && ` ${t("pgi.glance.editionNote", { year: latest.year, note })}`}
      </Typography.Paragraph>
      <SumGapNote row={latest} />
    </Card>
  );
}
