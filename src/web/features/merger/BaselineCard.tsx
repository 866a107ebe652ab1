// One year's comparison base of the merged province: whose figures are in, the file to fill in
// and the import (coordinator), the indicators computed from the summed figures beside each
// former province's own, the figures and how each was merged, and the button that writes the
// base into the province's history year.
import { Alert, App, Button, Collapse, Descriptions, Flex, Table, Tag, Typography } from "antd";
import type { MergedLine, MergerHistory } from "../../../contracts/merger.js";
import { nameInSentence } from "../../../domain/text/official-names.js";
import { ErrorAlert } from "../../components/errors.js";
import { ListFileUpload } from "../../components/ListFileUpload.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime, formatDecimal, formatNumber } from "../../lib/format.js";
import { useUnitText } from "../frameworks/describe.js";
import { useApplyMergedBaseline, useImportFormerFigures } from "./merger.api.js";

type Baseline = NonNullable<MergerHistory["baseline"]>;

const wayColor: Record<MergedLine["way"], string> = {
  sum: "green",
  computed: "green",
  given: "blue",
  incomplete: "orange",
  not_additive: "orange",
  not_computable: "default",
};

export function BaselineCard({ data, baseline }: { data: MergerHistory; baseline: Baseline }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const importing = useImportFormerFigures(baseline.year);
  const applying = useApplyMergedBaseline();
  const manage = data.allowedActions.includes("cycle.manage");
  const name = (code: string) =>
    code === data.province.code
      ? t("merger.published.merged", { name: data.province.shortName })
      : (data.formers.find((p) => p.code === code)?.shortName ?? code);
  const computable = baseline.indicators.filter((i) => i.merged !== null).length;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>{t("merger.baseline.how")}</Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="merger-imports">
        <Descriptions.Item label={t("merger.baseline.framework")}>
          {baseline.framework.name}
        </Descriptions.Item>
        {[...data.formers.map((p) => p.code), data.province.code].map((code) => {
          const imported = baseline.imports.find((i) => i.provinceCode === code);
          if (!imported && code === data.province.code) return null;
          return (
            <Descriptions.Item key={code} label={name(code)}>
              {imported
                ? t("merger.baseline.imported", {
                    count: formatNumber(imported.figures),
                    file: imported.fileName,
                    at: formatDateTime(imported.recordedAt),
                  })
                : t("merger.baseline.notImported")}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
      {manage && (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t("merger.baseline.format", { name: data.province.shortName })}{" "}
            <a href={`/api/merger/template.csv?year=${baseline.year}`} download data-testid="merger-template">
              {t("merger.baseline.template", { year: baseline.year })}
            </a>
          </Typography.Paragraph>
          <ListFileUpload
            error={importing.error}
            pending={importing.isPending}
            onFile={(file) =>
              importing.mutate(file, {
                onSuccess: (done) =>
                  message.success(t("merger.baseline.importDone", { count: formatNumber(done.figures) })),
              })
            }
            pickText={t("merger.baseline.pick", { year: baseline.year })}
            testId="merger-file"
          />
        </>
      )}
      <Typography.Text strong data-testid="merger-total">
        {t(baseline.total.complete ? "merger.baseline.total" : "merger.baseline.totalIncomplete", {
          points: formatDecimal(baseline.total.points, 2),
          max: formatNumber(baseline.total.maxPoints),
        })}
      </Typography.Text>
      <LinesTable data={data} lines={baseline.indicators} kind="indicator" testId="merger-indicators" />
      <Collapse
        items={[
          {
            key: "figures",
            label: t("merger.baseline.figures", { count: formatNumber(baseline.figures.length) }),
            children: (
              <LinesTable data={data} lines={baseline.figures} kind="figure" testId="merger-figures" />
            ),
          },
        ]}
      />
      {manage &&
        (baseline.historyCycle ? (
          <Flex vertical gap={8} align="flex-start">
            <ErrorAlert error={applying.error} />
            <Button
              type="primary"
              disabled={computable === 0}
              loading={applying.isPending}
              data-testid="merger-apply"
              onClick={() =>
                modal.confirm({
                  title: t("merger.apply.title", { year: baseline.year }),
                  content: t("merger.apply.text", { count: formatNumber(computable) }),
                  okText: t("merger.apply.ok"),
                  cancelText: t("common.cancel"),
                  onOk: () =>
                    applying.mutateAsync(baseline.year).then((done) => {
                      message.success(t("merger.apply.done", { count: formatNumber(done.indicators) }));
                    }),
                })
              }
            >
              {t("merger.apply.button", { year: baseline.year })}
            </Button>
          </Flex>
        ) : (
          <Alert
            type="info"
            showIcon
            message={t("merger.apply.noHistoryYear", {
              year: baseline.year,
              name: nameInSentence(data.province.name),
            })}
          />
        ))}
    </Flex>
  );
}

function LinesTable({
  data,
  lines,
  kind,
  testId,
}: {
  data: MergerHistory;
  lines: MergedLine[];
  kind: "indicator" | "figure";
  testId: string;
}) {
  const t = useT();
  const unitText = useUnitText();
  const value = (v: number | null | undefined, unit: string | null) =>
    v === null || v === undefined ? (
      <span className="muted">–</span>
    ) : (
      `${formatDecimal(v, kind === "indicator" ? 2 : 3)}${unit === "%" ? " %" : ""}`
    );
  const how = (line: MergedLine) => {
    const missing = (line.missing ?? [])
      .map((code) => data.formers.find((p) => p.code === code)?.shortName ?? code)
      .join(", ");
    return (
      <>
        <Tag color={wayColor[line.way]}>{t(`merger.way.${line.way}`, { missing })}</Tag>
        {line.reason && <div className="muted">{line.reason}</div>}
      </>
    );
  };
  return (
    <ScrollRegion
      label={t(kind === "indicator" ? "merger.table.indicators" : "merger.table.figures")}
      minWidth={860}
    >
      <Table
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={lines}
        data-testid={testId}
        columns={[
          {
            title: t(kind === "indicator" ? "merger.table.indicator" : "merger.table.figure"),
            key: "name",
            width: 300,
            render: (_: unknown, line: MergedLine) => (
              <>
                {line.name}
                {line.unit !== "%" && unitText(line.unit, line.unitLabel) && (
                  <div className="muted">{unitText(line.unit, line.unitLabel)}</div>
                )}
              </>
            ),
          },
          ...data.formers.map((p) => ({
            title: p.shortName,
            key: p.code,
            align: "right" as const,
            render: (_: unknown, line: MergedLine) => value(line.byProvince[p.code], line.unit),
          })),
          {
            title: t("merger.table.merged", { name: data.province.shortName }),
            key: "merged",
            align: "right" as const,
            render: (_: unknown, line: MergedLine) => <strong>{value(line.merged, line.unit)}</strong>,
          },
          {
            title: t("merger.table.how"),
            key: "how",
            width: 300,
            render: (_: unknown, line: MergedLine) => how(line),
          },
        ]}
      />
    </ScrollRegion>
  );
}
