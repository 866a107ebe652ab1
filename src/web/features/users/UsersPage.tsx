// Users, filtered on the server by agency, role and text. Agency-bound viewers (agency head)
// only ever get their own agency's users, so the agency filter is not offered to them.
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Input, Select } from "antd";
import { useState } from "react";
import { type Role, requiresAgency, roles } from "../../../domain/auth/roles.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { useCan, useSession } from "../auth/session.js";
import { AccountImportModal } from "./AccountImportModal.js";
import { TemporaryPasswordModal } from "./TemporaryPasswordModal.js";
import { UserFormModal } from "./UserFormModal.js";
import { UsersTable } from "./UsersTable.js";
import { type UserFilter, useUsers } from "./users.api.js";

export default function UsersPage() {
  const t = useT();
  const can = useCan();
  const me = useSession();
  const [filter, setFilter] = useState<UserFilter>({});
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const users = useUsers(filter);
  const mayFilterAgency = !requiresAgency(me.role);
  const agencies = useAgencies(mayFilterAgency);
  const set = (patch: UserFilter) => setFilter((current) => ({ ...current, ...patch }));

  if (users.isError && !users.data)
    return <PageError error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <>
      <PageHeader
        title={t("user.title")}
        extra={
          can("user.manage") && (
            <Flex wrap gap={8}>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-users">
                {t("user.import.open")}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="create-user"
              >
                {t("user.create")}
              </Button>
            </Flex>
          )
        }
      />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t("user.searchPlaceholder")}
            aria-label={t("user.searchPlaceholder")}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            style={{ flex: "0 1 300px", minWidth: 0 }}
            data-testid="users-search"
          />
          {mayFilterAgency && (
            <Select<string>
              allowClear
              showSearch={searchIgnoringDiacritics}
              placeholder={t("user.agency")}
              aria-label={t("user.agency")}
              style={{ flex: "0 1 300px", minWidth: 0 }}
              loading={agencies.isPending}
              onChange={(agencyId) => set({ agencyId })}
              options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            />
          )}
          <Select<Role>
            allowClear
            placeholder={t("user.role")}
            aria-label={t("user.role")}
            style={{ flex: "0 1 260px", minWidth: 0 }}
            onChange={(role) => set({ role })}
            options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        </Flex>
        <UsersTable users={users.data ?? []} loading={users.isFetching} canManage={can("user.manage")} />
      </Card>
      {importing && <AccountImportModal onClose={() => setImporting(false)} />}
      {creating && (
        <UserFormModal
          user={null}
          onClose={() => setCreating(false)}
          onCreated={({ user, temporaryPassword }) =>
            temporaryPassword && setCreated({ username: user.username, password: temporaryPassword })
          }
        />
      )}
      {created && <TemporaryPasswordModal {...created} onClose={() => setCreated(null)} />}
    </>
  );
}
