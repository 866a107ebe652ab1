// The one-page brief for the provincial leader: nothing to edit, generated from the cycle as it
// stands (progress, standing, the largest gains, late agencies, charts) at each download.
import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Card, Space, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { documentUrl } from "./documents.api.js";

export function BriefCard({ cycleId }: { cycleId: string }) {
  const t = useT();
  return (
    <Card title={t("documents.brief.title")} data-testid="brief-card">
      <Typography.Paragraph type="secondary">{t("documents.brief.intro")}</Typography.Paragraph>
      <Space wrap>
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          href={documentUrl(cycleId, "brief.pdf")}
          data-testid="brief-download-pdf"
        >
          {t("documents.brief.downloadPdf")}
        </Button>
        <Button
          icon={<FileWordOutlined />}
          href={documentUrl(cycleId, "brief.docx")}
          data-testid="brief-download-docx"
        >
          {t("documents.brief.downloadDocx")}
        </Button>
      </Space>
    </Card>
  );
}
