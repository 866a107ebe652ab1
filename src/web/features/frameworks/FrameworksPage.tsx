// The index frameworks of the installation: which editions (years) each covers, its version
// in force and how many of its values are still provisional.
import { CalculatorOutlined, ExclamationCircleOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Flex, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { useLocalText } from "./describe.js";
import { FrameworkImportModal } from "./FrameworkImportModal.js";
import { editionYears, FrameworkKindTag } from "./FrameworkTags.js";
import { type FrameworkSummary, useFrameworks } from "./frameworks.api.js";

export default function FrameworksPage() {
  const t = useT();
  const can = useCan();
  const frameworks = useFrameworks();
  const [importing, setImporting] = useState(false);

  if (frameworks.isPending) return <FullPageSpin />;
  if (frameworks.isError)
    return <PageError error={frameworks.error} onRetry={() => void frameworks.refetch()} />;

  return (
    <>
      <PageHeader
        title={t("framework.title")}
        extra={
          can("framework.manage") && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="import-framework"
            >
              {t("framework.import")}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 820 }}>
          {t("framework.intro")}
        </Typography.Paragraph>
      </PageHeader>
      {frameworks.data.length === 0 ? (
        <Card>
          <Empty description={t("framework.none")} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="frameworks-list">
          {frameworks.data.map((f) => (
            <Col key={f.code} xs={24} lg={12} xxl={8}>
              <FrameworkCard framework={f} />
            </Col>
          ))}
        </Row>
      )}
      {importing && <FrameworkImportModal onClose={() => setImporting(false)} />}
    </>
  );
}

function FrameworkCard({ framework: f }: { framework: FrameworkSummary }) {
  const t = useT();
  const local = useLocalText();
  const path = `/frameworks/${encodeURIComponent(f.code)}`;
  return (
    <Card
      style={{ height: "100%" }}
      data-testid={`framework-${f.code}`}
      actions={[
        <Link key="open" to={path}>
          {t("framework.open")}
        </Link>,
        ...(f.computed
          ? [
              <Link key="compute" to={`${path}/compute`}>
                <CalculatorOutlined /> {t("compute.title")}
              </Link>,
            ]
          : []),
      ]}
    >
      <Space orientation="vertical" size={10} style={{ width: "100%" }}>
        <Flex gap={8} wrap align="center">
          <FrameworkKindTag kind={f.kind} computed={f.computed} />
          <Typography.Text type="secondary">
            <code>{f.code}</code>
          </Typography.Text>
        </Flex>
        <Typography.Title level={5} style={{ margin: 0 }}>
          <Link to={path}>{local(f.name)}</Link>
        </Typography.Title>
        <div>
          <Typography.Text type="secondary">{t("framework.editions")}: </Typography.Text>
          {f.editions.map((e) => (
            <Tag key={e.code} title={local(e.name)}>
              {editionYears(e, t)}
            </Tag>
          ))}
        </div>
        <Typography.Text type="secondary">
          {t("framework.versionLine", {
            version: f.currentVersion,
            date: formatDate(f.updatedAt),
            count: formatNumber(f.indicatorCount),
          })}
        </Typography.Text>
        {f.provisionalFieldCount > 0 ? (
          <Tag color="orange" icon={<ExclamationCircleOutlined />} data-testid="provisional-count">
            {t("framework.provisionalCount", { count: formatNumber(f.provisionalFieldCount) })}
          </Tag>
        ) : (
          <Tag color="green">{t("framework.noProvisional")}</Tag>
        )}
      </Space>
    </Card>
  );
}
