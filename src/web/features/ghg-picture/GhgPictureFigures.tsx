// Three headline figures of the greenhouse-gas facilities: how many are listed (with quotas), the
// share of obligations met on time in the latest year any fell due, and the latest year's total
// emissions with how much of it the department has appraised. Shared by the page and the home.
import { Col, Row, Statistic, Typography } from "antd";
import type { GhgPictureView } from "../../../contracts/ghg-picture.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal, formatNumber } from "../../lib/format.js";
import { latestDueYear } from "./ghg-picture.api.js";

export function GhgPictureFigures({ picture }: { picture: GhgPictureView }) {
  const t = useT();
  const due = latestDueYear(picture);
  const emissions = picture.emissions.totals.at(-1);
  return (
    <Row gutter={[16, 16]} data-testid="ghg-picture-figures">
      <Col xs={24} md={8}>
        <Statistic
          title={t("ghgPic.listed")}
          value={formatNumber(picture.facilities.listed)}
          suffix={
            <span className="small muted">
              {" "}
              · {t("ghgPic.quota")}: {formatNumber(picture.facilities.quota)}
            </span>
          }
        />
        {picture.facilities.unlisted > 0 && (
          <Typography.Text type="secondary" className="small">
            {t("ghgPic.unlisted", { count: formatNumber(picture.facilities.unlisted) })}
          </Typography.Text>
        )}
      </Col>
      <Col xs={24} md={8}>
        {due ? (
          <>
            <Statistic
              title={t("ghgPic.onTime", { year: due.year })}
              value={due.onTimeRate === null ? "—" : `${formatDecimal(due.onTimeRate, 1)}%`}
            />
            <Typography.Text type="secondary" className="small">
              {`${t("ghgPic.col.onTime")} ${formatNumber(due.onTime)} · ${t("ghgPic.col.late")} ${formatNumber(due.late)} · ${t("ghgPic.col.missing")} ${formatNumber(due.missing)}`}
            </Typography.Text>
          </>
        ) : (
          <Statistic title={t("ghgPic.col.rate")} value={t("ghgPic.onTimeNone")} />
        )}
      </Col>
      <Col xs={24} md={8}>
        {emissions ? (
          <>
            <Statistic
              title={t("ghgPic.total", { year: emissions.year })}
              value={formatDecimal(emissions.total)}
              suffix={<span className="small">{t("ghgPic.tonnes")}</span>}
            />
            <Typography.Text type="secondary" className="small">
              {t("ghgPic.totalNote", {
                facilities: formatNumber(emissions.facilities),
                appraised: formatNumber(emissions.appraised),
              })}
            </Typography.Text>
          </>
        ) : (
          <Statistic title={t("ghgPic.emissions")} value={t("ghgPic.totalNone")} />
        )}
      </Col>
    </Row>
  );
}
