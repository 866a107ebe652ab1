// A generated password is shown once, right after it was made; the server keeps only its hash.
import { KeyOutlined } from "@ant-design/icons";
import { Alert, Button, Modal, Typography } from "antd";
import { useT } from "../../i18n/index.js";

export function TemporaryPasswordModal({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open
      title={
        <span>
          <KeyOutlined /> {t("user.tempPasswordTitle")}
        </span>
      }
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temporary-password-done">
          {t("user.tempPasswordDone")}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t("user.tempPasswordIntro", { username })}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph
        copyable={{ text: password }}
        code
        className="temporary-password"
        data-testid="temporary-password"
      >
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
