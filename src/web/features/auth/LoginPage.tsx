import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Form, Input, Typography } from "antd";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { loginRequestSchema } from "../../../contracts/auth.js";
import { ErrorAlert } from "../../components/errors.js";
import { LanguageSwitch } from "../../components/LanguageSwitch.js";
import { useT } from "../../i18n/index.js";
import { api } from "../../lib/api.js";
import { fetchCurrentUser, meQueryKey, safeNextPath, useCurrentUser } from "./session.js";

type Credentials = { username: string; password: string };

export default function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useCurrentUser();

  const login = useMutation({
    mutationFn: async (values: Credentials) => {
      await api.post("/api/auth/login", loginRequestSchema.parse(values));
      // Data cached for a previous user must not leak into this session.
      queryClient.clear();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchCurrentUser });
    },
    onSuccess: () => navigate(next, { replace: true }),
  });

  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  return (
    <Flex vertical align="center" justify="center" className="login-backdrop">
      <div style={{ position: "absolute", top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 400, maxWidth: "92vw" }} styles={{ body: { padding: 32 } }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={2} style={{ margin: "8px 0 0" }}>
            {t("app.name")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("login.subtitle")}</Typography.Text>
        </Flex>
        {params.get("next") && !login.error && (
          <Alert type="info" showIcon title={t("login.redirected")} style={{ marginBottom: 16 }} />
        )}
        <ErrorAlert error={login.error} />
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(v) => login.mutate(v)}>
          <Form.Item
            name="username"
            label={t("login.username")}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t("common.required", { field: t("login.username").toLowerCase() }),
              },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("login.password")}
            rules={[
              { required: true, message: t("common.required", { field: t("login.password").toLowerCase() }) },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
            {t("login.submit")}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
