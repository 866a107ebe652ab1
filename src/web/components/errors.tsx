// How failures look: a result page for a whole page that cannot be shown, an alert for a
// failed action. The server's message is already in the reader's language; the request id
// is shown small for server faults so the administrator can find the log line.
import { Alert, Button, Result, Typography } from "antd";
import { Link } from "react-router-dom";
import { useT } from "../i18n/index.js";
import { ApiError } from "../lib/api.js";

function RequestId({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof ApiError) || error.status < 500 || !error.requestId) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="request-id">
      {t("common.requestId", { id: error.requestId })}
    </Typography.Text>
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A refused action in one line: the server's message followed by each problem it named. */
export const errorWithDetails = (error: unknown): string =>
  error instanceof ApiError
    ? [error.message, ...error.details.map((d) => d.message)].join(" ")
    : messageOf(error);

export function ForbiddenResult() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t("error.forbiddenTitle")}
      subTitle={t("error.forbiddenText")}
      data-testid="forbidden"
      extra={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundResult({ page = false }: { page?: boolean }) {
  const t = useT();
  return (
    <Result
      status="404"
      title={t("error.notFoundTitle")}
      subTitle={t(page ? "error.pageNotFoundText" : "error.notFoundText")}
      data-testid="not-found"
      extra={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
}

/** For a page whose data could not be loaded. A malformed id reads as "not found". */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (error instanceof ApiError && error.status === 403) return <ForbiddenResult />;
  if (error instanceof ApiError && (error.status === 404 || error.code === "VALIDATION_FAILED"))
    return <NotFoundResult />;
  return (
    <Result
      status="error"
      title={t("error.generic")}
      subTitle={
        <>
          <div>{messageOf(error)}</div>
          <RequestId error={error} />
        </>
      }
      extra={onRetry && <Button onClick={onRetry}>{t("common.retry")}</Button>}
    />
  );
}

/** For an action that failed, shown above the form or table it belongs to. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={typeof error === "string" ? error : messageOf(error)}
      description={typeof error === "string" ? undefined : <RequestId error={error} />}
      style={{ marginBottom: 16 }}
    />
  );
}
