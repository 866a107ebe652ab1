// The provincial chairman's conclusions on a period's synthesis: the coordinator records the
// document (number, date, who concluded, the text), then chooses among the directions read from
// it those that become tasks of the plan, each with its text, lead and supporting agencies and a
// deadline or "thường xuyên". A leader reads what was recorded and given.
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Divider,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import type { SynthesisDraft } from "../../../contracts/plan-synthesis.js";
import { conclusionSectionTitle, nextSectionNumber } from "../../../domain/plans/synthesis.js";
import { nextLetter } from "../../../domain/plans/task-letters.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { datePlaceholder } from "../../lib/antd-locale.js";
import { ApiError, isApiError } from "../../lib/api.js";
import { formatNumber } from "../../lib/format.js";
import { searchIgnoringDiacritics, showServerErrors } from "../../lib/forms.js";
import { useAddConclusionTasks, useSaveConclusion } from "./plan-synthesis.api.js";

interface ConclusionValues {
  numberSymbol: string;
  issuedOn: Dayjs | null;
  author: string;
  text: string;
}

const conclusionFields = ["numberSymbol", "issuedOn", "author", "text"];

function ConclusionForm({
  planId,
  draft,
  reload,
}: {
  planId: string;
  draft: SynthesisDraft;
  reload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConclusionValues>();
  const [problem, setProblem] = useState<unknown>(null);
  const save = useSaveConclusion(planId, draft.period.id);
  const manage = draft.allowedActions.includes("plan.manage");
  const c = draft.conclusion;
  const onFinish = async (values: ConclusionValues) => {
    setProblem(null);
    try {
      await save.mutateAsync({
        numberSymbol: values.numberSymbol ?? "",
        issuedOn: values.issuedOn ? values.issuedOn.format("YYYY-MM-DD") : null,
        author: values.author ?? "",
        text: values.text ?? "",
        expectedRowVersion: c?.rowVersion ?? 0,
      });
      void message.success(t("synthesis.conclusionSaved"));
    } catch (error) {
      // Recorded by someone else meanwhile: said, with a way to read theirs; what was typed stays.
      if (isApiError(error, 409)) return setProblem("stale");
      setProblem(error instanceof ApiError ? showServerErrors(form, error, conclusionFields) : error);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!manage}
      initialValues={{
        numberSymbol: c?.numberSymbol ?? "",
        issuedOn: c ? dayjs(c.issuedOn) : null,
        author: c?.author ?? "Chủ tịch UBND tỉnh",
        text: c?.text ?? "",
      }}
      onFinish={onFinish}
      data-testid="conclusion-form"
    >
      <Space wrap align="start" style={{ width: "100%" }}>
        <Form.Item
          name="numberSymbol"
          label={t("synthesis.field.numberSymbol")}
          extra={t("synthesis.field.numberSymbolHint")}
          style={{ minWidth: 220 }}
        >
          <Input maxLength={60} data-testid="conclusion-number" />
        </Form.Item>
        {/* Required by the server, which says so on the field: marked here beforehand. */}
        <Form.Item name="issuedOn" label={t("synthesis.field.issuedOn")} required>
          <DatePicker format="DD/MM/YYYY" data-testid="conclusion-date" />
        </Form.Item>
        <Form.Item name="author" label={t("synthesis.field.author")} style={{ minWidth: 220 }}>
          <Input maxLength={200} />
        </Form.Item>
      </Space>
      <Form.Item name="text" label={t("synthesis.field.text")} extra={t("synthesis.field.textHint")} required>
        <Input.TextArea
          autoSize={{ minRows: 5, maxRows: 16 }}
          maxLength={20_000}
          data-testid="conclusion-text"
        />
      </Form.Item>
      {problem === "stale" ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("documents.stale")}
          action={<Button onClick={reload}>{t("documents.reload")}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ErrorAlert error={problem} />
      )}
      {manage && (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="conclusion-save">
          {t("synthesis.saveConclusion")}
        </Button>
      )}
    </Form>
  );
}

interface DirectiveRow {
  chosen: boolean;
  body: string;
  lead: string[];
  supporting: string[];
  deadline: Dayjs | null;
  recurring: boolean;
  /** The task it became ("5.a"): given here, or before (read by the server). */
  given: string | null;
  /** Given before, and offered again on purpose. */
  again: boolean;
}

/**
 * The place ("mục 5, điểm b") each chosen direction will take, in the order they are sent: after
 * the tasks of the conclusion's section, or in the section that will follow the plan's others.
 */
function placesOf(plan: PlanDetail, sectionId: string | null, count: number) {
  const section = plan.sections.find((s) => s.id === sectionId);
  const number = section?.number ?? nextSectionNumber(plan.sections.map((s) => s.number));
  const used = section ? section.tasks.map((t) => t.letter) : [];
  return Array.from({ length: count }, () => {
    const letter = nextLetter(used);
    used.push(letter);
    return { number, letter };
  });
}

function DirectivesForm({ plan, draft }: { plan: PlanDetail; draft: SynthesisDraft }) {
  const t = useT();
  const { message } = App.useApp();
  const c = draft.conclusion!;
  const [rows, setRows] = useState<DirectiveRow[]>(() =>
    c.directives.map((d) => ({
      // A direction already given is not proposed again.
      chosen: d.lead !== null && d.given === null,
      body: d.text,
      lead: d.lead ? [d.lead.id] : [],
      supporting: d.supporting.map((a) => a.id),
      // The deadline its words give, proposed.
      deadline: d.deadline ? dayjs(d.deadline) : null,
      recurring: d.recurring,
      given: d.given?.place ?? null,
      again: false,
    })),
  );
  const [problems, setProblems] = useState<Map<number, string[]>>(new Map());
  const [problem, setProblem] = useState<unknown>(null);
  const add = useAddConclusionTasks(plan.id, draft.period.id);
  const options = draft.agencies.map((a) => ({ value: a.id, label: a.name }));
  const open = (row: DirectiveRow) => row.given === null || row.again;
  const chosen = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.chosen && open(row));
  // Where each chosen direction will go: its errors ("Mục 5, điểm b: …") name the same place.
  const places = new Map(
    placesOf(plan, c.section?.id ?? null, chosen.length).map((place, k) => [chosen[k]!.i, place]),
  );
  const change = (i: number, patch: Partial<DirectiveRow>) => {
    setRows((all) => all.map((row, j) => (j === i ? { ...row, ...patch } : row)));
    // A problem said of a direction goes once it is changed.
    setProblems((all) => {
      if (!all.has(i)) return all;
      const rest = new Map(all);
      rest.delete(i);
      return rest;
    });
  };

  const submit = async () => {
    setProblem(null);
    setProblems(new Map());
    try {
      const answer = await add.mutateAsync({
        expectedRowVersion: plan.rowVersion,
        tasks: chosen.map(({ row }) => ({
          body: row.body,
          leadAgencyIds: row.lead,
          supportingAgencyIds: row.supporting,
          deadline: row.recurring ? null : (row.deadline?.format("YYYY-MM-DD") ?? null),
          recurring: row.recurring,
        })),
      });
      // The directions given are marked with the tasks they became (the last ones of the section).
      const section = "fields" in answer ? answer.conclusion?.section : null;
      const added = section ? section.tasks.slice(-chosen.length) : [];
      const became = new Map(
        chosen.map(({ i }, k) => [i, added[k] && section ? `${section.number}.${added[k].letter}` : null]),
      );
      setRows((all) =>
        all.map((row, i) => ({
          ...row,
          chosen: false,
          ...(became.get(i) && { given: became.get(i)!, again: false }),
        })),
      );
      void message.success(t("synthesis.tasksAdded"));
    } catch (error) {
      if (!isApiError(error) || error.status !== 400) return setProblem(error);
      // "tasks.1.leadAgencyIds" is the second chosen direction: its message goes under it.
      const byRow = new Map<number, string[]>();
      const rest: string[] = [];
      for (const d of error.details) {
        const k = /^tasks\.(\d+)/.exec(d.field)?.[1];
        const row = k === undefined ? undefined : chosen[Number(k)]?.i;
        if (row === undefined) rest.push(d.message);
        else byRow.set(row, [...(byRow.get(row) ?? []), d.message]);
      }
      setProblems(byRow);
      setProblem(rest.length ? rest.join(" ") : byRow.size ? null : error);
    }
  };

  if (rows.length === 0)
    return <Typography.Text type="secondary">{t("synthesis.directivesNone")}</Typography.Text>;
  return (
    <div data-testid="directives">
      <Typography.Paragraph type="secondary">
        {t("synthesis.directivesIntro", { title: c.section?.title ?? conclusionSectionTitle(c) })}
      </Typography.Paragraph>
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        {rows.map((row, i) =>
          !open(row) ? (
            // Given already: said so with its task, offered again only on purpose.
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: the directions are a fixed list read once
              key={i}
              className="directive-row"
              style={{ border: "1px solid #d9d9d9", borderRadius: 6, padding: 12, background: "#fafafa" }}
              data-testid={`directive-${i}`}
            >
              <Space wrap size={[8, 4]} style={{ marginBottom: 4 }}>
                <Typography.Text strong>{t("synthesis.directiveN", { n: i + 1 })}</Typography.Text>
                <Tag color="green" data-testid={`directive-given-${i}`}>
                  {t("synthesis.directiveGiven", { place: row.given ?? "" })}
                </Tag>
              </Space>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {row.body}
              </Typography.Paragraph>
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => change(i, { again: true, chosen: false })}
                data-testid={`directive-again-${i}`}
              >
                {t("synthesis.directiveAgain")}
              </Button>
            </div>
          ) : (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: the directions are a fixed list read once
              key={i}
              className="directive-row"
              style={{ border: "1px solid #d9d9d9", borderRadius: 6, padding: 12 }}
              data-testid={`directive-${i}`}
            >
              <Space wrap size={[8, 4]}>
                <Checkbox
                  checked={row.chosen}
                  onChange={(e) => change(i, { chosen: e.target.checked })}
                  data-testid={`directive-choose-${i}`}
                >
                  {t("synthesis.directiveChoose", { n: i + 1 })}
                </Checkbox>
                {places.get(i) && (
                  <Typography.Text type="secondary" data-testid={`directive-place-${i}`}>
                    {t("synthesis.directiveWillBe", {
                      section: places.get(i)!.number,
                      letter: places.get(i)!.letter,
                    })}
                  </Typography.Text>
                )}
                {row.given && <Tag color="orange">{t("synthesis.directiveGiven", { place: row.given })}</Tag>}
              </Space>
              <Input.TextArea
                aria-label={`${t("synthesis.directiveBody")} ${i + 1}`}
                value={row.body}
                onChange={(e) => change(i, { body: e.target.value })}
                autoSize={{ minRows: 2, maxRows: 8 }}
                maxLength={4000}
                style={{ margin: "8px 0" }}
              />
              <Space wrap align="start" style={{ width: "100%" }}>
                <Select
                  mode="multiple"
                  aria-label={`${t("synthesis.lead")} ${i + 1}`}
                  placeholder={t("synthesis.lead")}
                  value={row.lead}
                  onChange={(lead) => change(i, { lead })}
                  options={options}
                  showSearch={searchIgnoringDiacritics}
                  style={{ minWidth: 240, maxWidth: "100%" }}
                  data-testid={`directive-lead-${i}`}
                />
                <Select
                  mode="multiple"
                  aria-label={`${t("synthesis.supporting")} ${i + 1}`}
                  placeholder={t("synthesis.supporting")}
                  value={row.supporting}
                  onChange={(supporting) => change(i, { supporting })}
                  options={options}
                  showSearch={searchIgnoringDiacritics}
                  style={{ minWidth: 240, maxWidth: "100%" }}
                />
                <DatePicker
                  aria-label={`${t("synthesis.deadline")} ${i + 1}`}
                  placeholder={`${t("synthesis.deadline")} (${datePlaceholder})`}
                  format="DD/MM/YYYY"
                  value={row.deadline}
                  disabled={row.recurring}
                  onChange={(deadline) => change(i, { deadline })}
                  data-testid={`directive-deadline-${i}`}
                />
                <Checkbox
                  checked={row.recurring}
                  onChange={(e) => change(i, { recurring: e.target.checked })}
                >
                  {t("synthesis.recurring")}
                </Checkbox>
              </Space>
              {problems.get(i)?.map((text) => (
                <Typography.Paragraph key={text} type="danger" style={{ margin: "6px 0 0" }} role="alert">
                  {text}
                </Typography.Paragraph>
              ))}
            </div>
          ),
        )}
      </Space>
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={problem} />
        <Button
          type="primary"
          disabled={chosen.length === 0}
          loading={add.isPending}
          onClick={() => void submit()}
          data-testid="directives-add"
        >
          {chosen.length
            ? t("synthesis.addTasks", { count: formatNumber(chosen.length) })
            : t("synthesis.pickSome")}
        </Button>
      </div>
    </div>
  );
}

export function ConclusionModal({
  plan,
  draft,
  onClose,
  reload,
}: {
  plan: PlanDetail;
  draft: SynthesisDraft;
  onClose: () => void;
  reload: () => void;
}) {
  const t = useT();
  const c = draft.conclusion;
  const manage = draft.allowedActions.includes("plan.manage");
  return (
    <Modal
      open
      width={960}
      title={t("synthesis.conclusionTitle", { period: draft.period.label })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t("common.close")}</Button>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("synthesis.conclusionIntro")}</Typography.Paragraph>
      <ConclusionForm key={c?.rowVersion ?? 0} planId={plan.id} draft={draft} reload={reload} />
      {c?.section && (
        <>
          <Divider titlePlacement="start" plain>
            {t("synthesis.given", { section: c.section.number })}
          </Divider>
          <Typography.Paragraph strong>{c.section.title}</Typography.Paragraph>
          <List
            size="small"
            dataSource={c.section.tasks}
            data-testid="conclusion-given"
            renderItem={(task) => (
              <List.Item>
                <span>
                  <strong>{task.letter})</strong> {task.body}
                  {task.lead.length > 0 && <span className="muted"> — {task.lead.join(", ")}</span>}
                </span>
              </List.Item>
            )}
          />
        </>
      )}
      {c && manage && (
        <>
          <Divider titlePlacement="start" plain>
            {t("synthesis.directives")}
          </Divider>
          <DirectivesForm key={c.rowVersion} plan={plan} draft={draft} />
        </>
      )}
    </Modal>
  );
}
