// The coordinator's own green-index targets on the PGI page: for a year, the total or one
// sub-index, a score, a place or both, with a note. Saved whole; a refusal lands on its field.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from "antd";
import { useState } from "react";
import type { PgiOverview, PgiPageTarget, PgiTargetPart } from "../../../contracts/pgi.js";
import { pgiTargetParts } from "../../../contracts/pgi.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { ApiError } from "../../lib/api.js";
import { decimalRule, decimalText, readDecimal } from "../../lib/decimal.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useSavePgiTargets } from "./pgi.api.js";
import { numberedPartName } from "./pgi-text.js";

interface TargetValues {
  year: number | null;
  part: PgiTargetPart | null;
  score?: string;
  rank?: number | null;
  note?: string;
}

/** 63 provinces ranked up to 2024, 34 from 2025. */
const rankedIn = (year: number | null | undefined) => (year && year >= 2025 ? 34 : 63);

export function PgiTargetsModal({ data, onClose }: { data: PgiOverview; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ targets: TargetValues[] }>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSavePgiTargets();
  const nextYear = (data.latestYear ?? new Date().getFullYear()) + 1;
  const initial = data.pageTargets.map((p) => ({
    year: p.year,
    part: p.part,
    score: decimalText(p.score),
    rank: p.rank,
    note: p.note ?? "",
  }));

  const submit = ({ targets = [] }: { targets?: TargetValues[] }) => {
    setFormError(null);
    const body: PgiPageTarget[] = targets.map((v) => ({
      year: v.year as number,
      part: v.part as PgiTargetPart,
      score: readDecimal(v.score) ?? null,
      rank: v.rank ?? null,
      note: v.note?.trim() ? v.note.trim() : null,
    }));
    save.mutate(body, {
      onSuccess: onClose,
      onError: (error) => {
        if (!(error instanceof ApiError) || error.details.length === 0) {
          setFormError(error.message);
          return;
        }
        const unplaced: string[] = [];
        type Field = keyof TargetValues;
        const fields: { name: ["targets", number, Field]; errors: string[] }[] = [];
        for (const problem of error.details) {
          const path = /^targets\.(\d+)\.(year|part|score|rank|note)$/.exec(problem.field ?? "");
          if (path)
            fields.push({ name: ["targets", Number(path[1]), path[2] as Field], errors: [problem.message] });
          else unplaced.push(problem.message);
        }
        form.setFields(fields);
        setFormError(unplaced.length ? [error.message, ...unplaced].join(" ") : null);
      },
    });
  };

  const partOptions = pgiTargetParts.map((part) => ({ value: part, label: numberedPartName(t, part) }));
  return (
    <Modal
      open
      title={t("pgi.target.modalTitle", { province: data.province.name })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "pgi-targets-save" }}
      destroyOnHidden
      width={760}
    >
      <Typography.Paragraph type="secondary">{t("pgi.target.modalIntro")}</Typography.Paragraph>
      <ErrorAlert error={formError} />
      <Form form={form} layout="vertical" initialValues={{ targets: initial }} onFinish={submit}>
        <Form.List name="targets">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <TargetFields
                  key={item.key}
                  name={item.name}
                  index={index}
                  partOptions={partOptions}
                  onRemove={() => remove(item.name)}
                />
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ year: nextYear, part: null, score: "", rank: null, note: "" })}
                data-testid="pgi-target-add"
              >
                {t("pgi.target.add")}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function TargetFields({
  name,
  index,
  partOptions,
  onRemove,
}: {
  name: number;
  index: number;
  partOptions: { value: PgiTargetPart; label: string }[];
  onRemove: () => void;
}) {
  const t = useT();
  const form = Form.useFormInstance<{ targets: TargetValues[] }>();
  const part = Form.useWatch(["targets", name, "part"], form);
  const year = Form.useWatch(["targets", name, "year"], form);
  const max = part === "total" ? 40 : 10;
  const duplicate = {
    validator: async () => {
      const all = form.getFieldValue("targets") as TargetValues[];
      const mine = all[name];
      if (!mine?.year || !mine.part) return;
      const first = all.findIndex((v) => v?.year === mine.year && v?.part === mine.part);
      if (first !== name) throw new Error(t("pgi.target.duplicate", { n: first + 1 }));
    },
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={t("pgi.target.number", { n: index + 1 })}
      data-testid={`pgi-target-${index}`}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t("pgi.target.remove", { n: index + 1 })}
        />
      }
    >
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            name={[name, "year"]}
            label={t("pgi.target.field.year")}
            rules={[{ required: true, message: t("pgi.target.field.yearRequired") }]}
          >
            <InputNumber
              min={2022}
              max={2100}
              style={{ width: "100%" }}
              data-testid={`pgi-target-year-${index}`}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name={[name, "part"]}
            label={t("pgi.target.field.part")}
            dependencies={[["targets", name, "year"]]}
            rules={[{ required: true, message: t("pgi.target.field.partRequired") }, duplicate]}
          >
            <Select
              showSearch
              {...searchIgnoringDiacritics}
              options={partOptions}
              placeholder={t("pgi.target.field.partPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name={[name, "score"]}
            label={t("pgi.target.field.score", { max })}
            rules={[
              decimalRule(t),
              {
                validator: async (_rule, value: string | undefined) => {
                  const score = readDecimal(value);
                  if (typeof score === "number" && (score < 0 || score > max))
                    throw new Error(t("pgi.target.field.scoreRange", { max }));
                },
              },
            ]}
          >
            <Input inputMode="decimal" data-testid={`pgi-target-score-${index}`} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name={[name, "rank"]}
            label={t("pgi.target.field.rank", { of: rankedIn(year) })}
            dependencies={[
              ["targets", name, "score"],
              ["targets", name, "year"],
            ]}
            rules={[
              {
                validator: async (_rule, value: number | null | undefined) => {
                  const score = readDecimal(form.getFieldValue(["targets", name, "score"]));
                  if ((value === null || value === undefined) && (score === null || score === undefined))
                    throw new Error(t("pgi.target.field.scoreOrRank"));
                  if (typeof value === "number" && (value < 1 || value > rankedIn(year)))
                    throw new Error(t("pgi.target.field.rankRange", { of: rankedIn(year) }));
                },
              },
            ]}
          >
            <InputNumber
              min={1}
              precision={0}
              style={{ width: "100%" }}
              data-testid={`pgi-target-rank-${index}`}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={24}>
          <Form.Item name={[name, "note"]} label={t("pgi.target.field.note")}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
