// One framework: its indicators per edition with the provenance of every value, its data
// elements, sources and versions. ?version=N shows an older version, read-only.
import { CalculatorOutlined, FileExcelOutlined } from "@ant-design/icons";
import { Alert, Breadcrumb, Button, Card, Descriptions, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import type { FrameworkDetail } from "../../../contracts/frameworks.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { AnnexModal } from "./AnnexModal.js";
import { DataElementsTable } from "./DataElementsTable.js";
import { useLocalText } from "./describe.js";
import { EditionPanel } from "./EditionPanel.js";
import { editionForYear, FrameworkKindTag } from "./FrameworkTags.js";
import { useFramework } from "./frameworks.api.js";
import { IndicatorEditDrawer } from "./IndicatorEditDrawer.js";
import { SourcesList } from "./SourcesList.js";
import { VersionsTable } from "./VersionsTable.js";

const lastAssessedYear = () => new Date().getFullYear() - 1;

export default function FrameworkDetailPage() {
  const { code = "" } = useParams();
  const [params] = useSearchParams();
  const versionParam = Number(params.get("version"));
  const version = Number.isInteger(versionParam) && versionParam > 0 ? versionParam : undefined;
  const framework = useFramework(code, version);

  if (framework.isPending) return <FullPageSpin />;
  if (framework.isError)
    return <PageError error={framework.error} onRetry={() => void framework.refetch()} />;
  return <FrameworkView framework={framework.data} />;
}

function FrameworkView({ framework: f }: { framework: FrameworkDetail }) {
  const t = useT();
  const local = useLocalText();
  const [params, setParams] = useSearchParams();
  const fallbackEdition = editionForYear(f.editions, lastAssessedYear())?.code;
  const editionCode = f.editions.some((e) => e.code === params.get("edition"))
    ? params.get("edition")!
    : fallbackEdition;
  const edition = f.editions.find((e) => e.code === editionCode);
  const [editing, setEditing] = useState<string | null>(null);
  const [annexOpen, setAnnexOpen] = useState(false);
  const mayEdit = f.isCurrent && f.allowedActions.includes("framework.manage");
  const base = `/frameworks/${encodeURIComponent(f.code)}`;

  const chooseEdition = (next: string) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set("edition", next);
      return copy;
    });

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/frameworks">{t("framework.title")}</Link> }, { title: f.code }]}
      />
      <PageHeader
        title={<span data-testid="framework-name">{local(f.name)}</span>}
        extra={
          <Space wrap>
            {f.isCurrent && (
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => setAnnexOpen(true)}
                data-testid="open-annex"
              >
                {t("annex.button")}
              </Button>
            )}
            {f.computed && (
              <Link to={`${base}/compute${editionCode ? `?edition=${encodeURIComponent(editionCode)}` : ""}`}>
                <Button type="primary" icon={<CalculatorOutlined />} data-testid="open-compute">
                  {t("compute.title")}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      {!f.isCurrent && (
        <Alert
          type="warning"
          showIcon
          data-testid="old-version-banner"
          style={{ marginBottom: 16 }}
          title={t("framework.oldVersionBanner", { version: f.version })}
          action={<Link to={base}>{t("framework.viewCurrent")}</Link>}
        />
      )}
      <Space orientation="vertical" size="large" style={{ width: "100%" }}>
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: "code", label: t("framework.code"), children: <code>{f.code}</code> },
              {
                key: "kind",
                label: t("framework.kind"),
                children: <FrameworkKindTag kind={f.kind} computed={f.computed} />,
              },
              {
                key: "version",
                label: t("framework.version"),
                children: (
                  <Space size={4}>
                    <Tag data-testid="framework-version">
                      {t("framework.versionN", { version: f.version })}
                    </Tag>
                    {f.isCurrent && <Tag color="green">{t("framework.current")}</Tag>}
                  </Space>
                ),
              },
              { key: "issuer", label: t("framework.issuer"), children: f.issuer ?? "—" },
              { key: "legalBasis", label: t("framework.legalBasis"), children: f.legalBasis ?? "—" },
            ]}
          />
        </Card>
        <Card>
          <Tabs
            items={[
              {
                key: "indicators",
                label: t("framework.tab.indicators"),
                children: edition ? (
                  <EditionPanel
                    framework={f}
                    edition={edition}
                    onChooseEdition={chooseEdition}
                    onEdit={mayEdit ? setEditing : undefined}
                  />
                ) : null,
              },
              {
                key: "data",
                label: t("framework.tab.dataElements"),
                children: <DataElementsTable framework={f} />,
              },
              {
                key: "sources",
                label: t("framework.tab.sources"),
                children: <SourcesList sources={f.sources} />,
              },
              {
                key: "versions",
                label: t("framework.tab.versions"),
                children: <VersionsTable framework={f} />,
              },
            ]}
          />
        </Card>
      </Space>
      {editing && edition && (
        <IndicatorEditDrawer
          framework={f}
          edition={edition}
          indicatorCode={editing}
          onClose={() => setEditing(null)}
        />
      )}
      {annexOpen && <AnnexModal code={f.code} mayImport={mayEdit} onClose={() => setAnnexOpen(false)} />}
    </>
  );
}
