// Accounts from a sheet (one row per person, the agency by its code). A bad sheet is shown row by
// row and creates nobody; a good one gives the list of accounts with their first passwords, shown
// this once, to print and hand over. Each person changes the password at the first sign-in.
import { PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Modal, Table, Typography } from "antd";
import type { AccountImportResult } from "../../../contracts/users.js";
import { ListFileUpload } from "../../components/ListFileUpload.js";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";
import { useImportAccounts } from "./users.api.js";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export function AccountImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const importing = useImportAccounts();
  const result = importing.data;
  const error = importing.error;

  /** A plain page of the list in a window of its own, so only the list is printed. */
  const print = (done: AccountImportResult) => {
    const rows = done.accounts
      .map(
        (a, i) =>
          `<tr><td>${i + 1}</td><td>${escapeHtml(a.agency ?? a.facility ?? "")}</td><td>${escapeHtml(a.fullName)}</td><td>${escapeHtml(t(`role.${a.role}`))}</td><td><b>${escapeHtml(a.username)}</b></td><td><code>${escapeHtml(a.temporaryPassword)}</code></td></tr>`,
      )
      .join("");
    const page = window.open("", "_blank");
    if (!page) return;
    page.document.write(
      `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${escapeHtml(t("user.import.printTitle"))}</title>` +
        `<style>body{font-family:"Times New Roman",serif;font-size:12pt;margin:16mm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px 6px;text-align:left}code{font-size:12pt}</style>` +
        `<h1 style="font-size:14pt">${escapeHtml(t("user.import.printTitle"))}</h1><p>${escapeHtml(t("user.import.printNote"))}</p>` +
        `<table><thead><tr><th>STT</th><th>${escapeHtml(t("user.agency"))}</th><th>${escapeHtml(t("user.fullName"))}</th><th>${escapeHtml(t("user.role"))}</th><th>${escapeHtml(t("user.username"))}</th><th>${escapeHtml(t("user.import.password"))}</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    page.document.close();
    page.focus();
    page.print();
  };

  return (
    <Modal
      open
      title={t("user.import.title")}
      onCancel={onClose}
      width={860}
      destroyOnHidden
      footer={
        result ? (
          <>
            <Button
              icon={<PrinterOutlined />}
              type="primary"
              onClick={() => print(result)}
              data-testid="accounts-print"
            >
              {t("user.import.print")}
            </Button>
            <Button onClick={onClose}>{t("common.close")}</Button>
          </>
        ) : (
          <Button onClick={onClose}>{t("common.cancel")}</Button>
        )
      }
    >
      {result ? (
        <>
          <Alert
            type="success"
            showIcon
            title={t("user.import.done", { count: formatNumber(result.created) })}
            description={t("user.import.once")}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey="username"
            data-testid="accounts-created"
            dataSource={result.accounts}
            pagination={result.accounts.length > 20 ? { pageSize: 20, size: "small" } : false}
            columns={[
              {
                title: t("user.agency"),
                key: "agency",
                render: (_: unknown, a: AccountImportResult["accounts"][number]) =>
                  a.agency ?? a.facility ?? "—",
              },
              { title: t("user.fullName"), dataIndex: "fullName" },
              { title: t("user.username"), dataIndex: "username" },
              {
                title: t("user.import.password"),
                dataIndex: "temporaryPassword",
                render: (p: string) => <Typography.Text code>{p}</Typography.Text>,
              },
            ]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t("user.import.format")}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t("user.import.facilityColumn")}</Typography.Paragraph>
          <ListFileUpload
            error={error}
            pending={importing.isPending}
            onFile={(file) => importing.mutate(file)}
            pickText={t("user.import.pick")}
            testId="accounts-file"
          />
        </>
      )}
    </Modal>
  );
}
