// A short welcome per role, where the province stands (for the leader and the coordinator, who
// need it without a click), and the sections this person may open.
import { Card, Col, Row, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { useT } from "../../i18n/index.js";
import { navigationFor } from "../../layout/navigation.js";
import { useCan, useSession } from "../auth/session.js";
import { SignOffQueueCard } from "../cycles/SignOffQueueCard.js";
import { MyFacilityHomeCard } from "../ghg-facility-account/MyFacilityHomeCard.js";
import { GhgHomeCard } from "../ghg-picture/GhgHomeCard.js";
import { AgencyReportsDueCard } from "../plans/AgencyReportsDueCard.js";
import { PlansHealthCard } from "../plans/PlansHealthCard.js";
import { StandingPanel } from "./StandingPanel.js";

export default function HomePage() {
  const t = useT();
  const user = useSession();
  const can = useCan();
  const sections = navigationFor(user).filter((item) => item.description);

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-welcome">
          {t("home.welcome", { name: user.fullName })}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 12 }}>
          <Tag color="green">{t(`role.${user.role}`)}</Tag>
          {user.agency && <Tag>{user.agency.name}</Tag>}
          {user.facility && <Tag>{user.facility.name}</Tag>}
        </Space>
        <Typography.Paragraph style={{ marginBottom: 0, maxWidth: 760 }}>
          {t(`home.intro.${user.role}`)}
        </Typography.Paragraph>
      </Card>
      {user.role === "facility" && <MyFacilityHomeCard />}
      {can("standing.read") && <StandingPanel />}
      {can("standing.read") && can("plan.read") && <PlansHealthCard />}
      {can("standing.read") && can("ghg.read") && <GhgHomeCard />}
      {can("submission.signOff") && <SignOffQueueCard />}
      {user.agency && can("planReport.edit") && (
        <AgencyReportsDueCard agencyId={user.agency.id} signs={can("planReport.signOff")} />
      )}
      <div>
        <Typography.Title level={5}>{t("home.sections")}</Typography.Title>
        <Row gutter={[16, 16]}>
          {sections.map((item) => (
            <Col key={item.key} xs={24} sm={12} xl={8}>
              <Link to={item.path}>
                <Card hoverable style={{ height: "100%" }}>
                  <Card.Meta
                    avatar={<span className="home-card-icon">{item.icon}</span>}
                    title={t(item.label)}
                    description={item.description && t(item.description)}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </div>
    </Space>
  );
}
