// The autosave's state in one line ("Đang lưu…", "Đã lưu lúc 14:05", a failure and that it will
// be retried), and the notice that unsaved figures from an earlier visit were brought back.
import {
  CheckCircleOutlined,
  CloudSyncOutlined,
  ExclamationCircleOutlined,
  WarningOutlined,
} from "@ant-design/icons";
import { Alert, Button, Space, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { useT } from "../../i18n/index.js";
import type { Autosave } from "./autosave.js";

const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function SaveStatus({ autosave }: { autosave: Autosave }) {
  const t = useT();
  const { state, savedAt, message } = autosave.status;
  const blocked = autosave.blockedCount;
  const unsaved = autosave.unsavedCount;
  const time = savedAt ? timeFormat.format(savedAt) : "";

  let line: ReactNode = <Typography.Text type="secondary">{t("form.autosaveHint")}</Typography.Text>;
  if (state === "saving")
    line = (
      <Typography.Text type="secondary">
        <CloudSyncOutlined /> {t("form.saving")}
      </Typography.Text>
    );
  else if (state === "pending")
    line = <Typography.Text type="secondary">{t("form.unsaved", { count: unsaved })}</Typography.Text>;
  else if (state === "saved")
    line = (
      <Typography.Text type="success">
        <CheckCircleOutlined /> {t("form.savedAt", { time })}
      </Typography.Text>
    );
  else if (state === "retrying")
    line = (
      <Space size={6} wrap>
        <Typography.Text type="warning">
          <WarningOutlined /> {t("form.retrying", { count: unsaved, message: message ?? "" })}
        </Typography.Text>
        <Button size="small" onClick={() => autosave.retryNow()} data-testid="retry-save">
          {t("common.retry")}
        </Button>
      </Space>
    );
  else if (state === "failed")
    line = (
      <Typography.Text type="danger">
        <ExclamationCircleOutlined /> {t("form.saveFailed", { message: message ?? "" })}
      </Typography.Text>
    );

  return (
    <div role="status" aria-live="polite" data-testid="save-status" data-state={state} data-unsaved={unsaved}>
      {line}
      {blocked > 0 && (
        <Typography.Text type="danger" style={{ marginLeft: 12 }} data-testid="blocked-count">
          {t("form.blocked", { count: blocked })}
        </Typography.Text>
      )}
    </div>
  );
}

export function RestoredNotice({ autosave }: { autosave: Autosave }) {
  const t = useT();
  const [closed, setClosed] = useState(false);
  if (autosave.restoredCount === 0 || closed) return null;
  return (
    <Alert
      type="info"
      showIcon
      closable={{ onClose: () => setClosed(true) }}
      style={{ marginBottom: 16 }}
      title={t("form.restored", { count: autosave.restoredCount })}
      data-testid="drafts-restored"
    />
  );
}
