// A box for one figure, typed the Vietnamese way ("1.234,5") or the international way.
import { Form, Input, Typography } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import { decimalProblem } from "../../lib/decimal.js";

export function NumberBox({
  id,
  label,
  code,
  unit,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: ReactNode;
  code?: string;
  unit?: string | null;
  value: string | undefined;
  onChange: (text: string) => void;
  hint?: ReactNode;
}) {
  const t = useT();
  const problem = decimalProblem(value, t);
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      validateStatus={problem ? "error" : undefined}
      help={problem ?? hint}
      extra={code && <code className="small muted">{code}</code>}
      style={{ marginBottom: 12 }}
    >
      <Input
        id={id}
        inputMode="decimal"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value)}
        suffix={unit ? <Typography.Text type="secondary">{unit}</Typography.Text> : undefined}
        data-testid={`input-${id}`}
        allowClear
      />
    </Form.Item>
  );
}
