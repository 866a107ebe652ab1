// "Tính thử": type a province-year's figures and see the whole breakdown at once, nothing
// stored; then, if wanted, save it as the province's computation for that year.
import { CalculatorOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Space, Typography } from "antd";
import { useMemo, useRef, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import type { EditionResultView, FrameworkDetail } from "../../../contracts/frameworks.js";
import { ErrorAlert, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { useLocalText } from "../frameworks/describe.js";
import { editionForYear } from "../frameworks/FrameworkTags.js";
import { useFramework } from "../frameworks/frameworks.api.js";
import { useOrgUnits } from "../org-units/org-units.api.js";
import { ComputedResult } from "./ComputedResult.js";
import { ComputeInputs } from "./ComputeInputs.js";
import { ComputeParameters, type Parameters } from "./ComputeParameters.js";
import { type CreateComputationInput, useCompute } from "./computations.api.js";
import { type ComputeDraft, draftToRequest, emptyDraft, inputsForEdition } from "./compute-draft.js";
import { provinceOptions, publishedProvinceName } from "./province-options.js";

export default function ComputePage() {
  const { code = "" } = useParams();
  const framework = useFramework(code);
  if (framework.isPending) return <FullPageSpin />;
  if (framework.isError)
    return <PageError error={framework.error} onRetry={() => void framework.refetch()} />;
  return <ComputeView framework={framework.data} />;
}

type SaveRequest = Omit<CreateComputationInput, "orgUnitId" | "province">;

function defaultParameters(framework: FrameworkDetail, editionCode: string | null): Parameters {
  const lastYear = new Date().getFullYear() - 1;
  const edition =
    framework.editions.find((e) => e.code === editionCode) ?? editionForYear(framework.editions, lastYear);
  const top = edition?.yearsTo ?? lastYear;
  return {
    edition: edition?.code ?? "",
    year: Math.max(edition?.yearsFrom ?? lastYear, Math.min(top, lastYear)),
  };
}

function ComputeView({ framework }: { framework: FrameworkDetail }) {
  const t = useT();
  const local = useLocalText();
  const [params] = useSearchParams();
  const [parameters, setParameters] = useState(() => defaultParameters(framework, params.get("edition")));
  const [draft, setDraft] = useState<ComputeDraft>(emptyDraft);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  // What was computed, with the request it came from: saving stores exactly that, even if the
  // boxes have been changed since.
  const [computed, setComputed] = useState<{
    result: EditionResultView;
    year: number;
    province?: string;
    saveRequest: SaveRequest;
  } | null>(null);
  const compute = useCompute(framework.code);
  const provinces = useOrgUnits({ level: "province" });
  const resultRef = useRef<HTMLDivElement>(null);
  const edition = framework.editions.find((e) => e.code === parameters.edition);
  const inputs = useMemo(() => (edition ? inputsForEdition(framework, edition) : null), [framework, edition]);
  const directions = Object.fromEntries(framework.indicators.map((i) => [i.code, i.direction]));
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;

  const run = () => {
    if (!inputs) return;
    const built = draftToRequest(draft, inputs);
    if (!built.ok) {
      setUnreadable(t("compute.unreadable", { codes: built.problems.map((p) => p.code).join(", ") }));
      return;
    }
    setUnreadable(null);
    const provinceName = provinceOptions(provinces.data, t).find(
      (o) => o.value === parameters.provinceId,
    )?.name;
    const province = provinceName ? publishedProvinceName(provinceName) : undefined;
    const request = { edition: parameters.edition, year: parameters.year, province, ...built.request };
    compute.mutate(request, {
      onSuccess: (result) => {
        const { province: _rankedAgainst, ...stored } = request;
        setComputed({
          result,
          year: parameters.year,
          province,
          saveRequest: { framework: framework.code, ...stored },
        });
        requestAnimationFrame(() =>
          resultRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }),
        );
      },
    });
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/frameworks">{t("framework.title")}</Link> },
          { title: <Link to={base}>{framework.code}</Link> },
          { title: t("compute.title") },
        ]}
      />
      <PageHeader title={t("compute.pageTitle", { name: local(framework.name) })} />
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <ComputeParameters framework={framework} value={parameters} onChange={setParameters} />
        {inputs && <ComputeInputs inputs={inputs} draft={draft} onChange={setDraft} />}
        <div className="sticky-actions">
          <ErrorAlert error={unreadable ?? compute.error} />
          <Space wrap>
            <Button
              type="primary"
              icon={<CalculatorOutlined />}
              loading={compute.isPending}
              onClick={run}
              data-testid="compute-submit"
            >
              {t("compute.run")}
            </Button>
            <Button
              onClick={() => {
                setDraft(emptyDraft());
                setComputed(null);
              }}
            >
              {t("compute.clear")}
            </Button>
            <Typography.Text type="secondary">{t("compute.runHint")}</Typography.Text>
          </Space>
        </div>
        <div ref={resultRef}>
          {computed ? (
            <ComputedResult
              framework={framework}
              computed={computed}
              directions={directions}
              saveRequest={computed.saveRequest}
              provinceId={parameters.provinceId}
            />
          ) : (
            <Card className="muted">{t("compute.noResultYet")}</Card>
          )}
        </div>
      </Space>
    </>
  );
}
