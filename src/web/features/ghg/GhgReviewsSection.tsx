// The review of the province's list every two years by the sector departments: each review with
// its due date, the departments asked and its status, an overdue one marked; the coordinator
// creates and edits them (the row version guards against a change made meanwhile).
import { Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { type GhgReview, ghgReviewStatuses } from "../../../contracts/ghg-obligations.js";
import { ErrorAlert } from "../../components/errors.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { useCan } from "../auth/session.js";
import { useGhgLists } from "./ghg.api.js";
import { useCreateGhgReview, useGhgReviews, useUpdateGhgReview } from "./ghg-obligations.api.js";

interface Values {
  title: string;
  dueOn: Dayjs;
  listId?: string | null;
  agencyIds: string[];
  status: GhgReview["status"];
  note?: string;
}

function ReviewModal({ review, onClose }: { review: GhgReview | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const agencies = useAgencies();
  const lists = useGhgLists();
  const create = useCreateGhgReview();
  const update = useUpdateGhgReview(review?.id ?? "");
  const save = review ? update : create;
  const required = (field: string) => [{ required: true, message: t("ghgObl.form.required", { field }) }];
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      title: v.title,
      dueOn: v.dueOn.format("YYYY-MM-DD"),
      listId: v.listId ?? null,
      agencyIds: v.agencyIds ?? [],
      status: v.status,
      note: v.note?.trim() || null,
    };
    if (review) update.mutate({ ...body, rowVersion: review.rowVersion }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={review ? review.title : t("ghgObl.reviews.add")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: review?.title ?? "",
          dueOn: review ? dayjs(review.dueOn) : undefined,
          listId: review?.listId ?? undefined,
          agencyIds: review?.agencies.map((a) => a.id) ?? [],
          status: review?.status ?? "planned",
          note: review?.note ?? "",
        }}
      >
        <Form.Item
          name="title"
          label={t("ghgObl.reviews.col.title")}
          rules={required(t("ghgObl.reviews.col.title"))}
        >
          <Input maxLength={300} data-testid="ghg-review-title" />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t("ghgObl.reviews.col.due")}
          rules={required(t("ghgObl.reviews.col.due"))}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="listId" label={t("ghgObl.reviews.col.list")}>
          <Select
            allowClear
            options={(lists.data?.items ?? []).map((l) => ({ value: l.id, label: l.code }))}
          />
        </Form.Item>
        <Form.Item name="agencyIds" label={t("ghgObl.reviews.col.agencies")}>
          <Select
            mode="multiple"
            showSearch
            {...searchIgnoringDiacritics}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t("ghgObl.col.status")}>
          <Select
            options={ghgReviewStatuses.map((s) => ({ value: s, label: t(`ghgObl.reviews.status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t("ghgObl.col.note")}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function GhgReviewsSection() {
  const t = useT();
  const can = useCan();
  const reviews = useGhgReviews();
  const [editing, setEditing] = useState<GhgReview | "new" | null>(null);
  const items = reviews.data?.items ?? [];
  return (
    <Card
      style={{ marginTop: 16 }}
      data-testid="ghg-reviews"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16, whiteSpace: "normal" }}>
          {t("ghgObl.reviews.title")}
        </Typography.Title>
      }
      extra={
        can("ghg.manage") && (
          <Button onClick={() => setEditing("new")} data-testid="ghg-review-add">
            {t("ghgObl.reviews.add")}
          </Button>
        )
      }
    >
      <ErrorAlert error={reviews.error} />
      <ScrollRegion label={t("ghgObl.reviews.title")} minWidth={640}>
        <Table<GhgReview>
          size="small"
          rowKey="id"
          pagination={false}
          loading={reviews.isLoading}
          dataSource={items}
          locale={{ emptyText: t("ghgObl.reviews.empty") }}
          columns={[
            {
              title: t("ghgObl.reviews.col.title"),
              key: "title",
              width: "32%",
              render: (_, r) =>
                can("ghg.manage") ? (
                  <Button
                    type="link"
                    style={{ padding: 0, whiteSpace: "normal", textAlign: "left", height: "auto" }}
                    onClick={() => setEditing(r)}
                  >
                    {r.title}
                  </Button>
                ) : (
                  r.title
                ),
            },
            {
              title: t("ghgObl.reviews.col.due"),
              key: "due",
              render: (_, r) => (
                <>
                  {formatDate(r.dueOn)}
                  {r.overdue && (
                    <Tag color="red" style={{ marginLeft: 4 }}>
                      {t("ghgObl.reviews.overdue")}
                    </Tag>
                  )}
                </>
              ),
            },
            { title: t("ghgObl.reviews.col.list"), key: "list", render: (_, r) => r.listCode ?? "—" },
            {
              title: t("ghgObl.reviews.col.agencies"),
              key: "agencies",
              render: (_, r) => r.agencies.map((a) => a.name).join(", ") || "—",
            },
            {
              title: t("ghgObl.col.status"),
              key: "status",
              render: (_, r) => (
                <Tag color={r.status === "done" ? "green" : r.status === "in_progress" ? "blue" : "default"}>
                  {t(`ghgObl.reviews.status.${r.status}`)}
                </Tag>
              ),
            },
          ]}
        />
      </ScrollRegion>
      {editing && (
        <ReviewModal review={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
