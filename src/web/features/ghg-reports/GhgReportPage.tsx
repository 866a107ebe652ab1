// One report of a listed facility: where it stands and the steps this person may take now, who
// appraises it, what PEPI Hub computed from the version shown (by year, gas and scope), what the
// appraiser should look at, each activity row with its factor's provenance, the versions,
// documents, comments and history.
import { Alert, Button, Card, Descriptions, Space, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { GhgGwpChangeResult, GhgReportCommand } from "../../../contracts/ghg-reports.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { type DialogKind, GhgReportActionModal } from "./GhgReportActions.js";
import { GhgDocuments, GhgHistory, GhgVersions } from "./GhgReportActivity.js";
import { GhgEmissions, GhgFlags, GhgLines } from "./GhgReportFigures.js";
import { GhgReportFormModal } from "./GhgReportFormModal.js";
import { GhgReportStatusTag, GhgTimelinessTag, periodText } from "./GhgReportTags.js";
import { useGhgReport } from "./ghg-reports.api.js";

/** The buttons in the header, in the order of the work. */
const buttons: (DialogKind | "add_version")[] = [
  "start_appraisal",
  "set_appraisal",
  "request_information",
  "resume_appraisal",
  "return",
  "accept",
  "determine",
  "set_verification",
  "reopen",
  "add_version",
  "change_gwp",
];
const primary = new Set<GhgReportCommand>(["start_appraisal", "resume_appraisal", "accept"]);

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid={testId}
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      }
    >
      {children}
    </Card>
  );
}

export default function GhgReportPage() {
  const { id = "" } = useParams();
  const t = useT();
  const report = useGhgReport(id);
  const can = useCan();
  const [dialog, setDialog] = useState<DialogKind | "add_version" | null>(null);
  const [shownNumber, setShown] = useState<number | null>(null);
  const [gwpChange, setGwpChange] = useState<GhgGwpChangeResult["change"] | null>(null);
  if (report.isError) return <PageError error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <FullPageSpin />;
  const r = report.data;
  const shown = r.versions.find((v) => v.number === shownNumber) ?? r.versions.at(-1);
  const actions = buttons.filter((b) => r.allowedActions.includes(b));
  // A facility's own account does not open the register; its facility is at /my-facility.
  const facilityPath = can("ghg.read") ? `/ghg/facilities/${r.facility.id}` : "/my-facility";
  return (
    <>
      <Link to={facilityPath}>{t("ghgReports.page.back", { name: r.facility.name })}</Link>
      <PageHeader
        title={t("ghgReports.page.title", { rule: r.rule.name, year: r.year })}
        extra={<GhgReportStatusTag status={r.status} />}
      />
      {actions.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }} data-testid="ghg-report-actions">
          {actions.map((a) => (
            <Button
              key={a}
              type={primary.has(a) ? "primary" : "default"}
              danger={a === "return"}
              onClick={() => setDialog(a)}
              data-testid={`ghg-action-${a}`}
            >
              {t(`ghgReports.action.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      {dialog === "add_version" && (
        <GhgReportFormModal facilityId={r.facility.id} report={r} onClose={() => setDialog(null)} />
      )}
      {dialog && dialog !== "add_version" && (
        <GhgReportActionModal
          report={r}
          kind={dialog}
          onClose={() => setDialog(null)}
          onGwpChanged={(change) => {
            setGwpChange(change);
            setShown(null);
          }}
        />
      )}
      {gwpChange && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setGwpChange(null)}
          style={{ marginBottom: 16 }}
          data-testid="ghg-gwp-change"
          title={t("ghgReports.action.gwpMoved", {
            version: gwpChange.versionNumber,
            summary: gwpChange.summary,
          })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {gwpChange.changes.map((c) => (
                <li key={`${c.year}-${c.what}`}>{c.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="ghg-report-facts">
          <Descriptions.Item label={t("ghgReports.page.facility")}>
            <Link to={facilityPath}>{r.facility.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t("ghgReports.page.period")}>{periodText(r)}</Descriptions.Item>
          <Descriptions.Item label={t("ghgReports.page.received")}>
            <Space wrap size={4}>
              {`${formatDate(r.receivedOn)} (${t(`ghgReports.page.via.${r.receivedVia}`)})`}
              <GhgTimelinessTag report={r} />
              <span className="small muted">{t("ghgReports.dueDate", { date: formatDate(r.dueDate) })}</span>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t("ghgReports.page.path")}>
            {r.verificationPath ? t("ghgReports.page.pathVerification") : t("ghgReports.page.pathAppraisal")}
          </Descriptions.Item>
          {!r.verificationPath && (
            <Descriptions.Item label={t("ghgReports.page.appraisers")}>
              {r.appraisers.length > 0
                ? `${r.appraisalBody ? `${t(`ghgReports.body.${r.appraisalBody}`)}: ` : ""}${r.appraisers.join(", ")}`
                : t("ghgReports.page.noAppraisers")}
            </Descriptions.Item>
          )}
          {r.informationDueOn && (
            <Descriptions.Item label={t("ghgReports.page.infoDue")}>
              {formatDate(r.informationDueOn)}
            </Descriptions.Item>
          )}
          {r.verification && (
            <Descriptions.Item label={t("ghgReports.page.verification")}>
              {t("ghgReports.page.verificationText", {
                verifier: r.verification.verifier,
                date: formatDate(r.verification.verifiedOn),
                conclusion: r.verification.conclusion,
              })}
            </Descriptions.Item>
          )}
          {r.rule.status === "provisional" && (
            <Descriptions.Item label={t("ghgReports.form.rule")}>
              {t("ghgReports.provisional")}
            </Descriptions.Item>
          )}
        </Descriptions>
        {r.findings && (
          <Alert
            type="error"
            style={{ marginTop: 12 }}
            title={t(
              r.status === "returned" ? "ghgReports.page.findings" : "ghgReports.page.findingsEarlier",
            )}
            description={<div style={{ whiteSpace: "pre-wrap" }}>{r.findings}</div>}
            data-testid="ghg-findings-shown"
          />
        )}
        {r.determined && (
          <Alert
            type="info"
            style={{ marginTop: 12 }}
            title={t("ghgReports.page.determined")}
            description={
              <>
                {r.determined.years.map((y) => (
                  <div key={y.year}>
                    {y.year}: {formatNumber(y.total, 2)} tCO2e
                  </div>
                ))}
                <div style={{ whiteSpace: "pre-wrap" }}>{r.determined.reason}</div>
              </>
            }
          />
        )}
      </Card>
      {shown && (
        <Section
          title={`${t("ghgReports.emissions.title")} — ${t("ghgReports.col.version")} ${shown.number}`}
          testId="ghg-emissions"
        >
          <GhgFlags version={shown} />
          <GhgEmissions version={shown} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t("ghgReports.emissions.lines")}
          </Typography.Title>
          <GhgLines version={shown} />
        </Section>
      )}
      <Section title={t("ghgReports.versions.title")}>
        <GhgVersions report={r} shown={shown?.number ?? 0} onShow={setShown} />
      </Section>
      <Section title={t("ghgReports.documents.title")}>
        <GhgDocuments report={r} />
      </Section>
      <Section title={t("ghgReports.comments.title")}>
        <GhgHistory report={r} />
      </Section>
    </>
  );
}
