import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/format/numbers";
import { RESPONSE_CHANNELS, type ResponseChannel } from "@/lib/domain/surveys/offline/channels";

type Props = { counts: Record<ResponseChannel, number>; href: (channel: ResponseChannel) => string; current: ResponseChannel | undefined };

/** How people took part: the submitted responses by channel, each a link to the results filtered by it. */
export async function ChannelCounts({ counts, href, current }: Props) {
  const t = await getTranslations("surveyResults.channels");
  return (
    <section aria-labelledby="channels" className="side-panel">
      <h2 id="channels" className="heading-s">
        {t("title")}
      </h2>
      <ul className="channel-counts" aria-label={t("title")}>
        {RESPONSE_CHANNELS.map((channel) => (
          <li key={channel}>
            {current === channel ? <strong aria-current="true">{t(channel)}</strong> : <Link href={href(channel)}>{t(channel)}</Link>}: {formatCount(counts[channel])}
          </li>
        ))}
      </ul>
    </section>
  );
}
