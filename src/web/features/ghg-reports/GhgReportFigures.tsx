// What PEPI Hub computed from one version: emissions per year by gas and by scope (tCO2e under
// the GWP set the report states), what the appraiser should look at (a declared figure that
// differs, a total outside the sector's plausible range, an estimated factor), and each activity
// row with the factor applied and where that factor comes from.
import { Alert, Table, Tag, Typography } from "antd";
import type { GhgReportVersion } from "../../../contracts/ghg-reports.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal, formatNumber } from "../../lib/format.js";

type Year = GhgReportVersion["result"]["years"][number];
type Line = GhgReportVersion["result"]["lines"][number];
const tonnes = (v: number) => formatNumber(v, 2);

export function GhgFlags({ version }: { version: GhgReportVersion }) {
  const t = useT();
  if (version.flags.length === 0)
    return <Alert type="success" showIcon title={t("ghgReports.flags.none")} style={{ marginBottom: 16 }} />;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t("ghgReports.flags.title")}
      data-testid="ghg-flags"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {version.flags.map((f) => (
            <li key={`${f.kind}-${f.year}-${f.what}-${f.message}`}>
              <Tag color={f.kind === "estimated_factor" ? "gold" : "red"}>
                {t(`ghgReports.flags.${f.kind}`)}
              </Tag>
              {f.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

export function GhgEmissions({ version }: { version: GhgReportVersion }) {
  const t = useT();
  const { result } = version;
  const yearColumn = { title: t("ghgReports.emissions.year"), dataIndex: "year", width: 80 };
  const flagged = new Set(version.flags.filter((f) => f.kind !== "estimated_factor").map((f) => f.year));
  // A year the appraiser should look at (declared differs, outside the plausible range) stands out.
  const onRow = (y: Year) =>
    flagged.has(y.year) ? { style: { background: "#fff7e6" }, "data-flagged": "yes" } : {};
  const number = (render: (y: Year) => number) => ({
    align: "right" as const,
    render: (_: unknown, y: Year) => tonnes(render(y)),
  });
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t("ghgReports.emissions.gwp", { name: result.gwp.name })} (CO2 {formatDecimal(result.gwp.values.CO2)}
        ; CH4 {formatDecimal(result.gwp.values.CH4, 1)}; N2O {formatDecimal(result.gwp.values.N2O)})
      </Typography.Paragraph>
      <Typography.Title level={5}>{t("ghgReports.emissions.byGas")}</Typography.Title>
      <ScrollRegion label={t("ghgReports.emissions.byGas")} minWidth={640}>
        <Table<Year>
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={result.years}
          onRow={onRow}
          data-testid="ghg-by-gas"
          columns={[
            yearColumn,
            { title: "CO2", key: "CO2", ...number((y) => y.gases.CO2.co2e) },
            { title: "CH4", key: "CH4", ...number((y) => y.gases.CH4.co2e) },
            { title: "N2O", key: "N2O", ...number((y) => y.gases.N2O.co2e) },
            { title: t("ghgReports.emissions.other"), key: "other", ...number((y) => y.other) },
            {
              title: <strong>{t("ghgReports.emissions.total")}</strong>,
              key: "total",
              ...number((y) => y.total),
            },
          ]}
        />
      </ScrollRegion>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("ghgReports.emissions.byScope")}
      </Typography.Title>
      <ScrollRegion label={t("ghgReports.emissions.byScope")} minWidth={480}>
        <Table<Year>
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={result.years}
          onRow={onRow}
          data-testid="ghg-by-scope"
          columns={[
            yearColumn,
            { title: t("ghgReports.scope.direct"), key: "direct", ...number((y) => y.scopes.direct) },
            {
              title: t("ghgReports.scope.indirect_electricity"),
              key: "indirect",
              ...number((y) => y.scopes.indirect_electricity),
            },
            { title: t("ghgReports.emissions.total"), key: "total", ...number((y) => y.total) },
          ]}
        />
      </ScrollRegion>
    </>
  );
}

export function GhgLines({ version }: { version: GhgReportVersion }) {
  const t = useT();
  const own = new Map(version.factors.map((f) => [f.code, f]));
  // A name, not a code: the facility's own factor by the name it gave, the grid's by its year.
  const factorName = (code: string) => {
    const grid = /^grid-vn-(\d{4})$/.exec(code);
    return own.get(code)?.name || (grid ? t("ghgReports.emissions.grid", { year: grid[1]! }) : code);
  };
  return (
    <ScrollRegion label={t("ghgReports.emissions.lines")} minWidth={1100}>
      <Table<Line>
        size="small"
        rowKey={(l) => `${l.row}-${l.gas}`}
        pagination={false}
        dataSource={version.result.lines}
        data-testid="ghg-lines"
        columns={[
          { title: "#", dataIndex: "row", width: 40 },
          { title: t("ghgReports.emissions.year"), dataIndex: "year", width: 70 },
          { title: t("ghgReports.lines.label"), dataIndex: "label", width: 200 },
          {
            title: t("ghgReports.lines.scope"),
            key: "scope",
            width: 130,
            render: (_, l) => t(`ghgReports.scope.${l.scope}`),
          },
          {
            title: t("ghgReports.factors.gas"),
            key: "gas",
            width: 90,
            render: (_, l) => (l.gas === "other" ? t("ghgReports.emissions.other") : l.gas),
          },
          { title: "tCO2e", key: "co2e", width: 110, align: "right", render: (_, l) => tonnes(l.co2e) },
          {
            title: t("ghgReports.emissions.factor"),
            key: "factor",
            width: 190,
            render: (_, l) =>
              l.factor ? (
                <>
                  <div>{factorName(l.factor.code)}</div>
                  <div className="small muted">
                    {formatDecimal(l.factor.value, 6)} {l.factor.unit}
                  </div>
                </>
              ) : (
                t("ghgReports.emissions.measured")
              ),
          },
          {
            title: t("ghgReports.emissions.provenance"),
            key: "provenance",
            width: 260,
            render: (_, l) =>
              l.factor && (
                <>
                  {l.factor.sourceUrl ? (
                    <a href={l.factor.sourceUrl} target="_blank" rel="noreferrer">
                      {l.factor.source ?? l.factor.sourceUrl}
                    </a>
                  ) : (
                    l.factor.source
                  )}
                  {l.factor.document && <div className="small">{l.factor.document}</div>}
                </>
              ),
          },
          {
            title: t("ghgReports.emissions.valid"),
            key: "valid",
            width: 150,
            render: (_, l) =>
              l.factor && (
                <>
                  {l.factor.validFrom === l.factor.validTo
                    ? l.factor.validFrom
                    : `${l.factor.validFrom}–${l.factor.validTo}`}{" "}
                  {l.factor.status && (
                    <Tag color={l.factor.status === "confirmed" ? "green" : "gold"}>
                      {t(`ghgReports.factorStatus.${l.factor.status}`)}
                    </Tag>
                  )}
                </>
              ),
          },
        ]}
      />
    </ScrollRegion>
  );
}
