// One agency: its details and, for those who may list them, its users. Another agency's page
// is refused by the server (403) before it says whether the agency exists.
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Descriptions, Space, Tag } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { requiresAgency } from "../../../domain/auth/roles.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime, formatNumber } from "../../lib/format.js";
import { useCan, useSession } from "../auth/session.js";
import { AgencyReportsCard } from "../plans/AgencyReportsCard.js";
import { AgencyTasksCard } from "../plans/AgencyTasksCard.js";
import { TemporaryPasswordModal } from "../users/TemporaryPasswordModal.js";
import { UserFormModal } from "../users/UserFormModal.js";
import { UsersTable } from "../users/UsersTable.js";
import { useUsers } from "../users/users.api.js";
import { AgencyFormModal } from "./AgencyFormModal.js";
import { useAgencies, useAgency } from "./agencies.api.js";

export default function AgencyDetailPage() {
  const t = useT();
  const { id = "" } = useParams();
  const me = useSession();
  const can = useCan();
  const agency = useAgency(id);
  const all = useAgencies(!requiresAgency(me.role));
  const mayListUsers = agency.data?.allowedActions.includes("user.list") ?? false;
  const users = useUsers({ agencyId: id }, mayListUsers);
  const [editing, setEditing] = useState(false);
  const [addingUser, setAddingUser] = useState(false);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);

  if (agency.isPending) return <FullPageSpin />;
  if (agency.isError) return <PageError error={agency.error} onRetry={() => void agency.refetch()} />;
  const a = agency.data;
  const mayManage = a.allowedActions.includes("agency.manage");
  // Its line across a merger of agencies: where it went, and which went into it.
  const successor = all.data?.find((x) => x.id === a.successorAgencyId);
  const predecessors = all.data?.filter((x) => x.successorAgencyId === a.id) ?? [];
  const agencyLink = (x: { id: string; name: string }) => (
    <Link key={x.id} to={`/agencies/${x.id}`}>
      {x.name}
    </Link>
  );

  return (
    <>
      {!requiresAgency(me.role) && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[{ title: <Link to="/agencies">{t("agency.backToList")}</Link> }, { title: a.name }]}
        />
      )}
      <PageHeader
        title={<span data-testid="agency-name">{a.name}</span>}
        extra={
          mayManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t("common.edit")}
            </Button>
          )
        }
      />
      <Space orientation="vertical" size="large" style={{ width: "100%" }}>
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: "code", label: t("agency.code"), children: <code>{a.code}</code> },
              { key: "shortName", label: t("agency.shortName"), children: a.shortName ?? "—" },
              { key: "kind", label: t("agency.kind"), children: t(`agencyKind.${a.kind}`) },
              { key: "orgUnit", label: t("agency.orgUnit"), children: a.orgUnit.name },
              {
                key: "signOff",
                label: t("agency.hasHeadSignOff"),
                children: t(a.hasHeadSignOff ? "common.yes" : "common.no"),
              },
              { key: "userCount", label: t("agency.userCount"), children: formatNumber(a.userCount) },
              {
                key: "status",
                label: t("common.status"),
                children: (
                  <Space size={4}>
                    <Tag color={a.active ? "green" : "default"}>
                      {t(a.active ? "common.active" : "common.inactive")}
                    </Tag>
                    {a.isDemo && <Tag color="gold">{t("common.demo")}</Tag>}
                  </Space>
                ),
              },
              ...(successor
                ? [{ key: "successor", label: t("agency.successor"), children: agencyLink(successor) }]
                : []),
              ...(predecessors.length > 0
                ? [
                    {
                      key: "predecessors",
                      label: t("agency.predecessors"),
                      children: <Space wrap>{predecessors.map(agencyLink)}</Space>,
                    },
                  ]
                : []),
              { key: "updatedAt", label: t("agency.updatedAt"), children: formatDateTime(a.updatedAt) },
            ]}
          />
        </Card>
        {mayListUsers && (
          <Card
            title={t("agency.users")}
            extra={
              can("user.manage") && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingUser(true)}>
                  {t("user.create")}
                </Button>
              )
            }
          >
            <UsersTable
              users={users.data ?? []}
              loading={users.isFetching}
              showAgency={false}
              canManage={can("user.manage")}
            />
          </Card>
        )}
        {can("plan.read") && <AgencyTasksCard agency={a} />}
        {can("plan.read") && <AgencyReportsCard agencyId={a.id} />}
      </Space>
      {editing && <AgencyFormModal agency={a} onClose={() => setEditing(false)} />}
      {addingUser && (
        <UserFormModal
          user={null}
          presetAgencyId={a.id}
          onClose={() => setAddingUser(false)}
          onCreated={({ user, temporaryPassword }) =>
            temporaryPassword && setCreated({ username: user.username, password: temporaryPassword })
          }
        />
      )}
      {created && <TemporaryPasswordModal {...created} onClose={() => setCreated(null)} />}
    </>
  );
}
