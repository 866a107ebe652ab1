// Every green-index target of the province, from its plans or set on this page: its year and
// value, the latest figure, the distance still to go and, for a place, the score that would have
// given it among the other provinces' latest scores. The coordinator edits the page's own.
// A table on a desktop; on a phone one block per target, the distance in view without scrolling.
import { EditOutlined } from "@ant-design/icons";
import { Button, Card, Grid, Table, Typography } from "antd";
import { type HTMLAttributes, useState } from "react";
import { Link } from "react-router-dom";
import type { PgiOverview, PgiTarget } from "../../../contracts/pgi.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";
import { PgiTargetsModal } from "./PgiTargetsModal.js";
import { gapText, numberedPartName, scoreNeededText, scoreText } from "./pgi-text.js";

const block = { display: "block" } as const;
const keyOf = (r: PgiTarget) => `${r.source}-${r.planId ?? ""}-${r.part}-${r.measure}-${r.year}`;

function useMeasureValue() {
  const t = useT();
  return (target: PgiTarget, value: number) =>
    target.measure === "score"
      ? t("pgi.target.score", { score: scoreText(value) })
      : t("pgi.target.rank", { place: formatNumber(value) });
}

function CurrentCell({ target }: { target: PgiTarget }) {
  const t = useT();
  const measureValue = useMeasureValue();
  if (!target.current) return <span className="muted">{t("pgi.target.noCurrentShort")}</span>;
  return (
    <>
      {t("pgi.target.current", {
        value: measureValue(target, target.current.value),
        year: target.current.year,
      })}
      {target.current.basis === "computed" && (
        <span className="muted small" style={block}>
          {t("pgi.rank.computedMark")}
        </span>
      )}
    </>
  );
}

/** The distance when there is a figure to compare with, the score a place needs, and the server's note. */
function DistanceCell({ target }: { target: PgiTarget }) {
  const t = useT();
  const needed = scoreNeededText(t, target);
  if (!target.current && !needed && !target.note) return <>—</>;
  return (
    <>
      {target.current && (
        <strong style={block} data-testid="pgi-target-gap">
          {gapText(t, target)}
        </strong>
      )}
      {needed && (
        <span className="small" style={block}>
          {needed}
        </span>
      )}
      {target.note && (
        <span className="muted small" style={block}>
          {target.note}
        </span>
      )}
    </>
  );
}

function SourceCell({ target, note }: { target: PgiTarget; note: string | null | undefined }) {
  const t = useT();
  if (target.source === "plan" && target.planId)
    return <Link to={`/plans/${target.planId}`}>{target.planTitle ?? t("pgi.target.plan")}</Link>;
  return (
    <>
      {t("pgi.target.page")}
      {note && (
        <span className="muted small" style={block}>
          {note}
        </span>
      )}
    </>
  );
}

export function PgiTargetsCard({ data }: { data: PgiOverview }) {
  const t = useT();
  const compact = !Grid.useBreakpoint().md;
  const measureValue = useMeasureValue();
  const [editing, setEditing] = useState(false);
  const noteOf = (target: PgiTarget) =>
    target.source === "page"
      ? data.pageTargets.find((p) => p.year === target.year && p.part === target.part)?.note
      : null;
  const title = t("pgi.target.title");
  const what = (r: PgiTarget) =>
    t("pgi.target.what", {
      part: numberedPartName(t, r.part),
      year: r.year,
      value: measureValue(r, r.value),
    });
  const list = (
    <ul style={{ listStyle: "none", padding: 0, margin: 0 }} data-testid="pgi-targets-list">
      {data.targets.map((r) => (
        <li
          key={keyOf(r)}
          data-testid="pgi-target-item"
          style={{ padding: "10px 0", borderBottom: "1px solid #f0f0f0" }}
        >
          <strong style={block}>{what(r)}</strong>
          <span style={block}>
            {t("pgi.target.col.current")}: <CurrentCell target={r} />
          </span>
          <DistanceCell target={r} />
          <span className="small" style={block}>
            {t("pgi.target.col.source")}: <SourceCell target={r} note={noteOf(r)} />
          </span>
        </li>
      ))}
    </ul>
  );
  const table = (
    <ScrollRegion label={title} minWidth={900}>
      <Table<PgiTarget>
        size="small"
        pagination={false}
        rowKey={keyOf}
        dataSource={data.targets}
        onRow={() => ({ "data-testid": "pgi-target-item" }) as HTMLAttributes<HTMLElement>}
        data-testid="pgi-targets-table"
        columns={[
          { title: t("pgi.col.index"), render: (_, r) => numberedPartName(t, r.part) },
          { title: t("pgi.col.yearPlain"), dataIndex: "year", width: 70 },
          {
            title: t("pgi.target.col.value"),
            width: 110,
            render: (_, r) => <strong>{measureValue(r, r.value)}</strong>,
          },
          { title: t("pgi.target.col.current"), width: 160, render: (_, r) => <CurrentCell target={r} /> },
          { title: t("pgi.target.col.gap"), render: (_, r) => <DistanceCell target={r} /> },
          {
            title: t("pgi.target.col.source"),
            width: 180,
            render: (_, r) => <SourceCell target={r} note={noteOf(r)} />,
          },
        ]}
      />
    </ScrollRegion>
  );
  return (
    <Card
      title={title}
      data-testid="pgi-targets"
      extra={
        data.canEditTargets && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="pgi-targets-edit">
            {t("pgi.target.edit")}
          </Button>
        )
      }
    >
      {data.targets.length === 0 ? (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t(data.canEditTargets ? "pgi.target.noneCanEdit" : "pgi.target.none")}
        </Typography.Paragraph>
      ) : compact ? (
        list
      ) : (
        table
      )}
      {editing && <PgiTargetsModal data={data} onClose={() => setEditing(false)} />}
    </Card>
  );
}
