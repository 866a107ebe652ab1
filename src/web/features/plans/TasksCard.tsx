// A plan's tasks as the plan writes them: numbered sections, and under each the lettered tasks
// with the agencies that lead and support them, the deadline or "thường xuyên", and what each
// serves. The coordinator adds and changes sections and tasks.
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Form, Input, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { PlanDetail, PlanTask } from "../../../contracts/plan-content.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { formatDate } from "../../lib/format.js";
import { placeProblems, sectionsInputOf } from "./plan-forms.js";
import { useSavePlanContent } from "./plans.api.js";
import { TaskFormModal } from "./TaskFormModal.js";

export function TaskLine({ task }: { task: PlanTask }) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <strong>{task.letter})</strong> {task.body}
      </Typography.Paragraph>
      <div className="small">
        {t("planTask.leadShort")}: {task.lead.map((a) => a.name).join(", ") || "—"}
        {task.supporting.length > 0 && (
          <>
            {" · "}
            {t("planTask.supportingShort")}: {task.supporting.map((a) => a.name).join(", ")}
          </>
        )}
        {" · "}
        {task.recurring ? t("planTask.recurring") : t("planTask.until", { date: formatDate(task.deadline) })}
      </div>
      {task.serves.length > 0 && (
        <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
          {task.serves.map((s) => (
            <Tag key={s.key} style={{ whiteSpace: "normal" }}>
              {s.label}
            </Tag>
          ))}
        </Space>
      )}
    </>
  );
}

function SectionModal({
  plan,
  index,
  onClose,
}: {
  plan: PlanDetail;
  index: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ number: string; title: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSavePlanContent(plan.id);
  const editing = index === null ? null : plan.sections[index]!;
  const position = index ?? plan.sections.length;
  const submit = (values: { number: string; title: string }) => {
    const sections = sectionsInputOf(plan);
    const current = editing ? sections[position]! : { tasks: [] };
    sections.splice(position, editing ? 1 : 0, {
      ...current,
      number: values.number.trim(),
      title: values.title,
    });
    save.mutate(
      { tasks: { expectedRowVersion: plan.rowVersion, sections } },
      {
        onSuccess: onClose,
        onError: (error) =>
          setFormError(
            placeProblems(form, error, (path) =>
              path.startsWith(`sections.${position}.`) && !path.includes(".tasks.")
                ? path.slice(`sections.${position}.`.length)
                : null,
            ),
          ),
      },
    );
  };
  return (
    <Modal
      open
      title={editing ? t("planSection.edit") : t("planSection.add")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "section-save" }}
      destroyOnHidden
    >
      <ErrorAlert error={formError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={editing ?? { number: String(plan.sections.length + 1), title: "" }}
        onFinish={submit}
      >
        <Form.Item
          name="number"
          label={t("planSection.number")}
          rules={[{ required: true, whitespace: true, message: t("planSection.numberRequired") }]}
        >
          <Input maxLength={10} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t("planSection.title")}
          extra={t("planSection.titleHelp")}
          rules={[{ required: true, whitespace: true, message: t("planSection.titleRequired") }]}
        >
          <Input.TextArea autoSize maxLength={500} data-testid="section-title" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function TasksCard({ plan, manage }: { plan: PlanDetail; manage: boolean }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const save = useSavePlanContent(plan.id);
  const [section, setSection] = useState<{ index: number | null } | null>(null);
  const [task, setTask] = useState<{ section: number; index: number | null } | null>(null);

  const saveSections = (sections: ReturnType<typeof sectionsInputOf>) =>
    save
      .mutateAsync({ tasks: { expectedRowVersion: plan.rowVersion, sections } })
      .catch((error: unknown) => message.error(isApiError(error) ? error.message : String(error)));

  const removeSection = (sectionIndex: number) => {
    const s = plan.sections[sectionIndex]!;
    modal.confirm({
      title: t("planSection.removeConfirm", { number: s.number, count: s.tasks.length }),
      okText: t("common.delete"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
      onOk: () => saveSections(sectionsInputOf(plan).filter((_, i) => i !== sectionIndex)),
    });
  };

  const removeTask = (sectionIndex: number, taskIndex: number) => {
    const s = plan.sections[sectionIndex]!;
    modal.confirm({
      title: t("planTask.removeConfirm", { letter: s.tasks[taskIndex]!.letter, section: s.number }),
      okText: t("common.delete"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
      onOk: () => {
        const sections = sectionsInputOf(plan);
        sections[sectionIndex]!.tasks.splice(taskIndex, 1);
        return saveSections(sections);
      },
    });
  };

  return (
    <Card
      title={t("planTask.title")}
      extra={
        manage && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setSection({ index: null })}
            data-testid="section-add"
          >
            {t("planSection.add")}
          </Button>
        )
      }
    >
      {plan.sections.length === 0 && <Empty description={t("planTask.none")} />}
      {plan.sections.map((s, sectionIndex) => (
        <section key={s.id} style={{ marginBottom: 24 }} data-testid={`section-${s.number}`}>
          <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {s.number}. {s.title}
            </Typography.Title>
            {manage && (
              <Space wrap>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t("planSection.editOf", { number: s.number })}
                  onClick={() => setSection({ index: sectionIndex })}
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t("planSection.removeOf", { number: s.number })}
                  onClick={() => removeSection(sectionIndex)}
                />
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setTask({ section: sectionIndex, index: null })}
                  data-testid={`task-add-${s.number}`}
                >
                  {t("planTask.add")}
                </Button>
              </Space>
            )}
          </Space>
          <ul style={{ listStyle: "none", paddingLeft: 0, margin: "8px 0 0" }}>
            {s.tasks.map((x, taskIndex) => (
              <li key={x.id} style={{ padding: "8px 0", borderTop: "1px solid #f0f0f0" }}>
                <div style={{ display: "flex", gap: 8, alignItems: "flex-start" }}>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <TaskLine task={x} />
                  </div>
                  {manage && (
                    <Space>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t("planTask.editOf", { letter: x.letter, section: s.number })}
                        onClick={() => setTask({ section: sectionIndex, index: taskIndex })}
                      />
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t("planTask.removeOf", { letter: x.letter, section: s.number })}
                        onClick={() => removeTask(sectionIndex, taskIndex)}
                      />
                    </Space>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {section && <SectionModal plan={plan} index={section.index} onClose={() => setSection(null)} />}
      {task && (
        <TaskFormModal
          plan={plan}
          sectionIndex={task.section}
          taskIndex={task.index}
          onClose={() => setTask(null)}
        />
      )}
    </Card>
  );
}
