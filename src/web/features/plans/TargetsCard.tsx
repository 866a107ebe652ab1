// A plan's targets: what each is measured by, its baseline, and for each year of the plan the
// value aimed at, the value reached with where it comes from, and how it stands by the plan's
// rule, which is stated above the table and set by the coordinator.
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  InputNumber,
  Modal,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import type { PlanDetail, PlanTarget } from "../../../contracts/plan-content.js";
import { planYears } from "../../../domain/plans/plan-rules.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { formatDecimal } from "../../lib/format.js";
import { targetInputOf } from "./plan-forms.js";
import { useSavePlanContent } from "./plans.api.js";
import { TargetFormModal } from "./TargetFormModal.js";

type Status = NonNullable<PlanTarget["years"][number]["status"]>;
export const targetStatusColor: Record<Status, string> = {
  met: "green",
  on_track: "blue",
  at_risk: "orange",
  missed: "red",
  not_reported: "default",
};

/** "62,9%", "1.250 tấn"; a score or a rank is a bare number. */
function withUnit(value: number | null, unit: string): string {
  if (value === null) return "—";
  if (!unit || unit === "hạng" || unit === "điểm") return formatDecimal(value);
  return `${formatDecimal(value)}${unit === "%" ? "" : " "}${unit}`;
}

export function TargetsCard({ plan, manage }: { plan: PlanDetail; manage: boolean }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const save = useSavePlanContent(plan.id);
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const [rule, setRule] = useState<number | null>(null);

  const saveAll = (targets: PlanTarget[], atRiskBelowPercent: number) =>
    save.mutateAsync({
      targets: {
        expectedRowVersion: plan.rowVersion,
        atRiskBelowPercent,
        targets: targets.map(targetInputOf),
      },
    });
  const remove = (index: number) => {
    const target = plan.targets[index]!;
    // The tasks that serve it lose it: said before, not found out after.
    const serving = plan.sections.flatMap((s) =>
      s.tasks
        .filter((task) => task.targetIds.includes(target.id))
        .map((task) => t("planTarget.servedBy", { letter: task.letter, section: s.number })),
    );
    modal.confirm({
      title: t("planTarget.removeConfirm", { name: target.label }),
      content: serving.length ? t("planTarget.removeServed", { tasks: serving.join(", ") }) : undefined,
      okText: t("common.delete"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
      onOk: () =>
        saveAll(
          plan.targets.filter((_, i) => i !== index),
          plan.atRiskBelowPercent,
        ).catch((error: unknown) => message.error(isApiError(error) ? error.message : String(error))),
    });
  };

  const yearColumns: TableColumnsType<PlanTarget> = planYears(plan).map((year) => ({
    title: year,
    key: year,
    render: (_: unknown, target: PlanTarget) => {
      const y = target.years.find((x) => x.year === year)!;
      if (y.target === null && y.actual === null) return <span className="muted">—</span>;
      return (
        <div style={{ minWidth: 120 }}>
          <div>{t("planTarget.aim", { value: withUnit(y.target, target.unit) })}</div>
          <div title={y.actualSource ?? undefined}>
            {t("planTarget.actual", { value: withUnit(y.actual, target.unit) })}
            {y.actualSource && <div className="muted small">{y.actualSource}</div>}
          </div>
          {y.status && (
            <Tag color={targetStatusColor[y.status]} data-testid={`target-status-${year}`}>
              {t(`planTarget.status.${y.status}`)}
            </Tag>
          )}
        </div>
      );
    },
  }));

  const columns: TableColumnsType<PlanTarget> = [
    {
      title: t("planTarget.target"),
      key: "label",
      width: 260,
      render: (_, target) => (
        <>
          <div>{target.label}</div>
          {/* Which index an indicator belongs to, and a measure of the plan's own, say so. */}
          {(target.measure === "pepi_indicator" || target.measure === "own") && (
            <div className="muted small">
              {t(`planTarget.measure.${target.measure}`)}
              {/* A draft framework's indicator: its status here, not in the target's name. */}
              {target.provisional ? ` (${t("planTarget.provisional")})` : ""}
              {target.unit ? ` · ${target.unit}` : ""}
            </div>
          )}
        </>
      ),
    },
    {
      title: t("planTarget.baseline"),
      key: "baseline",
      render: (_, target) => (
        <>
          <div>
            {withUnit(target.baseline.value, target.unit)} ({target.baseline.year})
          </div>
          {target.baseline.source && <div className="muted small">{target.baseline.source}</div>}
        </>
      ),
    },
    ...yearColumns,
    ...(manage
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, target: PlanTarget, index: number) => (
              <Space wrap>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t("planTarget.editOf", { name: target.label })}
                  onClick={() => setEditing({ index })}
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t("planTarget.removeOf", { name: target.label })}
                  onClick={() => remove(index)}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t("planTarget.title")}>
      {/* In the card, not its header: on a phone the header would cut the title to "C…". */}
      {manage && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ index: null })}
            data-testid="target-add"
          >
            {t("planTarget.add")}
          </Button>
          <Button onClick={() => setRule(plan.atRiskBelowPercent)}>{t("planTarget.ruleChange")}</Button>
        </Space>
      )}
      <Typography.Paragraph type="secondary" data-testid="target-rule">
        {t("planTarget.rule", { percent: plan.atRiskBelowPercent, margin: 100 - plan.atRiskBelowPercent })}
      </Typography.Paragraph>
      <ScrollRegion label={t("planTarget.title")} minWidth={640}>
        <Table<PlanTarget>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={plan.targets}
          pagination={false}
          locale={{ emptyText: t("planTarget.none") }}
          data-testid="targets-table"
        />
      </ScrollRegion>
      {editing && <TargetFormModal plan={plan} index={editing.index} onClose={() => setEditing(null)} />}
      {rule !== null && (
        <Modal
          open
          title={t("planTarget.ruleChange")}
          okText={t("common.save")}
          cancelText={t("common.cancel")}
          confirmLoading={save.isPending}
          onCancel={() => setRule(null)}
          onOk={() =>
            saveAll(plan.targets, rule)
              .then(() => setRule(null))
              .catch((error: unknown) => message.error(isApiError(error) ? error.message : String(error)))
          }
        >
          <Typography.Paragraph>{t("planTarget.ruleHelp")}</Typography.Paragraph>
          <label htmlFor="plan-rule-percent">{t("planTarget.rulePercent")}</label>
          <InputNumber
            id="plan-rule-percent"
            min={50}
            max={100}
            value={rule}
            onChange={(value) => setRule(value ?? 90)}
            addonAfter="%"
            style={{ display: "block", width: 160, marginTop: 8 }}
          />
        </Modal>
      )}
    </Card>
  );
}
