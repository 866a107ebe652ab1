// A list field of a document's text ("Kính gửi", "Nơi nhận"): one line per entry, each with its
// own box, added and removed in place.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, Space } from "antd";
import { useT } from "../../i18n/index.js";
import { type DraftField, formName } from "./draft-fields.js";

export function DraftListField({ field, disabled }: { field: DraftField; disabled: boolean }) {
  const t = useT();
  const label = t(field.label);
  return (
    <Form.Item label={label} required={field.required && !disabled}>
      <Form.List
        name={formName(field.name)}
        rules={[
          {
            validator: async (_rule, lines: unknown[] | undefined) => {
              if (field.required && !lines?.length)
                throw new Error(t("common.required", { field: label.toLowerCase() }));
            },
          },
        ]}
      >
        {(items, { add, remove }, { errors }) => (
          <Space orientation="vertical" style={{ width: "100%" }} data-testid={`draft-field-${field.name}`}>
            {items.map((item, index) => (
              <Space.Compact key={item.key} style={{ width: "100%" }}>
                <Form.Item
                  name={item.name}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: t("documents.lineRequired") }]}
                >
                  <Input
                    aria-label={`${label} – ${t("documents.field.lineN", { n: index + 1 })}`}
                    data-testid={`draft-${field.name}-${index}`}
                    maxLength={300}
                  />
                </Form.Item>
                {!disabled && (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t("documents.removeLine")}
                    title={t("documents.removeLine")}
                    onClick={() => remove(item.name)}
                  />
                )}
              </Space.Compact>
            ))}
            {!disabled && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add("")}
                data-testid={`draft-add-${field.name}`}
              >
                {t("documents.addLine")}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
