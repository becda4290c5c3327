/** What everything the open data API and its downloads give is published under. */
export const OPEN_DATA_LICENCE = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
} as const;
