// Where the province stands, on the leader's and coordinator's home, without a click: this
// year's result, the trend, what loses points, who is late, the green index, the region, the map.
import { Col, Row, Typography } from "antd";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { useT } from "../../i18n/index.js";
import { AgenciesCard, LosersCard } from "./AttentionCards.js";
import { CurrentResultCard } from "./CurrentResultCard.js";
import { PgiCard, RegionCard } from "./PgiRegionCards.js";
import { useStanding } from "./standing.api.js";
import { TileMapCard } from "./TileMap.js";
import { TrendCard } from "./TrendCard.js";

export function StandingPanel() {
  const t = useT();
  const standing = useStanding(true);
  if (standing.isPending) return <FullPageSpin />;
  if (standing.isError) return <PageError error={standing.error} onRetry={() => standing.refetch()} />;
  const { data } = standing;
  return (
    <section aria-labelledby="standing-title" data-testid="standing">
      <Typography.Title level={2} id="standing-title" style={{ marginTop: 0 }}>
        {data.province.name
          ? t("standing.title", { province: data.province.name })
          : t("standing.titleNoProvince")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <CurrentResultCard current={data.current} />
        </Col>
        <Col xs={24} xl={14}>
          <TrendCard trend={data.trend} />
        </Col>
        {data.current && (
          <>
            <Col xs={24} xl={14}>
              <LosersCard losers={data.current.losers} />
            </Col>
            <Col xs={24} xl={10}>
              <AgenciesCard agencies={data.current.agencies} />
            </Col>
          </>
        )}
        <Col xs={24} xl={12}>
          <PgiCard pgi={data.pgi} />
        </Col>
        <Col xs={24} xl={12}>
          <RegionCard region={data.region} />
        </Col>
        {data.mapYears.pepi.length + data.mapYears.pgi.length > 0 && (
          <Col xs={24}>
            <TileMapCard years={data.mapYears} />
          </Col>
        )}
      </Row>
    </section>
  );
}
