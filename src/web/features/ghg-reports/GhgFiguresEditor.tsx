// The figures of a report as editable tables: activity rows (each with its factors or a gas
// measured directly), the facility's own factors with their source and legal document, and what
// it declared per year and gas. A problem (found here or named by the server) shows under its box.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, Select, Table, Typography } from "antd";
import type { ReactNode } from "react";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import {
  type DeclaredDraft,
  emptyDeclared,
  emptyFactor,
  emptyLine,
  type FactorDraft,
  type FiguresDraft,
  gasList,
  type LineDraft,
  messagesAt,
  type Problems,
} from "./report-draft.js";

function Cell({ problem, children }: { problem?: string; children: ReactNode }) {
  return (
    <div>
      {children}
      {problem && (
        <Typography.Text type="danger" className="small" role="alert">
          {problem}
        </Typography.Text>
      )}
    </div>
  );
}

export function GhgFiguresEditor({
  draft,
  onChange,
  problems,
  firstYear,
}: {
  draft: FiguresDraft;
  onChange: (draft: FiguresDraft) => void;
  problems: Problems;
  firstYear?: number;
}) {
  const t = useT();
  const at = (place: string) => messagesAt(problems, place);
  const setLine = (i: number, change: Partial<LineDraft>) =>
    onChange({ ...draft, lines: draft.lines.map((l, j) => (j === i ? { ...l, ...change } : l)) });
  const setFactor = (i: number, change: Partial<FactorDraft>) =>
    onChange({ ...draft, factors: draft.factors.map((f, j) => (j === i ? { ...f, ...change } : f)) });
  const setDeclared = (i: number, change: Partial<DeclaredDraft>) =>
    onChange({ ...draft, declared: draft.declared.map((d, j) => (j === i ? { ...d, ...change } : d)) });
  const ownCodes = draft.factors.map((f) => f.code.trim()).filter(Boolean);
  const text = (place: string, label: string, value: string, set: (v: string) => void, numeric = false) => (
    <Cell problem={at(place)}>
      <Input
        aria-label={label}
        value={value}
        inputMode={numeric ? "decimal" : undefined}
        status={at(place) ? "error" : undefined}
        onChange={(e) => set(e.target.value)}
        data-testid={`ghg-${place}`}
      />
    </Cell>
  );
  const row = (i: number) => `${t("ghgReports.lines.row")} ${i + 1}`;
  const remove = (label: string, onClick: () => void) => (
    <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} onClick={onClick} />
  );
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
                    mode="tags"
                    aria-label={`${row(i)}: ${t("ghgReports.lines.factors")}`}
                    value={l.factors}
                    disabled={!!l.gas}
                    style={{ width: "100%" }}
                    status={at(`lines.${i}.factors`) ? "error" : undefined}
                    onChange={(v: string[]) => setLine(i, { factors: v.slice(0, 3) })}
                    options={ownCodes.map((c) => ({ value: c, label: c }))}
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
          onChange({ ...draft, lines: [...draft.lines, emptyLine(firstYear ? String(firstYear) : "")] })
        }
        style={{ margin: "8px 0 16px" }}
        data-testid="ghg-add-line"
      >
        {t("ghgReports.lines.add")}
      </Button>

      <Typography.Title level={5}>{t("ghgReports.factors.title")}</Typography.Title>
      <Typography.Paragraph type="secondary" className="small">
        {t("ghgReports.factors.intro")}
      </Typography.Paragraph>
      {draft.factors.length > 0 && (
        <ScrollRegion label={t("ghgReports.factors.title")} minWidth={1200}>
          <Table<FactorDraft>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={draft.factors}
            columns={[
              ...(
                [
                  ["code", 130],
                  ["name", 160],
                ] as const
              ).map(([k, width]) => ({
                title: t(`ghgReports.factors.${k}`),
                key: k,
                width,
                render: (_: unknown, f: FactorDraft, i: number) =>
                  text(
                    `factors.${i}.${k}`,
                    `${t("ghgReports.factors.title")} ${i + 1}: ${t(`ghgReports.factors.${k}`)}`,
                    f[k],
                    (v) => setFactor(i, { [k]: v }),
                  ),
              })),
              {
                title: t("ghgReports.factors.gas"),
                key: "gas",
                width: 90,
                render: (_, f, i) => (
                  <Select
                    aria-label={`${t("ghgReports.factors.title")} ${i + 1}: ${t("ghgReports.factors.gas")}`}
                    value={f.gas}
                    onChange={(v) => setFactor(i, { gas: v })}
                    options={gasList.map((g) => ({ value: g, label: g }))}
                  />
                ),
              },
              ...(
                [
                  ["value", 100],
                  ["unit", 110],
                  ["source", 180],
                  ["document", 180],
                  ["validFrom", 80],
                  ["validTo", 80],
                ] as const
              ).map(([k, width]) => ({
                title: t(`ghgReports.factors.${k}`),
                key: k,
                width,
                render: (_: unknown, f: FactorDraft, i: number) =>
                  text(
                    `factors.${i}.${k}`,
                    `${t("ghgReports.factors.title")} ${i + 1}: ${t(`ghgReports.factors.${k}`)}`,
                    f[k],
                    (v) => setFactor(i, { [k]: v }),
                    k === "value",
                  ),
              })),
              {
                title: "",
                key: "remove",
                width: 48,
                render: (_, __, i) =>
                  remove(t("ghgReports.factors.remove", { row: i + 1 }), () =>
                    onChange({ ...draft, factors: draft.factors.filter((_, j) => j !== i) }),
                  ),
              },
            ]}
          />
        </ScrollRegion>
      )}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange({ ...draft, factors: [...draft.factors, emptyFactor()] })}
        style={{ margin: "8px 0 16px" }}
        data-testid="ghg-add-factor"
      >
        {t("ghgReports.factors.add")}
      </Button>

      <Typography.Title level={5}>{t("ghgReports.declared.title")}</Typography.Title>
      {draft.declared.length > 0 && (
        <ScrollRegion label={t("ghgReports.declared.title")} minWidth={640}>
          <Table<DeclaredDraft>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={draft.declared}
            columns={[
              ...(["year", "total", ...gasList] as const).map((k) => ({
                title:
                  k === "year"
                    ? t("ghgReports.lines.year")
                    : k === "total"
                      ? t("ghgReports.declared.total")
                      : k,
                key: k,
                render: (_: unknown, d: DeclaredDraft, i: number) =>
                  text(
                    `declared.${i}.${k}`,
                    `${t("ghgReports.declared.title")} ${i + 1}: ${k === "year" ? t("ghgReports.lines.year") : k === "total" ? t("ghgReports.declared.total") : k}`,
                    d[k],
                    (v) => setDeclared(i, { [k]: v }),
                    k !== "year",
                  ),
              })),
              {
                title: "",
                key: "remove",
                width: 48,
                render: (_, __, i) =>
                  remove(t("ghgReports.declared.remove", { row: i + 1 }), () =>
                    onChange({ ...draft, declared: draft.declared.filter((_, j) => j !== i) }),
                  ),
              },
            ]}
          />
        </ScrollRegion>
      )}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange({ ...draft, declared: [...draft.declared, emptyDeclared()] })}
        style={{ margin: "8px 0 16px" }}
        data-testid="ghg-add-declared"
      >
        {t("ghgReports.declared.add")}
      </Button>
    </>
  );
}
