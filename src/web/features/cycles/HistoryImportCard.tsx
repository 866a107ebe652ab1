// A past year entered afterwards: the coordinator imports last year's figures and indicator
// values from one CSV file. The whole file is refused when one line is wrong, with its lines.
import { UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, List, Typography, Upload } from "antd";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { useT } from "../../i18n/index.js";
import { ApiError, api } from "../../lib/api.js";
import { formatNumber } from "../../lib/format.js";
import { cycleKeys } from "./cycles.api.js";

const maxCsvBytes = 2_000_000;

export function HistoryImportCard({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: { fileName: string; content: string }) =>
      api.post<{ elements: number; indicators: number }>(`/api/cycles/${cycle.id}/history-import`, file),
    onSuccess: (done) => {
      message.success(
        t("history.imported", {
          elements: formatNumber(done.elements),
          indicators: formatNumber(done.indicators),
        }),
      );
      return queryClient.invalidateQueries({ queryKey: cycleKeys.one(cycle.id) });
    },
  });
  const problems = upload.error instanceof ApiError ? upload.error.details : [];

  return (
    <Card size="small" title={t("history.title")} data-testid="history-import">
      <Typography.Paragraph type="secondary">{t("history.help")}</Typography.Paragraph>
      <Typography.Paragraph>
        <code>ma;gia_tri;co_quan</code>
        <br />
        <code>urban_population;450.000;</code>
        <br />
        <code>07;2,5;</code>
      </Typography.Paragraph>
      <Upload
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={async (file) => {
          if (file.size > maxCsvBytes) message.error(t("history.tooLarge"));
          else upload.mutate({ fileName: file.name, content: await file.text() });
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="history-import-file">
          {t("history.choose")}
        </Button>
      </Upload>
      {upload.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={upload.error.message}
          data-testid="history-import-error"
          description={
            problems.length > 0 && (
              <List
                size="small"
                dataSource={problems}
                renderItem={(p) => (
                  <List.Item>
                    {p.line ? t("history.line", { line: p.line }) : ""} {p.message}
                  </List.Item>
                )}
              />
            )
          }
        />
      )}
    </Card>
  );
}
