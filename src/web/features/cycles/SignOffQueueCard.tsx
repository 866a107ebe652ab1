// The agency head's queue: the figures the agency's officers sent for sign-off ("Trình ký") and
// not yet signed, each opening its form.
import { Card, List, Typography } from "antd";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { useSignOffQueue } from "./cycles.api.js";

export function SignOffQueueCard() {
  const t = useT();
  const queue = useSignOffQueue();
  const items = queue.data?.items ?? [];
  return (
    <Card title={t("signOff.queueTitle")} loading={queue.isPending} data-testid="sign-off-queue">
      <ErrorAlert error={queue.error} />
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("signOff.queueEmpty")}</Typography.Text>
      ) : (
        <List
          dataSource={items}
          renderItem={(item) => (
            <List.Item data-testid="sign-off-queue-item">
              <List.Item.Meta
                title={
                  <Link to={`/cycles/${item.cycleId}/agencies/${item.agencyId}`}>
                    {t("signOff.queueItem", { agency: item.agencyName, year: item.year })}
                  </Link>
                }
                description={t("signOff.queueDetail", {
                  name: item.requestedBy ?? "—",
                  at: formatDateTime(item.requestedAt),
                  due: formatDate(item.submissionDue),
                })}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
