// The leader's and the coordinator's home: the greenhouse-gas facilities in three figures, with
// a link to the whole picture.
import { Card } from "antd";
import { Link } from "react-router-dom";
import { useT } from "../../i18n/index.js";
import { GhgPictureFigures } from "./GhgPictureFigures.js";
import { useGhgPicture } from "./ghg-picture.api.js";

export function GhgHomeCard() {
  const t = useT();
  const picture = useGhgPicture();
  // A failed read leaves the home as it is: the page itself says what went wrong.
  if (picture.isError) return null;
  const data = picture.data;
  return (
    <Card
      title={t("ghgPic.home.title")}
      loading={!data}
      extra={<Link to="/ghg/picture">{t("ghgPic.link")}</Link>}
      data-testid="home-ghg"
    >
      {data &&
        (data.facilities.listed + data.facilities.unlisted === 0 ? (
          t("ghgPic.home.empty")
        ) : (
          <GhgPictureFigures picture={data} />
        ))}
    </Card>
  );
}
