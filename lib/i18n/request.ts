import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, loadMessages } from "./config";

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  messages: loadMessages(),
  timeZone: "Europe/London",
}));
