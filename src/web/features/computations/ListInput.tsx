// Rows of a list data element (facilities, zones, landfills) with the list's fields: text,
// numbers, and yes/no as check boxes.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Input, Table, type TableColumnsType, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { decimalProblem } from "../../lib/decimal.js";
import { formatNumber } from "../../lib/format.js";
import { useLocalText } from "../frameworks/describe.js";
import type { DataElement, ListRow } from "./compute-draft.js";

let nextKey = 0;
const newRow = (): ListRow => ({ key: `row-${++nextKey}`, values: {} });

export function ListInput({
  element,
  rows,
  onChange,
}: {
  element: DataElement;
  rows: ListRow[];
  onChange: (rows: ListRow[]) => void;
}) {
  const t = useT();
  const local = useLocalText();
  const setCell = (key: string, field: string, value: string | boolean) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, values: { ...r.values, [field]: value } } : r)));

  const columns: TableColumnsType<ListRow> = [
    { title: "#", key: "index", width: 44, render: (_, _r, index) => index + 1 },
    ...element.fields.map((field) => ({
      title: local(field.name),
      key: field.code,
      width: field.type === "boolean" ? 170 : undefined,
      align: field.type === "boolean" ? ("center" as const) : undefined,
      render: (_: unknown, row: ListRow) => {
        const cell = row.values[field.code];
        const label = `${local(field.name)} (${t("compute.rowN", { n: rows.indexOf(row) + 1 })})`;
        if (field.type === "boolean")
          return (
            <Checkbox
              checked={cell === true}
              aria-label={label}
              onChange={(e) => setCell(row.key, field.code, e.target.checked)}
            />
          );
        const text = typeof cell === "string" ? cell : "";
        return (
          <Input
            size="small"
            value={text}
            aria-label={label}
            status={field.type === "number" && decimalProblem(text, t) ? "error" : undefined}
            inputMode={field.type === "number" ? "decimal" : undefined}
            onChange={(e) => setCell(row.key, field.code, e.target.value)}
          />
        );
      },
    })),
    {
      title: "",
      key: "remove",
      width: 44,
      render: (_, row) => (
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t("compute.removeRow")}
          onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
        />
      ),
    },
  ];

  const ticked = element.fields.filter((f) => f.type === "boolean");
  return (
    <div className="list-input" data-testid={`list-${element.code}`}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <Typography.Text strong>{local(element.name)}</Typography.Text>
        <Typography.Text type="secondary" className="small">
          {t("compute.listCount", { count: formatNumber(rows.length) })}
          {ticked.map(
            (f) =>
              ` · ${local(f.name)}: ${formatNumber(rows.filter((r) => r.values[f.code] === true).length)}`,
          )}
        </Typography.Text>
      </Flex>
      {rows.length > 0 && (
        <Table<ListRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} />
      )}
      <Button
        size="small"
        icon={<PlusOutlined />}
        style={{ marginTop: 6 }}
        onClick={() => onChange([...rows, newRow()])}
        data-testid={`add-row-${element.code}`}
      >
        {t("compute.addRow")}
      </Button>
      <Typography.Text type="secondary" className="small" style={{ marginLeft: 8 }}>
        <code>{element.code}</code>
      </Typography.Text>
    </div>
  );
}
