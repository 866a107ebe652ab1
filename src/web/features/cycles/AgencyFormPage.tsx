// An agency's form for one year: the submission and what blocks it, then the figures grouped by
// indicator, saved automatically. The reporter fills it, the head signs off, the coordinator
// reviews each value, comments, accepts or returns it; the reason of a return stays on top.
import { useIsFetching } from "@tanstack/react-query";
import { Alert, Breadcrumb, Card, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { AgencyForm } from "../../../contracts/cycles.js";
import { requiresAgency } from "../../../domain/auth/roles.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { useCan, useSession } from "../auth/session.js";
import { CycleStatusTag } from "./CycleTags.js";
import { ElementField } from "./ElementField.js";
import { EvidencePanel } from "./EvidencePanel.js";
import { ExcelFormBar } from "./ExcelFormBar.js";
import { formKey, useAgencyForm } from "./form.api.js";
import { type FormPage, FormPageProvider, formPermissions } from "./form-context.js";
import { formSections } from "./form-sections.js";
import { HistoryDrawer } from "./HistoryDrawer.js";
import { IndicatorSection } from "./IndicatorSection.js";
import { OnBehalfPanel } from "./OnBehalfPanel.js";
import { RestoredNotice, SaveStatus } from "./SaveStatus.js";
import { SubmissionPanel } from "./SubmissionPanel.js";
import { useAutosave } from "./useAutosave.js";

export default function AgencyFormPage() {
  const { id = "", agencyId = "" } = useParams();
  const form = useAgencyForm(id, agencyId);
  if (form.isPending) return <FullPageSpin />;
  if (form.isError) return <PageError error={form.error} onRetry={() => void form.refetch()} />;
  // A new page per form, so that one form's drafts never mix with another's.
  return <FormView key={`${id}:${agencyId}`} form={form.data} />;
}

function FormView({ form }: { form: AgencyForm }) {
  const t = useT();
  const can = useCan();
  const user = useSession();
  const autosave = useAutosave(form);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const { sections, unplaced } = useMemo(() => formSections(form), [form]);
  const permissions = formPermissions(form, can);
  const refreshing = useIsFetching({ queryKey: formKey(form.cycle.id, form.agency.id), exact: true }) > 0;
  const page: FormPage = { form, autosave, ...permissions, showHistory: setHistoryOf, refreshing };
  const agencyBound = requiresAgency(user.role);
  const s = form.submission;

  return (
    <FormPageProvider value={page}>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/cycles">{t("cycle.title")}</Link> },
          {
            title: agencyBound ? (
              t("cycle.yearN", { year: form.cycle.year })
            ) : (
              <Link to={`/cycles/${form.cycle.id}`}>{t("cycle.yearN", { year: form.cycle.year })}</Link>
            ),
          },
          { title: form.agency.name },
        ]}
      />
      <PageHeader
        title={
          <span data-testid="form-title">
            {t("form.title", { agency: form.agency.name, year: form.cycle.year })}
          </span>
        }
      >
        <Space size={6} wrap style={{ marginTop: 6 }}>
          <CycleStatusTag
            status={form.cycle.status}
            kind={can("cycle.manage") ? undefined : form.cycle.kind}
          />
          <Typography.Text type="secondary">
            {form.cycle.orgUnit.name} · {t("cycle.deadline.submissionDue")}:{" "}
            {formatDate(form.cycle.deadlines.submissionDue)}
          </Typography.Text>
        </Space>
      </PageHeader>

      {s.status === "returned" && s.returnReason && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("form.returnedBanner", { date: formatDateTime(s.returnedAt) })}
          description={<div style={{ whiteSpace: "pre-wrap", fontSize: 15 }}>{s.returnReason}</div>}
          data-testid="return-reason"
        />
      )}
      {form.cycle.kind === "history" ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("form.historyBaseline", { year: form.cycle.year })}
          data-testid="history-baseline"
        />
      ) : (
        form.cycle.status !== "open" && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("form.cycleNotOpen")} />
        )
      )}
      <RestoredNotice autosave={autosave} />
      {!permissions.canEdit && autosave.unsavedCount > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("form.draftsNotSaved", { count: autosave.unsavedCount })}
          data-testid="drafts-not-saved"
        />
      )}

      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {form.cycle.kind !== "history" && <SubmissionPanel />}
        {form.cycle.kind !== "history" && <OnBehalfPanel />}
        <ExcelFormBar
          cycleId={form.cycle.id}
          agencyId={form.agency.id}
          canImport={permissions.canEdit && form.allowedActions.includes("submission.edit")}
        />
        {permissions.canEdit && (
          <div
            style={{
              position: "sticky",
              top: 0,
              zIndex: 5,
              background: "#fff",
              padding: "8px 12px",
              borderRadius: 6,
              boxShadow: "0 1px 4px rgba(0,0,0,0.08)",
            }}
          >
            <SaveStatus autosave={autosave} />
          </div>
        )}
        {sections.map((section) => (
          <IndicatorSection
            key={section.indicator.code}
            indicator={section.indicator}
            elements={section.elements}
            elsewhere={section.elsewhere}
            evidence={
              <EvidencePanel
                cycleId={form.cycle.id}
                agencyId={form.agency.id}
                indicatorCode={section.indicator.code}
                evidenceExpected={section.indicator.evidenceExpected}
                canEdit={permissions.canAttach}
                canReview={permissions.canReviewEvidence}
              />
            }
          />
        ))}
        {unplaced.length > 0 && (
          <Card size="small" title={t("form.otherFigures")}>
            {unplaced.map((element) => (
              <ElementField key={element.code} element={element} />
            ))}
          </Card>
        )}
      </Space>
      <HistoryDrawer
        cycleId={form.cycle.id}
        agencyId={form.agency.id}
        element={form.elements.find((e) => e.code === historyOf) ?? null}
        onClose={() => setHistoryOf(null)}
      />
    </FormPageProvider>
  );
}
