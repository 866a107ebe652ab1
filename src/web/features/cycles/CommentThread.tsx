// The thread on one figure between the coordinator and the agency: a question, the answer, a
// correction. Opened from the figure; shown open when it already holds messages.
import { CommentOutlined, SendOutlined } from "@ant-design/icons";
import { Button, Input, Space, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";
import { useAddComment } from "./form.api.js";
import { useFormPage } from "./form-context.js";

export function CommentToggle({
  subject,
  open,
  onToggle,
}: {
  subject: string;
  open: boolean;
  onToggle: () => void;
}) {
  const t = useT();
  const { form } = useFormPage();
  const count = form.comments.filter((c) => c.subject === subject).length;
  return (
    <Button
      size="small"
      type={open ? "link" : "text"}
      icon={<CommentOutlined />}
      onClick={onToggle}
      data-testid={`comments-toggle-${subject}`}
    >
      {count > 0 ? t("form.commentsN", { count }) : t("form.comment")}
    </Button>
  );
}

export function CommentThread({ subject }: { subject: string }) {
  const t = useT();
  const { form, canComment } = useFormPage();
  const add = useAddComment(form.cycle.id, form.agency.id);
  const [body, setBody] = useState("");
  const comments = form.comments.filter((c) => c.subject === subject);

  const send = () => {
    const text = body.trim();
    if (!text) return;
    add.mutate({ subject, body: text }, { onSuccess: () => setBody("") });
  };

  return (
    <div
      data-testid={`comments-${subject}`}
      style={{ marginTop: 8, padding: "8px 12px", background: "#fafafa", borderRadius: 6 }}
    >
      {comments.length === 0 && <Typography.Text type="secondary">{t("form.noComments")}</Typography.Text>}
      {comments.map((c) => (
        <div key={c.id} style={{ marginBottom: 8 }} data-testid="comment">
          <Typography.Text strong>{c.authorName}</Typography.Text>{" "}
          <Typography.Text type="secondary" className="small">
            {c.authorRole} · {formatDateTime(c.createdAt)}
          </Typography.Text>
          <div style={{ whiteSpace: "pre-wrap" }}>{c.body}</div>
        </div>
      ))}
      {canComment && (
        <>
          <ErrorAlert error={add.error} />
          <Space.Compact style={{ width: "100%" }}>
            <Input.TextArea
              rows={1}
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={4000}
              value={body}
              placeholder={t("form.commentHint")}
              onChange={(e) => setBody(e.target.value)}
              aria-label={t("form.comment")}
              data-testid={`comment-input-${subject}`}
            />
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={add.isPending}
              disabled={!body.trim()}
              onClick={send}
              data-testid={`comment-send-${subject}`}
            >
              {t("form.send")}
            </Button>
          </Space.Compact>
        </>
      )}
    </div>
  );
}
