// The green index (PGI) of one province: the department's own, or another chosen with
// ?province=<registry code>. At a glance, its targets, the trend, the former provinces side by
// side when it was merged, and each sub-index with all provinces and what the province does.
import { FileExcelOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Grid, Segmented, Select, Space, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
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

function ProvincePicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
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
  return (
    <Space wrap>
      <label htmlFor="pgi-province">{t("pgi.picker.label")}</label>
      <Select
        id="pgi-province"
        showSearch
        {...searchIgnoringDiacritics}
        value={value}
        loading={provinces.isPending}
        style={{ width: 280, maxWidth: "calc(100vw - 48px)" }}
        options={[group("34"), group("63")]}
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
        <ProvincePicker value={data.province.code} onChange={choose} />
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
