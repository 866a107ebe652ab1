// Points of an indicator in one edition: an equal share of its group, or a stated number.
import { Checkbox, Col, Form, Input, Row } from "antd";
import { useT } from "../../i18n/index.js";
import { decimalRule } from "../../lib/decimal.js";

export function PointsField() {
  const t = useT();
  const equalShare = Form.useWatch<boolean | undefined>("equalShare");
  return (
    <Row gutter={12} align="middle">
      <Col span={12}>
        <Form.Item
          name="points"
          label={t("indicator.points")}
          rules={
            equalShare
              ? []
              : [
                  {
                    required: true,
                    message: t("common.required", { field: t("indicator.points").toLowerCase() }),
                  },
                  decimalRule(t),
                ]
          }
        >
          <Input inputMode="decimal" disabled={equalShare} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="equalShare" valuePropName="checked" label=" ">
          <Checkbox>{t("indicator.equalShareChoice")}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
