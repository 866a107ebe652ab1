// Importing a list annex: the decision's number, title and dates, the list it replaces and the
// file; every problem of the file is shown with its row and column (nothing is imported); a
// readable file is shown compared with the register for the department to confirm or discard.
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { GhgImport, GhgImportChange, GhgList } from "../../../contracts/ghg-register.js";
import { type Ministry, ministries, sectors } from "../../../domain/facility-lists/vocabulary.js";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { type PickedFile, TextFilePicker } from "../../components/TextFilePicker.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { useDecideGhgImport, useReadGhgList } from "./ghg.api.js";

const maxBytes = 8 * 1024 * 1024;

interface FormValues {
  code: string;
  title: string;
  signedOn?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  replacesCode?: string | null;
  ministry?: Ministry | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);

/** A value as people read it: a sector or ministry by its name, never its code. */
function shown(field: string, value: string | null) {
  if (value === null) return "—";
  if (field === "sector") return sectors[value as keyof typeof sectors] ?? value;
  if (field === "ministry") return ministries[value as Ministry] ?? value;
  return value;
}

const kindColor: Record<GhgImportChange["kind"], string> = {
  added: "green",
  removed: "red",
  changed: "gold",
  relisted: "blue",
  unchanged: "default",
};

function Comparison({ result }: { result: GhgImport }) {
  const t = useT();
  const shownChanges = result.changes.filter((c) => c.kind !== "unchanged");
  return (
    <>
      <Typography.Paragraph>
        {t("ghg.compare.summary", { ...result.counts, province: result.province })}
      </Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        title={t("ghg.compare.counts", result.counts)}
        style={{ marginBottom: 12 }}
      />
      {result.unplaced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("ghg.compare.unplaced", { count: result.unplaced.length })}
          description={result.unplaced
            .slice(0, 10)
            .map((u) => `${t("ghg.compare.row", { row: u.row })}: ${u.name}, ${u.address}`)
            .join("; ")}
        />
      )}
      <ScrollRegion label={t("ghg.compare.tableLabel")} minWidth={640}>
        <Table
          size="small"
          rowKey={(c) => `${c.kind}-${c.facilityId ?? c.row}`}
          dataSource={shownChanges}
          pagination={shownChanges.length > 10 ? { pageSize: 10, size: "small" } : false}
          data-testid="ghg-changes"
          columns={[
            {
              title: t("ghg.col.status"),
              key: "kind",
              width: 140,
              render: (_, c) => <Tag color={kindColor[c.kind]}>{t(`ghg.compare.kind.${c.kind}`)}</Tag>,
            },
            {
              title: t("ghg.col.name"),
              key: "name",
              render: (_, c) => (
                <>
                  {c.name}
                  {c.row !== null && (
                    <div className="muted small">{t("ghg.compare.row", { row: c.row })}</div>
                  )}
                </>
              ),
            },
            {
              title: t("ghg.compare.tableLabel"),
              key: "fields",
              render: (_, c) =>
                c.fields.map((f) => (
                  <div key={f.field}>
                    {t(`ghg.compare.field.${f.field}`)}: {shown(f.field, f.before)} →{" "}
                    {shown(f.field, f.after)}
                  </div>
                )),
            },
          ]}
        />
      </ScrollRegion>
    </>
  );
}

export function GhgImportModal({ lists, onClose }: { lists: GhgList[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const read = useReadGhgList();
  const decide = useDecideGhgImport();
  const result = read.data;

  const submit = async () => {
    const values = await form.validateFields();
    if (!file) return setMissingFile(true);
    read.mutate({
      list: {
        code: values.code,
        title: values.title,
        signedOn: day(values.signedOn),
        effectiveFrom: day(values.effectiveFrom),
        replacesCode: values.replacesCode ?? null,
      },
      fileName: file.name,
      content: file.content,
      ministry: values.ministry ?? null,
    });
  };
  const decideWith = (decision: "confirm" | "discard") =>
    result &&
    decide.mutate(
      { id: result.id, decision },
      {
        onSuccess: () => {
          if (decision === "confirm")
            void message.success(t("ghg.compare.confirmed", { list: result.list.code }));
          onClose();
        },
      },
    );

  if (result)
    return (
      <Modal
        open
        width={900}
        title={t("ghg.compare.title", { list: result.list.code })}
        onCancel={onClose}
        destroyOnHidden
        footer={
          <Space wrap>
            <Button
              onClick={() => decideWith("discard")}
              loading={decide.isPending}
              data-testid="ghg-discard"
            >
              {t("ghg.compare.discard")}
            </Button>
            <Button
              type="primary"
              onClick={() => decideWith("confirm")}
              loading={decide.isPending}
              data-testid="ghg-confirm"
            >
              {t("ghg.compare.confirm")}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={decide.error} />
        <Comparison result={result} />
      </Modal>
    );

  const error = read.error;
  const required = (field: string) => [{ required: true, message: t("ghg.import.required", { field }) }];
  return (
    <Modal
      open
      width={760}
      title={t("ghg.import.title")}
      okText={t("ghg.import.read")}
      cancelText={t("common.cancel")}
      confirmLoading={read.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("ghg.import.intro")}</Typography.Paragraph>
      {isApiError(error) && error.details.length > 0 ? (
        <LocatedProblems error={error} kind="csv" />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="code"
          label={t("ghg.import.code")}
          rules={required(t("ghg.import.code"))}
          extra={t("ghg.import.codeHint")}
        >
          <Input data-testid="ghg-list-code" />
        </Form.Item>
        <Form.Item name="title" label={t("ghg.import.listTitle")} rules={required(t("ghg.import.listTitle"))}>
          <Input data-testid="ghg-list-title" />
        </Form.Item>
        <Space wrap style={{ width: "100%" }}>
          <Form.Item name="signedOn" label={t("ghg.import.signedOn")}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t("ghg.import.effectiveFrom")}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="replacesCode" label={t("ghg.import.replaces")}>
          <Select
            allowClear
            placeholder={t("ghg.import.replacesNone")}
            options={lists.map((l) => ({ value: l.code, label: `${l.code} — ${l.title}` }))}
          />
        </Form.Item>
        <Form.Item name="ministry" label={t("ghg.import.ministry")}>
          <Select
            allowClear
            options={Object.entries(ministries).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          label={t("ghg.import.file")}
          required
          validateStatus={missingFile && !file ? "error" : undefined}
          help={missingFile && !file ? t("file.required") : undefined}
        >
          <TextFilePicker
            extensions={[".xlsx", ".csv"]}
            readAs="base64"
            maxBytes={maxBytes}
            value={file}
            onChange={(picked) => {
              setFile(picked);
              read.reset();
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
