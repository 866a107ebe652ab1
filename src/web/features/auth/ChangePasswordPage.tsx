import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { isStrongEnough } from "../../../domain/auth/password-policy.js";
import { ErrorAlert } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { api, isApiError } from "../../lib/api.js";
import { showServerErrors } from "../../lib/forms.js";
import { meQueryKey, useSession } from "./session.js";

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };
const fields = ["currentPassword", "newPassword"] as const;

export default function ChangePasswordPage() {
  const t = useT();
  const user = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordForm) =>
      api.post("/api/auth/password", { currentPassword, newPassword }),
    onSuccess: async () => {
      message.success(t("password.changed"));
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate("/", { replace: true });
    },
    onError: (error) => {
      setFormError(
        isApiError(error)
          ? showServerErrors(form, error, fields, { WEAK_PASSWORD: "newPassword" })
          : String(error),
      );
    },
  });

  const required = (label: string) => ({
    required: true,
    message: t("common.required", { field: label.toLowerCase() }),
  });

  return (
    <>
      <PageHeader title={t("password.title")} />
      <Card style={{ maxWidth: 480 }}>
        {user.mustChangePassword && (
          <Alert type="warning" showIcon title={t("password.forced")} style={{ marginBottom: 16 }} />
        )}
        <ErrorAlert error={formError} />
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          onFinish={(values) => {
            setFormError(null);
            change.mutate(values);
          }}
        >
          <Form.Item
            name="currentPassword"
            label={t("password.current")}
            rules={[required(t("password.current"))]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t("password.new")}
            extra={t("password.rule")}
            rules={[
              required(t("password.new")),
              {
                validator: async (_rule, value: string | undefined) => {
                  if (value && !isStrongEnough(value, user.username)) throw new Error(t("password.weak"));
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t("password.confirm")}
            dependencies={["newPassword"]}
            rules={[
              required(t("password.confirm")),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue("newPassword"))
                    throw new Error(t("password.mismatch"));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t("password.submit")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
