// Where the agency's submission stands and what may be done with it now: the head signs off,
// the agency sends (once nothing blocks it), the coordinator accepts or returns it with a
// reason. Unsaved figures are saved first, so what is sent is what is on the screen.
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";
import { SubmissionStatusTag } from "./CycleTags.js";
import { type SubmissionCommand, useSubmissionCommand } from "./form.api.js";
import { useFormPage } from "./form-context.js";
import { ReasonModal } from "./ReasonModal.js";

export function SubmissionPanel() {
  const t = useT();
  const { form, autosave } = useFormPage();
  const command = useSubmissionCommand(form.cycle.id, form.agency.id);
  const [returning, setReturning] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const s = form.submission;
  const allowed = (action: (typeof form.allowedActions)[number]) => form.allowedActions.includes(action);
  const collecting = form.cycle.status === "open";
  const editable = s.status === "draft" || s.status === "returned";
  // Figures the coordinator enters from the agency's letter go without the head's sign-off: the
  // letter is it.
  const onBehalf = s.onBehalfSince !== null && !allowed("submission.edit");
  const needsSignOff = form.agency.hasHeadSignOff && !onBehalf;
  const signedOff = s.signedOffAt !== null;
  const issues = form.issues;

  const run = async (name: SubmissionCommand) => {
    setUnsaved(false);
    if (name === "sign-off" || name === "submit" || name === "request-sign-off") {
      const allSaved = await autosave.flush();
      if (!allSaved) {
        setUnsaved(true);
        return;
      }
    }
    command.mutate({
      command: name,
      ...(name === "accept" ? { unreviewedEvidence: "accept" as const } : {}),
    });
  };

  const confirmButton = (
    name: SubmissionCommand,
    label: string,
    confirm: string,
    testId: string,
    disabled = false,
  ) => (
    <Popconfirm
      title={confirm}
      okText={label}
      cancelText={t("common.cancel")}
      onConfirm={() => run(name)}
      disabled={disabled}
      okButtonProps={{ "data-testid": `${testId}-confirm` }}
    >
      <Button
        type="primary"
        disabled={disabled}
        loading={command.isPending && command.variables?.command === name}
        data-testid={testId}
      >
        {label}
      </Button>
    </Popconfirm>
  );

  const requested = s.signOffRequestedAt !== null;
  const buttons = [];
  // The reporter asks the head to sign off complete figures; the head is told.
  if (collecting && editable && needsSignOff && allowed("submission.submit") && !signedOff && !requested)
    buttons.push(
      <span key="request-sign-off">
        {confirmButton(
          "request-sign-off",
          t("signOff.requestAction"),
          t("signOff.requestConfirm"),
          "request-sign-off",
          issues.length > 0,
        )}
      </span>,
    );
  if (collecting && editable && needsSignOff && allowed("submission.signOff") && !signedOff)
    buttons.push(
      <span key="sign-off">
        {confirmButton(
          "sign-off",
          t("form.signOffAction"),
          t("form.signOffConfirm", { agency: form.agency.name }),
          "sign-off",
        )}
      </span>,
    );
  if (collecting && editable && allowed("submission.submit")) {
    const waiting = issues.length > 0 || (needsSignOff && !signedOff);
    buttons.push(
      <span key="submit">
        {confirmButton(
          "submit",
          t("form.submitAction"),
          t("form.submitConfirm"),
          "submit-submission",
          waiting,
        )}
      </span>,
    );
  }
  // Accepting settles the documents: the coordinator is told those not yet reviewed go with it.
  const unreviewed = form.evidence.filter((e) => e.reviewStatus === "pending" && !e.withdrawnAt).length;
  if (collecting && allowed("submission.review") && s.status === "submitted")
    buttons.push(
      <span key="accept">
        {confirmButton(
          "accept",
          t("form.acceptAction"),
          unreviewed > 0
            ? t("review.acceptWithEvidence", { agency: form.agency.name, count: unreviewed })
            : t("form.acceptConfirm", { agency: form.agency.name }),
          "accept-submission",
        )}
      </span>,
    );
  if (collecting && allowed("submission.review") && (s.status === "submitted" || s.status === "accepted"))
    buttons.push(
      <Button key="return" danger onClick={() => setReturning(true)} data-testid="return-submission">
        {t("form.returnAction")}
      </Button>,
    );

  return (
    <Card
      size="small"
      title={t("form.submissionTitle")}
      extra={<SubmissionStatusTag status={s.status} testId="submission-status" />}
      data-testid="submission-panel"
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        {needsSignOff && (
          <Descriptions.Item label={t("form.signOff")}>
            <span data-testid="signed-off">
              {signedOff
                ? formatDateTime(s.signedOffAt)
                : requested
                  ? t("signOff.requestedAt", { at: formatDateTime(s.signOffRequestedAt) })
                  : t("form.notSignedOff")}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("form.submittedAt")}>{formatDateTime(s.submittedAt)}</Descriptions.Item>
        {s.returnedAt && (
          <Descriptions.Item label={t("form.returnedAt")}>{formatDateTime(s.returnedAt)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t("form.acceptedAt")}>{formatDateTime(s.acceptedAt)}</Descriptions.Item>
      </Descriptions>
      {s.signOffResetNote && needsSignOff && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={s.signOffResetNote}
          data-testid="sign-off-reset"
        />
      )}
      {editable && collecting && <IssueList issues={issues} needsSignOff={needsSignOff && !signedOff} />}
      <ErrorAlert error={unsaved ? t("form.saveFirst") : command.error} />
      {buttons.length > 0 && <Space wrap>{buttons}</Space>}
      {returning && (
        <ReasonModal
          title={t("form.returnTitle", { agency: form.agency.name })}
          intro={t("form.returnIntro")}
          okText={t("form.returnAction")}
          onSubmit={(reason) => command.mutateAsync({ command: "return", reason })}
          onClose={() => setReturning(false)}
        />
      )}
    </Card>
  );
}

function IssueList({
  issues,
  needsSignOff,
}: {
  issues: { field: string; message: string }[];
  needsSignOff: boolean;
}) {
  const t = useT();
  if (issues.length === 0)
    return (
      <Alert
        type={needsSignOff ? "info" : "success"}
        showIcon
        style={{ marginBottom: 12 }}
        title={t(needsSignOff ? "form.readyButSignOff" : "form.ready")}
        data-testid="submission-ready"
      />
    );
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t("form.issuesTitle", { count: issues.length })}
      data-testid="submission-issues"
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {issues.map((issue) => {
            const [kind, code] = issue.field.split(":");
            return (
              <li key={`${issue.field}-${issue.message}`}>
                <Typography.Link href={`#${kind === "indicator" ? "indicator" : "field"}-${code}`}>
                  {issue.message}
                </Typography.Link>
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
