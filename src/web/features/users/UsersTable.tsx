// A table of users with, for administrators, edit / lock / reset-password actions. Used by the
// Users page and by an agency's page.
import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Tooltip } from "antd";
import { useState } from "react";
import type { User } from "../../../contracts/users.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDateTime, formatNumber } from "../../lib/format.js";
import { TemporaryPasswordModal } from "./TemporaryPasswordModal.js";
import { UserFormModal } from "./UserFormModal.js";
import { useResetPassword, useUpdateUser } from "./users.api.js";

export function UsersTable({
  users,
  loading,
  showAgency = true,
  canManage,
}: {
  users: User[];
  loading: boolean;
  showAgency?: boolean;
  canManage: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<User | null>(null);
  const [temporary, setTemporary] = useState<{ username: string; password: string } | null>(null);
  const update = useUpdateUser();
  const reset = useResetPassword();

  const toggleActive = (user: User) =>
    update.mutate(
      { id: user.id, changes: { active: !user.active, expectedUpdatedAt: user.updatedAt } },
      {
        onSuccess: () => message.success(t(user.active ? "user.deactivated" : "user.activated")),
        onError: (error) => message.error(error.message),
      },
    );

  const resetPassword = (user: User) =>
    reset.mutate(user.id, {
      onSuccess: ({ temporaryPassword }) =>
        setTemporary({ username: user.username, password: temporaryPassword }),
      onError: (error) => message.error(error.message),
    });

  const columns: TableColumnsType<User> = [
    {
      title: t("user.username"),
      dataIndex: "username",
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (name: string) => <code>{name}</code>,
    },
    {
      title: t("user.fullName"),
      dataIndex: "fullName",
      defaultSortOrder: "ascend",
      sorter: (a, b) => compareVietnamese(a.fullName, b.fullName),
      render: (_, u) => (
        <Space size={4}>
          {u.fullName}
          {u.isDemo && <Tag color="gold">{t("common.demo")}</Tag>}
        </Space>
      ),
    },
    { title: t("user.role"), dataIndex: "role", render: (_, u) => t(`role.${u.role}`) },
    ...(showAgency
      ? [
          {
            title: t("user.agency"),
            key: "agency",
            // A facility's own account belongs to no agency: its facility is named instead.
            render: (_: unknown, u: User) =>
              u.facility ? (
                <span data-testid="user-facility">
                  {t("user.facility")}: {u.facility.name}
                </span>
              ) : (
                (u.agency?.name ?? "—")
              ),
          },
        ]
      : []),
    {
      title: t("common.status"),
      key: "status",
      render: (_, u) => (
        <Space size={4} wrap>
          <Tag color={u.active ? "green" : "red"}>{t(u.active ? "common.active" : "common.inactive")}</Tag>
          {u.mustChangePassword && <Tag color="orange">{t("user.mustChange")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("user.lastLogin"),
      dataIndex: "lastLoginAt",
      render: (at: string | null) =>
        at ? formatDateTime(at) : <span className="muted">{t("user.neverLoggedIn")}</span>,
    },
  ];
  if (canManage) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      render: (_, u) => (
        <Space size={4}>
          <Tooltip title={t("common.edit")}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t("common.edit")}
              onClick={() => setEditing(u)}
            />
          </Tooltip>
          <Popconfirm
            title={t(u.active ? "user.deactivateConfirm" : "user.activateConfirm", { name: u.fullName })}
            okText={t("common.yes")}
            cancelText={t("common.no")}
            onConfirm={() => toggleActive(u)}
          >
            <Tooltip title={t(u.active ? "user.deactivate" : "user.activate")}>
              <Button
                size="small"
                danger={u.active}
                icon={u.active ? <LockOutlined /> : <UnlockOutlined />}
                aria-label={t(u.active ? "user.deactivate" : "user.activate")}
              />
            </Tooltip>
          </Popconfirm>
          <Popconfirm
            title={t("user.resetConfirm", { name: u.fullName })}
            okText={t("common.yes")}
            cancelText={t("common.no")}
            onConfirm={() => resetPassword(u)}
          >
            <Tooltip title={t("user.resetPassword")}>
              <Button size="small" icon={<KeyOutlined />} aria-label={t("user.resetPassword")} />
            </Tooltip>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      <Table<User>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={users}
        scroll={{ x: "max-content" }}
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (n) => t("common.total", { count: formatNumber(n) }),
        }}
        data-testid="users-table"
      />
      {editing && <UserFormModal user={editing} onClose={() => setEditing(null)} />}
      {temporary && <TemporaryPasswordModal {...temporary} onClose={() => setTemporary(null)} />}
    </>
  );
}
