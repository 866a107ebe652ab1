// The editor of a document's text, driven by field descriptors so every document card uses it:
// the saved draft or the defaults, Save with the version it started from (someone else's newer
// save is a conflict, not overwritten), and a reset to the defaults. Readers see the text only.
import { RollbackOutlined, SaveOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Typography,
} from "antd";
import { type ReactNode, useState } from "react";
import type { DocumentKind } from "../../../contracts/documents.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { ApiError, isApiError } from "../../lib/api.js";
import { formatDateTime } from "../../lib/format.js";
import { showServerErrors } from "../../lib/forms.js";
import { DraftListField } from "./DraftListField.js";
import { useDocumentDraft, useResetDraft, useSaveDraft } from "./documents.api.js";
import {
  type DraftField,
  type DraftFieldGroup,
  formName,
  fromFormValues,
  listProblemField,
  toFormValues,
} from "./draft-fields.js";

interface DraftEditorProps {
  cycleId: string;
  kind: DocumentKind;
  groups: DraftFieldGroup[];
  /** Buttons beside Save, e.g. the downloads: shown to every reader. */
  actions?: ReactNode;
}

export function DraftEditor(props: DraftEditorProps) {
  const draft = useDocumentDraft(props.cycleId, props.kind);
  const save = useSaveDraft(props.cycleId, props.kind);
  const reset = useResetDraft(props.cycleId, props.kind);
  if (draft.isPending) return <Skeleton active />;
  if (draft.isError) return <ErrorAlert error={draft.error} />;
  // A new version (saved here, by someone else, or reset) starts the form again from it.
  return (
    <DraftForm
      key={draft.data.rowVersion ?? "defaults"}
      groups={props.groups}
      actions={props.actions}
      draft={draft.data}
      canEdit={draft.data.allowedActions.includes("document.edit")}
      save={save}
      reset={reset}
      testId={`draft-editor-${props.kind}`}
      onReload={() => void draft.refetch()}
    />
  );
}

/** A draft as the form reads it: its fields (saved or the defaults) and the version they are. */
export interface DraftState {
  fields: unknown;
  saved: boolean;
  rowVersion: number | null;
  updatedAt: string | null;
}

export interface DraftFormProps {
  groups: DraftFieldGroup[];
  /** Buttons beside Save, e.g. the downloads: shown to every reader. */
  actions?: ReactNode;
  draft: DraftState;
  canEdit: boolean;
  save: {
    mutateAsync: (input: { fields: Record<string, unknown>; rowVersion: number | null }) => Promise<unknown>;
    isPending: boolean;
  };
  reset: { mutateAsync: () => Promise<unknown>; isPending: boolean };
  testId: string;
  onReload: () => void;
  /** What the defaults are made from, said while they are used (a cycle's documents by default). */
  defaultsText?: string;
}

function FieldInput({ field, disabled }: { field: DraftField; disabled: boolean }) {
  const t = useT();
  if (field.kind === "list") return <DraftListField field={field} disabled={disabled} />;
  if (field.kind === "check")
    return (
      <Form.Item
        name={formName(field.name)}
        valuePropName="checked"
        extra={field.hint && t(field.hint)}
        data-testid={`draft-field-${field.name}`}
      >
        <Checkbox>{t(field.label)}</Checkbox>
      </Form.Item>
    );
  const input =
    field.kind === "date" ? (
      <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} aria-label={t(field.label)} />
    ) : field.kind === "text" ? (
      <Input.TextArea autoSize={{ minRows: field.rows ?? 3, maxRows: 14 }} maxLength={8000} />
    ) : (
      <Input maxLength={300} />
    );
  return (
    <Form.Item
      name={formName(field.name)}
      label={t(field.label)}
      extra={field.hint && t(field.hint)}
      rules={
        field.required
          ? [
              {
                required: true,
                whitespace: true,
                message: t("common.required", { field: t(field.label).toLowerCase() }),
              },
            ]
          : []
      }
      data-testid={`draft-field-${field.name}`}
    >
      {input}
    </Form.Item>
  );
}

/**
 * The form of any draft (a cycle's documents, a plan period's synthesis): give it a new `key`
 * when a new version arrives, so it starts again from it.
 */
export function DraftForm({
  groups,
  actions,
  draft,
  canEdit,
  save,
  reset,
  testId,
  onReload,
  defaultsText,
}: DraftFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const loaded = draft.fields as Record<string, unknown>;
  const names = groups.flatMap((g) => g.fields.map((f) => formName(f.name)));

  const onSave = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      await save.mutateAsync({
        fields: fromFormValues(groups, loaded, values),
        rowVersion: draft.rowVersion,
      });
      setDirty(false);
      void message.success(t("documents.saved"));
    } catch (error) {
      if (isApiError(error, 409)) return setProblem("stale");
      if (!(error instanceof ApiError)) return setProblem(error);
      // A line of a list is reported under the list, with its line number.
      const details = error.details.map((d) => {
        const { field, line } = listProblemField(d.field, groups);
        return {
          ...d,
          field,
          message: line ? `${t("documents.field.lineN", { n: line })}: ${d.message}` : d.message,
        };
      });
      const shown = new ApiError(error.status, error.code, error.message, error.requestId, details);
      setProblem(showServerErrors(form, shown, names));
    }
  };

  const onReset = async () => {
    setProblem(null);
    try {
      await reset.mutateAsync();
      void message.success(t("documents.resetDone"));
    } catch (error) {
      setProblem(error);
    }
  };

  // The buttons stay outside the form: a reader's disabled form would disable the downloads too.
  return (
    <>
      <Form
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={toFormValues(groups, loaded)}
        onValuesChange={() => setDirty(true)}
        onFinish={onSave}
        data-testid={testId}
      >
        <Typography.Paragraph type="secondary" data-testid="draft-state">
          {draft.saved && draft.updatedAt
            ? t("documents.savedAt", { time: formatDateTime(draft.updatedAt) })
            : (defaultsText ?? t("documents.usingDefaults"))}
        </Typography.Paragraph>
        {groups.map((group) => (
          <div key={group.title}>
            <Divider titlePlacement="start" plain>
              {t(group.title)}
            </Divider>
            <Row gutter={16}>
              {group.fields.map((field) => (
                <Col key={field.name} xs={24} md={field.half ? 12 : 24}>
                  <FieldInput field={field} disabled={!canEdit} />
                </Col>
              ))}
            </Row>
          </div>
        ))}
      </Form>
      {problem === "stale" ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("documents.stale")}
          action={<Button onClick={onReload}>{t("documents.reload")}</Button>}
          style={{ marginBottom: 16 }}
          data-testid="draft-stale"
        />
      ) : (
        <ErrorAlert error={problem} />
      )}
      {dirty && canEdit && (
        <Typography.Paragraph type="warning" data-testid="draft-unsaved">
          {t("documents.unsavedDownload")}
        </Typography.Paragraph>
      )}
      <Space wrap>
        {canEdit && (
          <Button
            type="primary"
            onClick={() => form.submit()}
            icon={<SaveOutlined />}
            loading={save.isPending}
            data-testid="draft-save"
          >
            {t("documents.save")}
          </Button>
        )}
        {canEdit && draft.saved && (
          <Popconfirm
            title={t("documents.resetConfirm")}
            onConfirm={onReset}
            okButtonProps={{ "data-testid": "draft-reset-confirm" }}
          >
            <Button icon={<RollbackOutlined />} loading={reset.isPending} data-testid="draft-reset">
              {t("documents.reset")}
            </Button>
          </Popconfirm>
        )}
        {actions}
      </Space>
    </>
  );
}
