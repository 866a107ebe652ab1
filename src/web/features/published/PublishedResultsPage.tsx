// Results published by other bodies, as published: the Ministry's PEPI tables and VCCI's PGI,
// per year, each row with its source. Never recomputed here.
import { UploadOutlined } from "@ant-design/icons";
import { Button, Card, Select, Space, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { useCan } from "../auth/session.js";
import { PublishedImportModal } from "./PublishedImportModal.js";
import { PublishedTable } from "./PublishedTable.js";
import { type PublishedKind, usePublished } from "./published.api.js";

export default function PublishedResultsPage() {
  const t = useT();
  const can = useCan();
  const [kind, setKind] = useState<PublishedKind>("pepi");
  const [chosenYear, setChosenYear] = useState<number | undefined>();
  const [importing, setImporting] = useState(false);
  const published = usePublished(kind);
  const years = useMemo(
    () => [...new Set((published.data ?? []).map((r) => r.year))].sort((a, b) => b - a),
    [published.data],
  );
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const rows = (published.data ?? []).filter((r) => r.year === year);

  if (published.isError && !published.data)
    return <PageError error={published.error} onRetry={() => void published.refetch()} />;

  return (
    <>
      <PageHeader
        title={t("published.title")}
        extra={
          can("published.import") && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="import-published"
            >
              {t("published.import")}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 820 }}>
          {t("published.intro")}
        </Typography.Paragraph>
      </PageHeader>
      <Card>
        {/* The year is chosen beside the tabs, not inside their tab list (only tabs belong there). */}
        <Space size={6} style={{ marginBottom: 8 }}>
          <span className="muted">{t("published.year")}</span>
          <Select
            value={year}
            onChange={setChosenYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
            aria-label={t("published.year")}
            data-testid="published-year"
          />
        </Space>
        <Tabs
          activeKey={kind}
          onChange={(key) => setKind(key as PublishedKind)}
          items={(["pepi", "pgi"] as const).map((k) => ({
            key: k,
            label: t(`published.kind.${k}`),
            children: <PublishedTable kind={k} rows={rows} loading={published.isFetching} />,
          }))}
        />
      </Card>
      {importing && <PublishedImportModal kind={kind} onClose={() => setImporting(false)} />}
    </>
  );
}
