// The facility account's home: its facility named, with the way to its page.
import { Card, Typography } from "antd";
import { Link } from "react-router-dom";
import { useT } from "../../i18n/index.js";
import { useSession } from "../auth/session.js";

export function MyFacilityHomeCard() {
  const t = useT();
  const { facility } = useSession();
  return (
    <Card data-testid="home-my-facility">
      {facility ? (
        <>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {facility.name}
          </Typography.Title>
          <Typography.Paragraph>{t("myFacility.home.card")}</Typography.Paragraph>
          <Link to="/my-facility" data-testid="home-my-facility-link">
            {t("myFacility.home.link")}
          </Link>
        </>
      ) : (
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t("myFacility.noFacility")}</Typography.Paragraph>
      )}
    </Card>
  );
}
