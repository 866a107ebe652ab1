// "Nghĩa vụ và thời hạn": every obligation rule with its legal basis, its sources as links and
// whether the sources confirm it (a provisional rule says which parts are not confirmed); the
// coordinator edits a rule or puts it back as shipped, and sees when the shipped rule changed.
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { GhgRuleView } from "../../../contracts/ghg-obligations.js";
import type { ObligationRule } from "../../../domain/ghg/obligation-rules.js";
import { ErrorAlert, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { type Translate, useLocale, useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { GhgRuleModal } from "./GhgRuleModal.js";
import { useGhgRules, useResetGhgRule } from "./ghg-obligations.api.js";

const pad = (n: number) => String(n).padStart(2, "0");
export const dueText = (r: Pick<ObligationRule, "due">) => `${pad(r.due.day)}/${pad(r.due.month)}`;

/** A rule's text in the interface's language when the rules file gives it, else in Vietnamese. */
export function useRuleText() {
  const { locale } = useLocale();
  return (text: { vi: string; en?: string }) => (locale === "en" && text.en ? text.en : text.vi);
}

export function RuleStatusTag({ status, unconfirmed }: { status: string; unconfirmed?: readonly string[] }) {
  const t = useT();
  const parts = (unconfirmed ?? []).map((p) => t(`ghgObl.part.${p as "due"}`)).join(", ");
  return status === "confirmed" ? (
    <Tag color="green">{t("ghgObl.status.confirmed")}</Tag>
  ) : (
    <Tag color="orange" title={parts ? t("ghgObl.unconfirmedParts", { parts }) : undefined}>
      {t("ghgObl.status.provisional")}
    </Tag>
  );
}

function recurrenceText(r: ObligationRule, t: Translate) {
  const from = t(`ghgObl.recurrence.${r.recurrence.every}`, { year: r.recurrence.fromYear ?? r.fromYear });
  const first = r.recurrence.every === 2 && r.recurrence.fromYear !== r.fromYear ? ` (${r.fromYear})` : "";
  return `${from}${first}${r.untilYear ? `, ${t("ghgObl.until", { year: r.untilYear })}` : ""}`;
}

function RuleCard({ view }: { view: GhgRuleView }) {
  const t = useT();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const reset = useResetGhgRule(view.rule.code);
  const text = useRuleText();
  const r = view.rule;
  const parts = (r.unconfirmed ?? []).map((p) => t(`ghgObl.part.${p}`)).join(", ");
  return (
    <Card
      data-testid={`ghg-rule-${r.code}`}
      style={{ marginBottom: 16 }}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16, whiteSpace: "normal" }}>
          {text(r.owed)}
        </Typography.Title>
      }
      extra={<RuleStatusTag status={r.status} unconfirmed={r.unconfirmed} />}
    >
      {r.status === "provisional" && parts && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("ghgObl.unconfirmedParts", { parts })}
        />
      )}
      {view.shippedChangedAt && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("ghgObl.shippedChanged", { date: formatDate(view.shippedChangedAt) })}
          description={t("ghgObl.shipped", {
            date: dueText(view.shipped),
            year: view.shipped.fromYear,
            status: t(`ghgObl.status.${view.shipped.status}`),
          })}
        />
      )}
      <ErrorAlert error={reset.error} />
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t("ghgObl.col.recipient")}>{text(r.recipient)}</Descriptions.Item>
        <Descriptions.Item label={t("ghgObl.col.due")}>
          {t("ghgObl.dueEveryYear", { date: dueText(r) })}
        </Descriptions.Item>
        <Descriptions.Item label={t("ghgObl.col.recurrence")}>{recurrenceText(r, t)}</Descriptions.Item>
        <Descriptions.Item label={t("ghgObl.col.scope")}>
          {t(`ghgObl.scope.${r.facilities}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("ghgObl.col.basis")} span={2}>
          {text(r.basis)}
        </Descriptions.Item>
        <Descriptions.Item label={t("ghgObl.col.sources")} span={2}>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {view.sources.map((s) => (
              <li key={s.id}>
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </Descriptions.Item>
        {r.note && (
          <Descriptions.Item label={t("ghgObl.col.note")} span={2}>
            {r.note}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {view.edited && view.editedAt
            ? t("ghgObl.edited", { name: view.editedByName ?? "—", date: formatDate(view.editedAt) })
            : ""}
        </Typography.Text>
        {can("ghg.manage") && (
          <Space wrap>
            {view.edited && (
              <Popconfirm
                title={t("ghgObl.resetConfirm")}
                okText={t("ghgObl.reset")}
                cancelText={t("common.cancel")}
                onConfirm={() => reset.mutate({ rowVersion: view.rowVersion })}
              >
                <Button loading={reset.isPending}>{t("ghgObl.reset")}</Button>
              </Popconfirm>
            )}
            <Button type="primary" onClick={() => setEditing(true)} data-testid={`ghg-rule-edit-${r.code}`}>
              {t("ghgObl.edit")}
            </Button>
          </Space>
        )}
      </Flex>
      {editing && <GhgRuleModal view={view} onClose={() => setEditing(false)} />}
    </Card>
  );
}

export default function GhgObligationRulesPage() {
  const t = useT();
  const rules = useGhgRules();
  if (rules.isError) return <PageError error={rules.error} onRetry={() => void rules.refetch()} />;
  if (!rules.data) return <FullPageSpin />;
  return (
    <>
      <Link to="/ghg/facilities">{t("ghg.facility.back")}</Link>
      <PageHeader title={t("ghgObl.rules.title")}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t("ghgObl.rules.intro")}
        </Typography.Paragraph>
      </PageHeader>
      {rules.data.items.map((view) => (
        <RuleCard key={view.rule.code} view={view} />
      ))}
    </>
  );
}
