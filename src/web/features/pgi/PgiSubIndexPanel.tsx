// One sub-index of the green index: every province's score of its latest year (the province
// highlighted; the same figures in a table), the best five to learn from, the tasks of the
// province's plans that serve it with the agencies that lead them, and the PEPI indicators that
// measure related facts (PEPI Hub's proposal, not VCCI's).
import { Col, Row, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { PgiOverview } from "../../../contracts/pgi.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { PgiProvinceScores } from "./PgiProvinceScores.js";
import { type PgiSubIndex, partName, scoreText } from "./pgi-text.js";

/** All provinces' totals of the latest year with totals, and the best five. */
export function PgiTotalsPanel({ data }: { data: PgiOverview }) {
  const t = useT();
  const name = t("pgi.part.total");
  return (
    <section aria-labelledby="pgi-total-title" data-testid="pgi-total">
      <Typography.Title level={4} id="pgi-total-title" style={{ marginTop: 0 }}>
        {name}
      </Typography.Title>
      {data.totals.year === null ? (
        <Typography.Paragraph>{t("pgi.sub.noYear")}</Typography.Paragraph>
      ) : (
        <PgiProvinceScores
          id="pgi-total"
          name={name}
          year={data.totals.year}
          max={40}
          provinces={data.totals.provinces}
          province={data.province.name}
          units={data.units}
          merged={data.merger !== null}
        />
      )}
    </section>
  );
}

export function PgiSubIndexPanel({ data, sub }: { data: PgiOverview; sub: PgiSubIndex }) {
  const t = useT();
  const name = partName(t, sub.part);
  const components = data.rows
    .filter((r) => r.year === sub.year)
    .flatMap((r) => r.components.filter((c) => c.part === sub.part).map((c) => ({ ...c, unit: r.unitCode })));
  const id = `pgi-${sub.part}`;
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id}>
      <Typography.Title level={4} id={`${id}-title`} style={{ marginTop: 0 }}>
        {t("pgi.sub.heading", { n: sub.part.replace("PGI", ""), name })}
      </Typography.Title>
      {sub.year === null ? (
        <Typography.Paragraph>{t("pgi.sub.noYear")}</Typography.Paragraph>
      ) : (
        <PgiProvinceScores
          id={id}
          name={name}
          year={sub.year}
          max={10}
          provinces={sub.provinces}
          province={data.province.name}
          units={data.units}
          merged={data.merger !== null}
        >
          {components.length > 0 && (
            <>
              <Typography.Title level={5}>{t("pgi.sub.components", { year: sub.year })}</Typography.Title>
              <ul style={{ paddingLeft: 22 }}>
                {components.map((c) => (
                  <li key={`${c.unit}-${c.name}`}>
                    {c.name}: {scoreText(c.score)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </PgiProvinceScores>
      )}
      <Row gutter={[24, 16]} style={{ marginTop: 8 }}>
        <Col xs={24} lg={14}>
          <Tasks sub={sub} id={id} />
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>{t("pgi.sub.agencies")}</Typography.Title>
          {sub.agencies.length === 0 ? (
            <Typography.Paragraph className="muted">{t("pgi.sub.agenciesNone")}</Typography.Paragraph>
          ) : (
            <ul data-testid={`${id}-agencies`} style={{ paddingLeft: 22 }}>
              {sub.agencies.map((a) => (
                <li key={a.name}>{t("pgi.sub.agency", { name: a.name, count: a.tasks })}</li>
              ))}
            </ul>
          )}
          <Typography.Title level={5}>
            {t("pgi.sub.indicators")} <Tag color="gold">{t("pgi.sub.proposal")}</Tag>
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="small">
            {t("pgi.sub.indicatorsNote")}
          </Typography.Paragraph>
          {sub.indicators.length === 0 ? (
            <Typography.Paragraph className="muted">{t("pgi.sub.indicatorsNone")}</Typography.Paragraph>
          ) : (
            <ul data-testid={`${id}-indicators`} style={{ paddingLeft: 22 }}>
              {sub.indicators.map((i) => (
                <li key={i.ref}>{t("pgi.sub.indicator", { code: i.code, name: i.name })}</li>
              ))}
            </ul>
          )}
        </Col>
      </Row>
    </section>
  );
}

function Tasks({ sub, id }: { sub: PgiSubIndex; id: string }) {
  const t = useT();
  return (
    <>
      <Typography.Title level={5}>{t("pgi.sub.tasks")}</Typography.Title>
      {sub.tasks.length === 0 ? (
        <Typography.Paragraph className="muted">{t("pgi.sub.tasksNone")}</Typography.Paragraph>
      ) : (
        <ul data-testid={`${id}-tasks`} style={{ listStyle: "none", padding: 0 }}>
          {sub.tasks.map((task) => (
            <li
              key={`${task.planId}-${task.place}`}
              style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}
            >
              <div>
                <strong>{task.place}.</strong> {task.body}
              </div>
              <div className="small">
                {t("pgi.sub.lead", {
                  agencies: task.leadAgencies.length ? task.leadAgencies.join(", ") : t("pgi.sub.noLead"),
                })}
                {" · "}
                {task.recurring
                  ? t("pgi.sub.recurring")
                  : task.deadline
                    ? t("pgi.sub.deadline", { date: formatDate(task.deadline) })
                    : t("pgi.sub.noDeadline")}
              </div>
              <div className="small">
                <Link to={`/plans/${task.planId}`}>{task.planTitle}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
