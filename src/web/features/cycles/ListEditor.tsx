// A list figure (health facilities, industrial clusters, landfills…) as an editable table: one
// row per item with the list's fields (text, numbers typed the Vietnamese way, yes/no).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Input, Space, Table, type TableColumnsType, Typography } from "antd";
import type { FormElement } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { decimalProblem } from "../../lib/decimal.js";
import { formatNumber } from "../../lib/format.js";
import { useLocalText } from "../frameworks/describe.js";
import { type CellValue, type EditRow, newRowKey } from "./form-drafts.js";

export function ListEditor({
  element,
  rows,
  disabled,
  answered,
  onChange,
}: {
  element: FormElement;
  rows: EditRow[];
  disabled: boolean;
  /** Whether a list (even an empty one) has been given; an empty unanswered list is missing. */
  answered: boolean;
  onChange: (rows: EditRow[]) => void;
}) {
  const t = useT();
  const local = useLocalText();
  const setCell = (key: string, field: string, value: CellValue) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, values: { ...r.values, [field]: value } } : r)));

  const columns: TableColumnsType<EditRow> = [
    { title: "#", key: "index", width: 44, render: (_, _r, index) => index + 1 },
    ...element.fields.map((field) => ({
      title: local(field.name),
      key: field.code,
      width: field.type === "boolean" ? 150 : undefined,
      align: field.type === "boolean" ? ("center" as const) : undefined,
      render: (_: unknown, row: EditRow, index: number) => {
        const cell = row.values[field.code];
        const label = `${local(field.name)} (${t("form.rowN", { n: index + 1 })})`;
        const testId = `cell-${element.code}-${index}-${field.code}`;
        if (field.type === "boolean")
          return (
            <Checkbox
              checked={cell === true}
              disabled={disabled}
              aria-label={label}
              onChange={(e) => setCell(row.key, field.code, e.target.checked)}
              data-testid={testId}
            />
          );
        const text = typeof cell === "string" ? cell : "";
        return (
          <Input
            size="small"
            value={text}
            disabled={disabled}
            aria-label={label}
            status={field.type === "number" && decimalProblem(text, t) ? "error" : undefined}
            inputMode={field.type === "number" ? "decimal" : undefined}
            onChange={(e) => setCell(row.key, field.code, e.target.value)}
            data-testid={testId}
          />
        );
      },
    })),
  ];
  if (!disabled)
    columns.push({
      title: "",
      key: "remove",
      width: 44,
      render: (_, row, index) => (
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t("form.removeRow", { n: index + 1 })}
          onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          data-testid={`remove-row-${element.code}-${index}`}
        />
      ),
    });

  const ticked = element.fields.filter((f) => f.type === "boolean");
  return (
    <div data-testid={`list-${element.code}`}>
      <Typography.Text type="secondary" className="small">
        {rows.length === 0 && answered
          ? t("form.listEmpty")
          : t("form.listRows", { count: formatNumber(rows.length) })}
        {ticked.map(
          (f) => ` · ${local(f.name)}: ${formatNumber(rows.filter((r) => r.values[f.code] === true).length)}`,
        )}
      </Typography.Text>
      {rows.length > 0 && (
        <Table<EditRow>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, size: "small" } : false}
          style={{ marginTop: 4 }}
        />
      )}
      {!disabled && (
        <Space size={6} style={{ marginTop: 6 }}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange([...rows, { key: newRowKey(), values: {} }])}
            data-testid={`add-row-${element.code}`}
          >
            {t("form.addRow")}
          </Button>
          {rows.length === 0 && !answered && (
            <Button size="small" onClick={() => onChange([])} data-testid={`list-none-${element.code}`}>
              {t("form.listNone")}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}
