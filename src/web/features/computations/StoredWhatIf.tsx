// What-if of a stored computation against the published scores of a chosen year.
import { Card, Select, Space } from "antd";
import { useState } from "react";
import type { ComputationView } from "../../../contracts/frameworks.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { WhatIfPlanning } from "../plans/WhatIfPlanning.js";
import { usePublished } from "../published/published.api.js";
import { useWhatIf } from "./computations.api.js";

export function StoredWhatIf({
  computation,
  kind,
}: {
  computation: ComputationView;
  kind: "pepi" | "pgi" | "custom" | undefined;
}) {
  const t = useT();
  const hasPublished = kind === "pepi" || kind === "pgi";
  const published = usePublished(kind === "pgi" ? "pgi" : "pepi", undefined, hasPublished);
  const years = [...new Set((published.data ?? []).filter((p) => p.total !== null).map((p) => p.year))].sort(
    (a, b) => b - a,
  );
  const [chosen, setChosen] = useState<number | undefined>();
  const year = chosen ?? (years.includes(computation.year) ? computation.year : years[0]);
  // Wait for the published years so that the first request already names the year shown.
  const whatIf = useWhatIf(computation.id, year, kind === "custom" || (hasPublished && !published.isPending));

  // An incomplete result is placed nowhere: no year to place it against.
  const ranked = computation.result.complete;
  return (
    <Card title={t("whatIf.title")}>
      {ranked && years.length > 0 && (
        <Space size={6} style={{ marginBottom: 12 }}>
          <span className="muted">{t("whatIf.againstYear")}</span>
          <Select
            size="small"
            value={year}
            onChange={setChosen}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
            aria-label={t("whatIf.againstYear")}
            data-testid="what-if-year"
          />
        </Space>
      )}
      <ErrorAlert error={whatIf.error} />
      <WhatIfPlanning
        source={{ computationId: computation.id }}
        whatIf={whatIf.data}
        loading={whatIf.isFetching}
        ranked={ranked}
        // A plan is drawn from a result in force, not one replaced or withdrawn.
        pepi={kind === "pepi" && !computation.supersededBy && !computation.withdrawnAt}
      />
    </Card>
  );
}
