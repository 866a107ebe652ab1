// The facility's own emission factors (each with its source and legal document) and what it
// declared per year and gas, as editable tables of a report's figures.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Select, Table, Typography } from "antd";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { figureCells } from "./figure-cells.js";
import {
  type DeclaredDraft,
  emptyDeclared,
  emptyFactor,
  type FactorDraft,
  type FiguresDraft,
  gasList,
  type Problems,
} from "./report-draft.js";

export function GhgOwnFactorsEditor({
  draft,
  onChange,
  problems,
}: {
  draft: FiguresDraft;
  onChange: (draft: FiguresDraft) => void;
  problems: Problems;
}) {
  const t = useT();
  const { text, remove } = figureCells(problems);
  const setFactor = (i: number, change: Partial<FactorDraft>) =>
    onChange({ ...draft, factors: draft.factors.map((f, j) => (j === i ? { ...f, ...change } : f)) });
  // A text cell of the factors' table; the value is a number, the others words.
  const factorText = (k: Exclude<keyof FactorDraft, "key" | "gas">, width: number) => ({
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
  });
  const setDeclared = (i: number, change: Partial<DeclaredDraft>) =>
    onChange({ ...draft, declared: draft.declared.map((d, j) => (j === i ? { ...d, ...change } : d)) });
  return (
    <>
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
              factorText("code", 130),
              factorText("name", 160),
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
              factorText("value", 100),
              factorText("unit", 110),
              factorText("source", 180),
              factorText("document", 180),
              factorText("validFrom", 80),
              factorText("validTo", 80),
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
