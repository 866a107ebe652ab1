// A past year entered afterwards: the coordinator imports last year's figures and indicator
// values from one CSV file. The whole file is refused when one row is wrong, with its rows.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Card, Typography } from "antd";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { TextFilePicker } from "../../components/TextFilePicker.js";
import { useT } from "../../i18n/index.js";
import { api, isApiError } from "../../lib/api.js";
import { formatNumber } from "../../lib/format.js";
import { cycleKeys } from "./cycles.api.js";

const maxCsvBytes = 2_000_000;

export function HistoryImportCard({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: { name: string; content: string }) =>
      api.post<{ elements: number; indicators: number }>(`/api/cycles/${cycle.id}/history-import`, {
        fileName: file.name,
        content: file.content,
      }),
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
      {isApiError(upload.error) && <LocatedProblems error={upload.error} kind="csv" />}
      <TextFilePicker
        extensions={[".csv"]}
        maxBytes={maxCsvBytes}
        value={null}
        onChange={(file) => file && upload.mutate(file)}
      />
    </Card>
  );
}
