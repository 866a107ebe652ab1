// Every green-index target of the province, from its plans or set on this page: its year and
// value, the latest figure, the distance still to go and, for a place, the score that would have
// given it among the other provinces' latest scores. The coordinator edits the page's own.
import { EditOutlined } from "@ant-design/icons";
import { Button, Card, Table, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { PgiOverview, PgiTarget } from "../../../contracts/pgi.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";
import { PgiTargetsModal } from "./PgiTargetsModal.js";
import { gapText, numberedPartName, scoreNeededText, scoreText } from "./pgi-text.js";

export function PgiTargetsCard({ data }: { data: PgiOverview }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const measureValue = (target: PgiTarget, value: number) =>
    target.measure === "score"
      ? t("pgi.target.score", { score: scoreText(value) })
      : t("pgi.target.rank", { place: formatNumber(value) });
  const noteOf = (target: PgiTarget) =>
    target.source === "page"
      ? data.pageTargets.find((p) => p.year === target.year && p.part === target.part)?.note
      : null;
  const title = t("pgi.target.title");
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
      ) : (
        <ScrollRegion label={title} minWidth={900}>
          <Table<PgiTarget>
            size="small"
            pagination={false}
            rowKey={(r) => `${r.source}-${r.planId ?? ""}-${r.part}-${r.measure}-${r.year}`}
            dataSource={data.targets}
            data-testid="pgi-targets-table"
            columns={[
              { title: t("pgi.col.index"), render: (_, r) => numberedPartName(t, r.part) },
              { title: t("pgi.col.yearPlain"), dataIndex: "year", width: 70 },
              {
                title: t("pgi.target.col.value"),
                render: (_, r) => <strong>{measureValue(r, r.value)}</strong>,
              },
              {
                title: t("pgi.target.col.current"),
                render: (_, r) =>
                  r.current ? (
                    <>
                      {t("pgi.target.current", {
                        value: measureValue(r, r.current.value),
                        year: r.current.year,
                      })}
                      {r.current.basis === "computed" && (
                        <span className="muted small" style={{ display: "block" }}>
                          {t("pgi.rank.computedMark")}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t("pgi.target.noCurrentShort")}</span>
                  ),
              },
              {
                title: t("pgi.target.col.gap"),
                render: (_, r) => (
                  <>
                    {r.current ? (
                      <strong style={{ display: "block" }} data-testid="pgi-target-gap">
                        {gapText(t, r)}
                      </strong>
                    ) : (
                      !scoreNeededText(t, r) && !r.note && "—"
                    )}
                    {scoreNeededText(t, r) && (
                      <span className="small" style={{ display: "block" }}>
                        {scoreNeededText(t, r)}
                      </span>
                    )}
                    {r.note && (
                      <span className="muted small" style={{ display: "block" }}>
                        {r.note}
                      </span>
                    )}
                  </>
                ),
              },
              {
                title: t("pgi.target.col.source"),
                render: (_, r) =>
                  r.source === "plan" && r.planId ? (
                    <Link to={`/plans/${r.planId}`}>{r.planTitle ?? t("pgi.target.plan")}</Link>
                  ) : (
                    <>
                      {t("pgi.target.page")}
                      {noteOf(r) && (
                        <span className="muted small" style={{ display: "block" }}>
                          {noteOf(r)}
                        </span>
                      )}
                    </>
                  ),
              },
            ]}
          />
        </ScrollRegion>
      )}
      {editing && <PgiTargetsModal data={data} onClose={() => setEditing(false)} />}
    </Card>
  );
}
