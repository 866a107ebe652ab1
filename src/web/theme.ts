import type { ThemeConfig } from "antd";

// A calm green for an environment department; the dark sider keeps navigation apart from work.
const brand = "#1f7a4d";
const siderBackground = "#0f3b2a";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand,
    colorLink: brand,
    // antd lightens a hovered link (#549470, 3,4:1 on a hovered row): darker instead, 7:1.
    colorLinkHover: "#15603b",
    colorLinkActive: "#0f4a2d",
    // A hovered or focused default button writes its text in this colour: antd's lighter green
    // is below 4,5:1 on white; darker, as for links (a primary button's white text gains too).
    colorPrimaryHover: "#15603b",
    colorPrimaryActive: "#0f4a2d",
    borderRadius: 6,
    // Secondary text and hints at 7:1 on white (antd's 45 % black is 3,4:1, below WCAG AA).
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextDescription: "rgba(0, 0, 0, 0.65)",
    // A select's or a box's placeholder ("Chọn năm") is read as text: 5,7:1 instead of 1,6:1.
    colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
    // Icons and the links of a card's action bar ("Xem chi tiết") are drawn in this colour.
    colorIcon: "rgba(0, 0, 0, 0.6)",
    // A field's error under it is read as text: antd's red (#ff4d4f) is 3,3:1 on white; this is 5,6:1.
    colorError: "#c62828",
    fontFamily:
      "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', sans-serif",
  },
  components: {
    // The labels of description lists at the same 7:1 as secondary text.
    Descriptions: { labelColor: "rgba(0, 0, 0, 0.65)" },
    Layout: { siderBg: siderBackground, triggerBg: "#0b2e21", headerBg: "#ffffff", bodyBg: "#f4f6f5" },
    Menu: { darkItemBg: siderBackground, darkItemSelectedBg: brand, darkSubMenuItemBg: siderBackground },
  },
};
