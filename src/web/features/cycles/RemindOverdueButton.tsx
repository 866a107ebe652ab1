// "Nhắc tất cả cơ quan quá hạn": one action for the coordinator instead of 20 phone calls; says
// how many were told, how many had been told today already, and which have no account to tell.
import { BellOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm } from "antd";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";
import { useRemindOverdue } from "./cycles.api.js";

export function RemindOverdueButton({ cycleId, overdue }: { cycleId: string; overdue: number }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const remind = useRemindOverdue(cycleId);
  return (
    <Popconfirm
      title={t("dashboard.remind.confirm", { count: formatNumber(overdue) })}
      okText={t("dashboard.remind.ok")}
      cancelText={t("common.cancel")}
      okButtonProps={{ "data-testid": "remind-overdue-confirm" }}
      onConfirm={async () => {
        const done = await remind.mutateAsync().catch((error: Error) => {
          message.error(error.message);
          return null;
        });
        if (!done) return;
        const summary = t("dashboard.remind.done", {
          reminded: formatNumber(done.reminded),
          people: formatNumber(done.people),
          already: formatNumber(done.alreadyToday),
        });
        if (done.withoutAccounts.length === 0) message.success(summary);
        else
          modal.warning({
            title: summary,
            content: t("dashboard.remind.noAccounts", { names: done.withoutAccounts.join(", ") }),
          });
      }}
    >
      <Button icon={<BellOutlined />} loading={remind.isPending} data-testid="remind-overdue">
        {t("dashboard.remind.button", { count: formatNumber(overdue) })}
      </Button>
    </Popconfirm>
  );
}
