// The green index (PGI) of one province: the department's own, or another chosen with
// ?province=<registry code>. At a glance, the trend, the former provinces side by side when it
// was merged, the targets, and each sub-index with all provinces and what the province does.
import { FileExcelOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Grid, Segmented, Select, Space, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { compareVietnamese } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { PgiGlanceCard } from "./PgiGlanceCard.js";
import { PgiMergerCard } from "./PgiMergerCard.js";
import { PgiSubIndexPanel, PgiTotalsPanel } from "./PgiSubIndexPanel.js";
import { PgiTargetsCard } from "./PgiTargetsCard.js";
import { PgiTrendCard } from "./PgiTrendCard.js";
import { pgiExportUrl, usePgiOverview, usePgiProvinces } from "./pgi.api.js";
import { partShort } from "./pgi-text.js";
import { defaultView, pgiViews } from "./pgi-views.js";

function ProvincePicker({
  current,
  onChange,
}: {
  /** The province shown; none when the department's own is not known. */
  current: { code: string; name: string } | null;
  onChange: (code: string) => void;
}) {
  const t = useT();
  const provinces = usePgiProvinces();
  const group = (era: "34" | "63") => ({
    label: t(era === "34" ? "pgi.picker.era34" : "pgi.picker.era63"),
    title: t(era === "34" ? "pgi.picker.era34" : "pgi.picker.era63"),
    options: (provinces.data?.items ?? [])
      .filter((p) => p.era === era)
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((p) => ({ value: p.code, label: p.name })),
  });
  // Until the list comes, the province shown is named, never its code.
  const options: { label: string; value?: string; options?: { value: string; label: string }[] }[] =
    provinces.data
      ? [group("34"), group("63")]
      : current
        ? [{ value: current.code, label: current.name }]
        : [];
  return (
    <Space wrap>
      <label htmlFor="pgi-province">{t("pgi.picker.label")}</label>
      <Select
        id="pgi-province"
        showSearch
        {...searchIgnoringDiacritics}
        value={current?.code}
        placeholder={t("pgi.picker.placeholder")}
        loading={provinces.isPending}
        style={{ width: 280, maxWidth: "calc(100vw - 48px)" }}
        options={options}
        onChange={onChange}
        data-testid="pgi-province"
      />
    </Space>
  );
}

export default function PgiPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const asked = params.get("province") ?? undefined;
  const overview = usePgiOverview(asked);
  const [chosenView, setChosenView] = useState<string>();
  const screens = Grid.useBreakpoint();
  const data = overview.data;
  const views = useMemo(() => (data ? pgiViews(t, data) : []), [data, t]);
  if (overview.isPending) return <FullPageSpin />;
  // No province known for the department (no assessment yet), or an unknown code: choose one.
  if (isApiError(overview.error, 404))
    return (
      <>
        <PageHeader title={t("pgi.titlePlain")} />
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(asked ? "pgi.picker.unknown" : "pgi.picker.noOwn")}
          data-testid="pgi-no-province"
        />
        <ProvincePicker current={null} onChange={(code) => setParams({ province: code })} />
      </>
    );
  if (overview.isError) return <PageError error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!data) return null;
  const view = views.find((v) => v.key === chosenView) ?? defaultView(views, data);
  const other = data.ownCode !== null && data.province.code !== data.ownCode;
  const choose = (code: string) => {
    setChosenView(undefined);
    setParams(code === data.ownCode ? {} : { province: code });
  };
  return (
    <>
      <PageHeader
        title={t("pgi.title", { province: data.province.name })}
        extra={
          <Button icon={<FileExcelOutlined />} href={pgiExportUrl(asked)} download data-testid="pgi-export">
            {t("pgi.export")}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 900 }}>
          {t("pgi.intro")}
        </Typography.Paragraph>
      </PageHeader>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <ProvincePicker current={data.province} onChange={choose} />
        {other && (
          <Typography.Text data-testid="pgi-other">
            {t("pgi.picker.other")} <Link to="/pgi">{t("pgi.picker.backOwn")}</Link>
          </Typography.Text>
        )}
      </Flex>
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {views.length > 1 && view && (
          <Flex wrap gap={8} align="center">
            <span id="pgi-view-label">{t("pgi.view.label")}</span>
            <Segmented
              aria-labelledby="pgi-view-label"
              // On a phone the provinces' names are one under another, not off the screen.
              vertical={!screens.md}
              value={view.key}
              onChange={(key) => setChosenView(String(key))}
              options={views.map((v) => ({ value: v.key, label: v.label }))}
              data-testid="pgi-view"
            />
          </Flex>
        )}
        {view && <PgiGlanceCard data={data} view={view} />}
        {view && view.rows.length > 0 && <PgiTrendCard view={view} units={data.units} />}
        <PgiMergerCard data={data} />
        <PgiTargetsCard data={data} />
        <Card title={t("pgi.sub.title")} data-testid="pgi-subindices">
          <Typography.Paragraph type="secondary">{t("pgi.sub.intro")}</Typography.Paragraph>
          <Tabs
            items={[
              ...data.subIndices.map((sub) => ({
                key: sub.part,
                label: partShort(t, sub.part),
                children: <PgiSubIndexPanel data={data} sub={sub} />,
              })),
              { key: "total", label: t("pgi.part.total"), children: <PgiTotalsPanel data={data} /> },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
