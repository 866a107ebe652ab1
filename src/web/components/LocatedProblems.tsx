// The problems the server found in an uploaded or edited file, each with where it is: line and
// path of a framework file (and the indicator), row and column of a CSV table, or sheet, row and
// column of an Excel workbook.
import { Alert, Table, type TableColumnsType, Typography } from "antd";
import { useT } from "../i18n/index.js";
import type { ApiError, FieldProblem } from "../lib/api.js";

type Located = FieldProblem & { key: number };

export function LocatedProblems({
  error,
  kind,
  tone = "error",
}: {
  error: Pick<ApiError, "message" | "details" | "requestId" | "status">;
  /** "rows": a plain list whose messages say the column themselves (the communes, the accounts). */
  kind: "file" | "csv" | "sheet" | "rows";
  /** "warning" for what a partial save left out, which is not a failure. */
  tone?: "error" | "warning";
}) {
  const t = useT();
  const problems = error.details.map((p, index) => ({ ...p, key: index }));
  const dash = (v?: string | number) => v ?? "—";
  const sheetColumns: TableColumnsType<Located> = [
    { title: t("problems.sheet"), dataIndex: "sheet", width: 150, render: dash },
    { title: t("problems.row"), dataIndex: "row", width: 70, render: dash },
    { title: t("problems.column"), dataIndex: "column", width: 60, render: dash },
    { title: t("problems.message"), dataIndex: "message" },
  ];
  const rowColumns: TableColumnsType<Located> = [
    { title: t("problems.row"), dataIndex: "row", width: 70, render: dash },
    { title: t("problems.message"), dataIndex: "message" },
  ];
  const columns: TableColumnsType<Located> =
    kind === "rows"
      ? rowColumns
      : kind === "sheet"
        ? sheetColumns
        : kind === "csv"
          ? [
              { title: t("problems.row"), dataIndex: "row", width: 70, render: (n?: number) => n ?? "—" },
              {
                title: t("problems.column"),
                dataIndex: "field",
                width: 150,
                render: (f: string) => <code>{f}</code>,
              },
              { title: t("problems.message"), dataIndex: "message" },
            ]
          : [
              { title: t("problems.line"), dataIndex: "line", width: 70, render: (n?: number) => n ?? "—" },
              {
                title: t("problems.indicator"),
                dataIndex: "indicator",
                width: 90,
                render: (c?: string) => c ?? "—",
              },
              {
                title: t("problems.path"),
                dataIndex: "field",
                width: 220,
                render: (f: string) => <code className="problem-path">{f}</code>,
              },
              { title: t("problems.message"), dataIndex: "message" },
            ];
  return (
    <div role="alert" data-testid="located-problems" style={{ marginBottom: 16 }}>
      <Alert type={tone} showIcon title={error.message} style={{ marginBottom: problems.length ? 8 : 0 }} />
      {problems.length > 0 && (
        <Table
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={problems}
          pagination={problems.length > 10 ? { pageSize: 10, size: "small" } : false}
        />
      )}
      {error.requestId && error.status >= 500 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("common.requestId", { id: error.requestId })}
        </Typography.Text>
      )}
    </div>
  );
}
