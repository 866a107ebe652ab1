// The Excel round trip on an agency's form: download the form as a workbook (anyone who reads
// the form), and import it back (only while the agency may still change its figures).
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Space, Typography } from "antd";
import { useState } from "react";
import { useT } from "../../i18n/index.js";
import { ExcelImportModal } from "./ExcelImportModal.js";
import { formWorkbookUrl } from "./excel-form.api.js";

export function ExcelFormBar({
  cycleId,
  agencyId,
  canImport,
}: {
  cycleId: string;
  agencyId: string;
  canImport: boolean;
}) {
  const t = useT();
  const [importing, setImporting] = useState(false);
  return (
    <Card size="small" title={t("excel.title")} data-testid="excel-form">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("excel.intro")}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          href={formWorkbookUrl(cycleId, agencyId)}
          data-testid="excel-download"
        >
          {t("excel.download")}
        </Button>
        {canImport && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="excel-import">
            {t("excel.import")}
          </Button>
        )}
      </Space>
      {importing && (
        <ExcelImportModal cycleId={cycleId} agencyId={agencyId} onClose={() => setImporting(false)} />
      )}
    </Card>
  );
}
