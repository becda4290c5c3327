/** Request headers the proxy sets for the render: the language, and "1" when the person chose it. */
export const LOCALE_HEADER = "x-lets-talk-locale";
export const LOCALE_CHOSEN_HEADER = "x-lets-talk-locale-chosen";
