// The breakdown of a trial computation, its what-if (from the published scores of the year)
// and, for those who may, saving it.
import { SaveOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import type { EditionResultView, FrameworkDetail, IndicatorView } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";
import { useCan } from "../auth/session.js";
import { usePublished } from "../published/published.api.js";
import type { CreateComputationInput } from "./computations.api.js";
import { IndicatorResults } from "./IndicatorResults.js";
import { ResultSummary } from "./ResultSummary.js";
import { SaveComputationModal } from "./SaveComputationModal.js";
import { WhatIfTable } from "./WhatIfTable.js";
import { whatIfFromResult } from "./what-if.js";

const defaultProvinceCount = 63;

export function ComputedResult({
  framework,
  computed,
  directions,
  saveRequest,
  provinceId,
}: {
  framework: FrameworkDetail;
  computed: { result: EditionResultView; year: number; province?: string };
  directions: Record<string, IndicatorView["direction"]>;
  saveRequest: Omit<CreateComputationInput, "orgUnitId" | "province"> | null;
  provinceId: string | undefined;
}) {
  const t = useT();
  const can = useCan();
  const [saving, setSaving] = useState(false);
  const { result } = computed;
  const rankYear = result.rank?.year ?? computed.year;
  const kind = framework.kind === "custom" ? undefined : framework.kind;
  const published = usePublished(kind ?? "pepi", rankYear, kind !== undefined);
  const whatIf = whatIfFromResult(
    result,
    published.data ?? [],
    result.rank?.provinceCount ?? defaultProvinceCount,
    rankYear,
    computed.province,
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="compute-result">
      <ResultSummary result={result} />
      <Card
        title={t("result.byIndicator")}
        extra={
          can("computation.run") &&
          saveRequest && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              onClick={() => setSaving(true)}
              data-testid="save-computation"
            >
              {t("compute.save")}
            </Button>
          )
        }
      >
        <IndicatorResults result={result} directions={directions} />
      </Card>
      <Card title={t("whatIf.title")}>
        <WhatIfTable whatIf={whatIf} loading={published.isFetching} ranked={result.complete} />
      </Card>
      {saving && saveRequest && (
        <SaveComputationModal
          request={saveRequest}
          provinceId={provinceId}
          onClose={() => setSaving(false)}
        />
      )}
    </Space>
  );
}
