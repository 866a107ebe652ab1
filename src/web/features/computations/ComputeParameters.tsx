// Which edition, which assessment year (it also chooses the published year for the rank) and,
// optionally, which province (left out of the published table when ranking).
import { Card, Col, Form, Row, Select } from "antd";
import type { FrameworkDetail } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useLocalText } from "../frameworks/describe.js";
import { editionYears } from "../frameworks/FrameworkTags.js";
import { useOrgUnits } from "../org-units/org-units.api.js";
import { provinceOptions } from "./province-options.js";

export interface Parameters {
  edition: string;
  year: number;
  provinceId?: string;
}

function yearsOf(edition: FrameworkDetail["editions"][number] | undefined): number[] {
  if (!edition) return [];
  const last = edition.yearsTo ?? Math.max(edition.yearsFrom, new Date().getFullYear());
  return Array.from({ length: last - edition.yearsFrom + 1 }, (_, i) => last - i);
}

export function ComputeParameters({
  framework,
  value,
  onChange,
}: {
  framework: FrameworkDetail;
  value: Parameters;
  onChange: (value: Parameters) => void;
}) {
  const t = useT();
  const local = useLocalText();
  const provinces = useOrgUnits({ level: "province" });
  const edition = framework.editions.find((e) => e.code === value.edition);

  const chooseEdition = (code: string) => {
    const next = framework.editions.find((e) => e.code === code);
    const years = yearsOf(next);
    onChange({
      ...value,
      edition: code,
      year: years.includes(value.year) ? value.year : (years[0] ?? value.year),
    });
  };

  return (
    <Card size="small" title={t("compute.parameters")}>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item label={t("framework.edition")} htmlFor="compute-edition" style={{ marginBottom: 0 }}>
              <Select
                id="compute-edition"
                value={value.edition}
                onChange={chooseEdition}
                options={framework.editions.map((e) => ({
                  value: e.code,
                  label: `${editionYears(e, t)} · ${local(e.name)}`,
                }))}
                data-testid="compute-edition"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label={t("compute.year")} htmlFor="compute-year" style={{ marginBottom: 0 }}>
              <Select
                id="compute-year"
                value={value.year}
                onChange={(year) => onChange({ ...value, year })}
                options={yearsOf(edition).map((y) => ({ value: y, label: String(y) }))}
                data-testid="compute-year"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              label={t("compute.provinceOptional")}
              htmlFor="compute-province"
              tooltip={t("compute.provinceHint")}
              style={{ marginBottom: 0 }}
            >
              <Select
                id="compute-province"
                allowClear
                showSearch={searchIgnoringDiacritics}
                loading={provinces.isPending}
                value={value.provinceId}
                onChange={(provinceId) => onChange({ ...value, provinceId })}
                options={provinceOptions(provinces.data, t)}
                placeholder={t("compute.provincePlaceholder")}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
