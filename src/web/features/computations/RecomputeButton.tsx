// Recomputes every stored result of a framework under its newest version (framework managers).
import { ReloadOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm } from "antd";
import { useT } from "../../i18n/index.js";
import { useCan } from "../auth/session.js";
import { useRecompute } from "../frameworks/frameworks.api.js";

export function RecomputeButton({ frameworkCode }: { frameworkCode: string }) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const recompute = useRecompute(frameworkCode);
  if (!can("framework.manage")) return null;
  return (
    <Popconfirm
      title={t("computation.recomputeConfirm", { code: frameworkCode })}
      okText={t("computation.recompute")}
      cancelText={t("common.cancel")}
      okButtonProps={{ "data-testid": "recompute-confirm" }}
      onConfirm={() =>
        recompute.mutateAsync().then(
          (done) =>
            message.success(t("computation.recomputed", { count: done.recomputed, version: done.version })),
          (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
        )
      }
    >
      <Button icon={<ReloadOutlined />} loading={recompute.isPending} data-testid="recompute">
        {t("computation.recompute")}
      </Button>
    </Popconfirm>
  );
}
