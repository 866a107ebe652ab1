// The commands on a cycle that this person may give in its present state: the coordinator
// sends it for approval, reopens it or records it sent to the Ministry; the leader approves or
// sends it back. The server checks again; its refusal is shown here.
import { Button, Popconfirm, Space, Tooltip } from "antd";
import { useState } from "react";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { type CycleCommand, useCycleCommand } from "./cycles.api.js";
import { ReasonModal } from "./ReasonModal.js";
import { SendForApprovalModal } from "./SendForApprovalModal.js";

type ReasonCommand = Extract<CycleCommand, "reopen" | "send-back">;

export function CycleCommands({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  const command = useCycleCommand(cycle.id);
  const [asking, setAsking] = useState<ReasonCommand | null>(null);
  const [sendingMissing, setSendingMissing] = useState(false);
  const may = (action: CycleDetail["allowedActions"][number]) => cycle.allowedActions.includes(action);
  const run = (name: CycleCommand) => command.mutate({ command: name });
  const missing = cycle.submissions.filter((s) => s.missingReason);
  const notAccepted = cycle.agencyCount - cycle.acceptedCount;
  const { status } = cycle;

  const confirmed = (name: CycleCommand, label: string, confirm: string, primary = false) => (
    <Popconfirm
      key={name}
      title={confirm}
      okText={label}
      cancelText={t("common.cancel")}
      onConfirm={() => run(name)}
      okButtonProps={{ "data-testid": `${commandTestId[name]}-confirm` }}
    >
      <Button
        type={primary ? "primary" : "default"}
        loading={command.isPending}
        data-testid={commandTestId[name]}
      >
        {label}
      </Button>
    </Popconfirm>
  );

  const buttons = [];
  if (may("cycle.manage") && status === "open")
    buttons.push(
      notAccepted > 0 ? (
        // Agencies not accepted: the year may still go, each named with why it is missing.
        <Tooltip key="send" title={t("cycle.notAllAccepted", { count: notAccepted })}>
          <Button type="primary" onClick={() => setSendingMissing(true)} data-testid="send-for-approval">
            {t("cycle.sendForApproval")}
          </Button>
        </Tooltip>
      ) : (
        confirmed("send-for-approval", t("cycle.sendForApproval"), t("cycle.sendForApprovalConfirm"), true)
      ),
    );
  if (may("cycle.approve") && status === "in_review") {
    buttons.push(
      confirmed(
        "approve",
        t("cycle.approve"),
        missing.length > 0
          ? t("missing.approveConfirm", { count: missing.length })
          : t("cycle.approveConfirm"),
        true,
      ),
    );
    buttons.push(
      <Button key="send-back" onClick={() => setAsking("send-back")} data-testid="send-back-cycle">
        {t("cycle.sendBack")}
      </Button>,
    );
  }
  if (may("cycle.manage") && status === "approved")
    buttons.push(
      confirmed("send-to-ministry", t("cycle.sendToMinistry"), t("cycle.sendToMinistryConfirm"), true),
    );
  if (may("cycle.manage") && (status === "in_review" || status === "approved"))
    buttons.push(
      <Button key="reopen" onClick={() => setAsking("reopen")} data-testid="reopen-cycle">
        {t("cycle.reopen")}
      </Button>,
    );
  if (buttons.length === 0) return null;

  return (
    <div>
      <ErrorAlert error={command.error} />
      <Space wrap>{buttons}</Space>
      {sendingMissing && (
        <SendForApprovalModal
          cycle={cycle}
          onSubmit={(list) => command.mutateAsync({ command: "send-for-approval", missing: list })}
          onClose={() => setSendingMissing(false)}
        />
      )}
      {asking && (
        <ReasonModal
          title={t(asking === "reopen" ? "cycle.reopenTitle" : "cycle.sendBackTitle")}
          intro={t(asking === "reopen" ? "cycle.reopenIntro" : "cycle.sendBackIntro")}
          okText={t(asking === "reopen" ? "cycle.reopen" : "cycle.sendBack")}
          onSubmit={(reason) => command.mutateAsync({ command: asking, reason })}
          onClose={() => setAsking(null)}
        />
      )}
    </div>
  );
}

const commandTestId: Record<CycleCommand, string> = {
  "send-for-approval": "send-for-approval",
  approve: "approve-cycle",
  "send-to-ministry": "send-to-ministry",
  reopen: "reopen-cycle",
  "send-back": "send-back-cycle",
};
