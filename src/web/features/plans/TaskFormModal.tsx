// Adds or changes one lettered task of a plan's section: its text, the agencies that lead it
// (several when each answers for its part) and support it, a deadline or "thường xuyên", and the
// targets and indices it serves. The plan's tasks are saved whole.
import { DatePicker, Form, Input, Modal, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import { nextLetter } from "../../../domain/plans/task-letters.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { placeProblems, sectionsInputOf } from "./plan-forms.js";
import { type TaskInput, useMeasureOptions, useSavePlanContent } from "./plans.api.js";

interface FormValues {
  letter: string;
  body: string;
  leadAgencyIds: string[];
  supportingAgencyIds: string[];
  timing: "recurring" | "deadline";
  deadline?: Dayjs | null;
  targetIds: string[];
  measures: string[];
}

export function TaskFormModal({
  plan,
  sectionIndex,
  taskIndex,
  onClose,
}: {
  plan: PlanDetail;
  sectionIndex: number;
  /** The task edited, or null for a new one at the end of the section. */
  taskIndex: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSavePlanContent(plan.id);
  const agencies = useAgencies();
  const measures = useMeasureOptions();
  const timing = Form.useWatch("timing", form);
  const section = plan.sections[sectionIndex]!;
  const editing = taskIndex === null ? null : section.tasks[taskIndex]!;
  const initial: FormValues = editing
    ? {
        letter: editing.letter,
        body: editing.body,
        leadAgencyIds: editing.lead.map((a) => a.id),
        supportingAgencyIds: editing.supporting.map((a) => a.id),
        timing: editing.recurring ? "recurring" : "deadline",
        deadline: editing.deadline ? dayjs(editing.deadline) : null,
        targetIds: editing.targetIds,
        measures: editing.measures,
      }
    : {
        letter: nextLetter(section.tasks.map((x) => x.letter)),
        body: "",
        leadAgencyIds: [],
        supportingAgencyIds: [],
        timing: "recurring",
        targetIds: [],
        measures: [],
      };
  const position = taskIndex ?? section.tasks.length;

  const submit = (values: FormValues) => {
    setFormError(null);
    const task: TaskInput = {
      id: editing?.id,
      letter: values.letter.trim(),
      body: values.body,
      leadAgencyIds: values.leadAgencyIds,
      supportingAgencyIds: values.supportingAgencyIds,
      recurring: values.timing === "recurring",
      deadline: values.timing === "deadline" && values.deadline ? values.deadline.format("YYYY-MM-DD") : null,
      targetIds: values.targetIds,
      measures: values.measures,
    };
    const sections = sectionsInputOf(plan);
    sections[sectionIndex]!.tasks.splice(position, editing ? 1 : 0, task);
    save.mutate(
      { tasks: { expectedRowVersion: plan.rowVersion, sections } },
      {
        onSuccess: onClose,
        onError: (error) =>
          setFormError(
            placeProblems(form, error, (path) => {
              const prefix = `sections.${sectionIndex}.tasks.${position}.`;
              if (!path.startsWith(prefix)) return null;
              const field = path.slice(prefix.length);
              return field === "deadline" ? "timing" : field;
            }),
          ),
      },
    );
  };

  const agencyOptions = (agencies.data ?? [])
    .filter((a) => a.active)
    .map((a) => ({ value: a.id, label: a.name }));
  const measureOptions = [
    ...(measures.data?.pgiParts ?? []).map((p, i) => ({
      value: p.ref,
      label: t("planTask.pgiPart", { number: i + 1, name: p.label }),
    })),
    ...(measures.data?.indicators ?? []).map((i) => ({
      value: i.ref,
      label: t("planTask.pepiIndicator", { name: i.label, framework: i.framework }),
    })),
  ];

  return (
    <Modal
      open
      title={
        editing
          ? t("planTask.editOf", { letter: editing.letter, section: section.number })
          : t("planTask.addTo", { section: section.number })
      }
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "task-save" }}
      destroyOnHidden
      width={720}
    >
      <ErrorAlert error={formError} />
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="letter" label={t("planTask.letter")} extra={t("planTask.letterHelp")}>
          <Input maxLength={2} style={{ width: 80 }} data-testid="task-letter" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t("planTask.body")}
          rules={[{ required: true, whitespace: true, message: t("planTask.bodyRequired") }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} data-testid="task-body" />
        </Form.Item>
        <Form.Item name="leadAgencyIds" label={t("planTask.lead")} extra={t("planTask.leadHelp")}>
          <Select
            mode="multiple"
            showSearch={searchIgnoringDiacritics}
            options={agencyOptions}
            data-testid="task-lead"
          />
        </Form.Item>
        <Form.Item name="supportingAgencyIds" label={t("planTask.supporting")}>
          <Select mode="multiple" showSearch={searchIgnoringDiacritics} options={agencyOptions} />
        </Form.Item>
        <Form.Item name="timing" label={t("planTask.timing")}>
          <Radio.Group
            options={[
              { value: "recurring", label: t("planTask.recurring") },
              { value: "deadline", label: t("planTask.byDeadline") },
            ]}
          />
        </Form.Item>
        {timing === "deadline" && (
          <Form.Item
            name="deadline"
            label={t("planTask.deadline")}
            rules={[{ required: true, message: t("planTask.deadlineRequired") }]}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item name="targetIds" label={t("planTask.targets")}>
          <Select
            mode="multiple"
            showSearch={searchIgnoringDiacritics}
            options={plan.targets.map((x) => ({ value: x.id, label: x.label }))}
            notFoundContent={t("planTask.noTargets")}
          />
        </Form.Item>
        <Form.Item name="measures" label={t("planTask.measures")}>
          <Select mode="multiple" showSearch={searchIgnoringDiacritics} options={measureOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
