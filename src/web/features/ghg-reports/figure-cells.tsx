// The boxes of a report's figure tables: each with its accessible name and, under it, the problem
// found here or named by the server for that place.
import { DeleteOutlined } from "@ant-design/icons";
import { Button, Input, Typography } from "antd";
import type { ReactNode } from "react";
import { messagesAt, type Problems } from "./report-draft.js";

export function Cell({ problem, children }: { problem?: string; children: ReactNode }) {
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

export function figureCells(problems: Problems) {
  const at = (place: string) => messagesAt(problems, place);
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
  const remove = (label: string, onClick: () => void) => (
    <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} onClick={onClick} />
  );
  return { at, text, remove };
}
