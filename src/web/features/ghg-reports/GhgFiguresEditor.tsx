// The figures of a report as editable tables: activity rows (each with its factors or a gas
// measured directly) here, then the facility's own factors and what it declared
// (GhgOwnFactorsEditor). A problem (found here or named by the server) shows under its box.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Select, Table, Typography } from "antd";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { Cell, figureCells } from "./figure-cells.js";
import { GhgOwnFactorsEditor } from "./GhgOwnFactorsEditor.js";
import { useReportReference } from "./ghg-reports.api.js";
import { emptyLine, type FiguresDraft, gasList, type LineDraft, type Problems } from "./report-draft.js";

export function GhgFiguresEditor({
  draft,
  onChange,
  problems,
}: {
  draft: FiguresDraft;
  onChange: (draft: FiguresDraft) => void;
  problems: Problems;
}) {
  const t = useT();
  const { at, text, remove } = figureCells(problems);
  const setLine = (i: number, change: Partial<LineDraft>) =>
    onChange({ ...draft, lines: draft.lines.map((l, j) => (j === i ? { ...l, ...change } : l)) });
  // The shipped grid factors by name (with value and status), then the facility's own by the name it gave.
  const reference = useReportReference();
  const factorOptions = [
    ...(reference.data?.factors ?? []).map((f) => ({
      value: f.code,
      label: `${f.name} (${formatDecimal(f.value, 4)} ${f.unit})${f.status === "unconfirmed" ? ` – ${t("ghgReports.lines.estimated")}` : ""}`,
    })),
    ...draft.factors
      .filter((f) => f.code.trim())
      .map((f) => ({ value: f.code.trim(), label: f.name?.trim() || f.code.trim() })),
  ];
  const row = (i: number) => `${t("ghgReports.lines.row")} ${i + 1}`;
  return (
    <>
      <Typography.Title level={5}>{t("ghgReports.lines.title")}</Typography.Title>
      <Typography.Paragraph type="secondary" className="small">
        {t("ghgReports.form.numberHint")} {t("ghgReports.lines.factorsHint")}.
      </Typography.Paragraph>
      <ScrollRegion label={t("ghgReports.lines.title")} minWidth={1100}>
        <Table<LineDraft>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={draft.lines}
          data-testid="ghg-lines-editor"
          columns={[
            { title: "#", key: "n", width: 40, render: (_, __, i) => i + 1 },
            {
              title: t("ghgReports.lines.year"),
              key: "year",
              width: 90,
              render: (_, l, i) =>
                text(`lines.${i}.year`, `${row(i)}: ${t("ghgReports.lines.year")}`, l.year, (v) =>
                  setLine(i, { year: v }),
                ),
            },
            {
              title: t("ghgReports.lines.label"),
              key: "label",
              render: (_, l, i) =>
                text(`lines.${i}.label`, `${row(i)}: ${t("ghgReports.lines.label")}`, l.label, (v) =>
                  setLine(i, { label: v }),
                ),
            },
            {
              title: t("ghgReports.lines.scope"),
              key: "scope",
              width: 170,
              render: (_, l, i) => (
                <Cell problem={at(`lines.${i}.scope`)}>
                  <Select
                    aria-label={`${row(i)}: ${t("ghgReports.lines.scope")}`}
                    value={l.scope}
                    style={{ width: "100%" }}
                    onChange={(v) => setLine(i, { scope: v })}
                    options={(["direct", "indirect_electricity"] as const).map((s) => ({
                      value: s,
                      label: t(`ghgReports.scope.${s}`),
                    }))}
                  />
                </Cell>
              ),
            },
            {
              title: t("ghgReports.lines.amount"),
              key: "amount",
              width: 120,
              render: (_, l, i) =>
                text(
                  `lines.${i}.amount`,
                  `${row(i)}: ${t("ghgReports.lines.amount")}`,
                  l.amount,
                  (v) => setLine(i, { amount: v }),
                  true,
                ),
            },
            {
              title: t("ghgReports.lines.unit"),
              key: "unit",
              width: 90,
              render: (_, l, i) =>
                text(`lines.${i}.unit`, `${row(i)}: ${t("ghgReports.lines.unit")}`, l.unit, (v) =>
                  setLine(i, { unit: v }),
                ),
            },
            {
              title: t("ghgReports.lines.factors"),
              key: "factors",
              width: 200,
              render: (_, l, i) => (
                <Cell problem={at(`lines.${i}.factors`)}>
                  <Select
                    mode="multiple"
                    aria-label={`${row(i)}: ${t("ghgReports.lines.factors")}`}
                    value={l.factors}
                    disabled={!!l.gas}
                    style={{ width: "100%" }}
                    status={at(`lines.${i}.factors`) ? "error" : undefined}
                    onChange={(v: string[]) => setLine(i, { factors: v.slice(0, 3) })}
                    options={factorOptions}
                    optionFilterProp="label"
                    data-testid={`ghg-lines.${i}.factors`}
                  />
                </Cell>
              ),
            },
            {
              title: t("ghgReports.lines.gas"),
              key: "gas",
              width: 150,
              render: (_, l, i) => (
                <Cell problem={at(`lines.${i}.gas`)}>
                  <Select
                    aria-label={`${row(i)}: ${t("ghgReports.lines.gas")}`}
                    value={l.gas ?? ""}
                    style={{ width: "100%" }}
                    onChange={(v: string) => setLine(i, { gas: v || null, factors: v ? [] : l.factors })}
                    options={[
                      { value: "", label: t("ghgReports.lines.gasNone") },
                      ...gasList.map((g) => ({ value: g, label: g })),
                      { value: "other", label: t("ghgReports.gas.other") },
                    ]}
                  />
                </Cell>
              ),
            },
            {
              title: "",
              key: "remove",
              width: 48,
              render: (_, __, i) =>
                draft.lines.length > 1 &&
                remove(t("ghgReports.lines.remove", { row: i + 1 }), () =>
                  onChange({ ...draft, lines: draft.lines.filter((_, j) => j !== i) }),
                ),
            },
          ]}
        />
      </ScrollRegion>
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          onChange({ ...draft, lines: [...draft.lines, emptyLine(draft.lines.at(-1)?.year ?? "")] })
        }
        style={{ margin: "8px 0 16px" }}
        data-testid="ghg-add-line"
      >
        {t("ghgReports.lines.add")}
      </Button>

      <GhgOwnFactorsEditor draft={draft} onChange={onChange} problems={problems} />
    </>
  );
}
