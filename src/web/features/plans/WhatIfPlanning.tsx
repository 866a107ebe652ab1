// The what-if table, and for the coordinator of a PEPI result its indicators to tick (those that
// add most preselected) and the way from them to a draft plan.
import { Button, Space, Typography } from "antd";
import { useState } from "react";
import { useT } from "../../i18n/index.js";
import { useCan } from "../auth/session.js";
import type { WhatIfView } from "../computations/computations.api.js";
import { WhatIfTable } from "../computations/WhatIfTable.js";
import { PlanFromWhatIfModal } from "./PlanFromWhatIfModal.js";
import type { WhatIfSource } from "./plan-from-what-if.api.js";

/** As many as the leader's brief names: the indicators where full points would add most. */
const preselectedCount = 5;

export function WhatIfPlanning({
  source,
  whatIf,
  loading,
  ranked,
  pepi,
}: {
  source: WhatIfSource;
  whatIf: WhatIfView | undefined;
  loading: boolean;
  ranked: boolean;
  /** Only a PEPI result's indicators can be a plan's targets. */
  pepi: boolean;
}) {
  const t = useT();
  const can = useCan();
  const [ticked, setTicked] = useState<string[] | null>(null);
  const [drafting, setDrafting] = useState(false);
  if (!pepi || !can("plan.manage")) return <WhatIfTable whatIf={whatIf} loading={loading} ranked={ranked} />;
  const rows = whatIf?.rows ?? [];
  const selected = ticked ?? rows.slice(0, preselectedCount).map((r) => r.code);
  // In the table's order, which is where effort pays most first.
  const codes = rows.map((r) => r.code).filter((code) => selected.includes(code));
  return (
    <>
      <WhatIfTable
        whatIf={whatIf}
        loading={loading}
        ranked={ranked}
        selection={{ selected, onChange: setTicked }}
      />
      {rows.length > 0 && (
        <Space wrap align="center" style={{ marginTop: 12 }}>
          <Button
            type="primary"
            disabled={codes.length === 0}
            onClick={() => setDrafting(true)}
            style={{ whiteSpace: "normal", height: "auto", minHeight: 32, textAlign: "left" }}
            data-testid="plan-from-what-if"
          >
            {t("planFromWhatIf.start")}
          </Button>
          <Typography.Text type="secondary" className="small" aria-live="polite">
            {codes.length
              ? t("planFromWhatIf.selected", { count: codes.length })
              : t("planFromWhatIf.noneSelected")}
          </Typography.Text>
        </Space>
      )}
      {drafting && <PlanFromWhatIfModal source={source} codes={codes} onClose={() => setDrafting(false)} />}
    </>
  );
}
