import type { EqualitiesQuestion } from "./questions";

/**
 * Where each question's population figures come from, and the Census 2021 (ONS) category names
 * (as Nomis publishes them, in English) that each answer key stands for. An officer preparing a
 * population file adds up the categories listed for a key (for age, every single year in the
 * range); the population page, its template file and README show this table. Census names are
 * data, like a theme's name: they are shown as published.
 */
export const CENSUS_TABLES: Record<EqualitiesQuestion, string> = {
  age_band: "TS007 Age by single year",
  sex: "TS008 Sex",
  gender_identity: "TS078 Gender identity (detailed)",
  ethnic_group: "TS021 Ethnic group",
  disability: "TS038 Disability",
  religion: "TS030 Religion",
  sexual_orientation: "TS077 Sexual orientation (detailed)",
  unpaid_care: "TS039 Provision of unpaid care",
  main_language: "TS024 Main language (detailed)",
};

export const CENSUS_CATEGORIES: { [Q in EqualitiesQuestion]: Record<string, readonly string[]> } = {
  age_band: {
    under_16: ["Aged under 1 year to Aged 15 years"],
    "16_24": ["Aged 16 years to Aged 24 years"],
    "25_34": ["Aged 25 years to Aged 34 years"],
    "35_44": ["Aged 35 years to Aged 44 years"],
    "45_54": ["Aged 45 years to Aged 54 years"],
    "55_64": ["Aged 55 years to Aged 64 years"],
    "65_74": ["Aged 65 years to Aged 74 years"],
    "75_84": ["Aged 75 years to Aged 84 years"],
    "85_over": ["Aged 85 years to Aged 100 years and over"],
  },
  sex: { female: ["Female"], male: ["Male"] },
  gender_identity: {
    same: ["Gender identity the same as sex registered at birth"],
    different: ["Gender identity different from sex registered at birth but no specific identity given", "Trans woman", "Trans man", "Non-binary", "All other gender identities"],
  },
  ethnic_group: {
    asian_bangladeshi: ["Asian, Asian British or Asian Welsh: Bangladeshi"],
    asian_chinese: ["Asian, Asian British or Asian Welsh: Chinese"],
    asian_indian: ["Asian, Asian British or Asian Welsh: Indian"],
    asian_pakistani: ["Asian, Asian British or Asian Welsh: Pakistani"],
    asian_other: ["Asian, Asian British or Asian Welsh: Other Asian"],
    black_african: ["Black, Black British, Black Welsh, Caribbean or African: African"],
    black_caribbean: ["Black, Black British, Black Welsh, Caribbean or African: Caribbean"],
    black_other: ["Black, Black British, Black Welsh, Caribbean or African: Other Black"],
    mixed_white_asian: ["Mixed or Multiple ethnic groups: White and Asian"],
    mixed_white_black_african: ["Mixed or Multiple ethnic groups: White and Black African"],
    mixed_white_black_caribbean: ["Mixed or Multiple ethnic groups: White and Black Caribbean"],
    mixed_other: ["Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups"],
    white_british: ["White: English, Welsh, Scottish, Northern Irish or British"],
    white_irish: ["White: Irish"],
    white_gypsy_traveller: ["White: Gypsy or Irish Traveller"],
    white_roma: ["White: Roma"],
    white_other: ["White: Other White"],
    other_arab: ["Other ethnic group: Arab"],
    other_any: ["Other ethnic group: Any other ethnic group"],
  },
  disability: {
    limited_a_lot: ["Disabled under the Equality Act: Day-to-day activities limited a lot"],
    limited_a_little: ["Disabled under the Equality Act: Day-to-day activities limited a little"],
    not_limited: ["Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited", "Not disabled under the Equality Act: No long term physical or mental health conditions"],
  },
  religion: {
    none: ["No religion"],
    christian: ["Christian"],
    buddhist: ["Buddhist"],
    hindu: ["Hindu"],
    jewish: ["Jewish"],
    muslim: ["Muslim"],
    sikh: ["Sikh"],
    other: ["Other religion"],
  },
  sexual_orientation: {
    straight: ["Straight or Heterosexual"],
    gay_lesbian: ["Gay or Lesbian"],
    bisexual: ["Bisexual"],
    other: ["Pansexual", "Asexual", "Queer", "All other sexual orientations"],
  },
  unpaid_care: {
    none: ["Provides no unpaid care"],
    "9_or_less": ["Provides 9 hours or less unpaid care a week"],
    "10_19": ["Provides 10 to 19 hours unpaid care a week"],
    "20_34": ["Provides 20 to 34 hours unpaid care a week"],
    "35_49": ["Provides 35 to 49 hours unpaid care a week"],
    "50_or_more": ["Provides 50 or more hours unpaid care a week"],
  },
  main_language: {
    english: ["English (English or Welsh if in Wales)"],
    bsl: ["British Sign Language"],
    polish: ["Polish"],
    punjabi: ["Panjabi"],
    romanian: ["Romanian"],
    arabic: ["Arabic"],
    urdu: ["Urdu"],
    gujarati: ["Gujarati"],
    bengali: ["Bengali (with Sylheti and Chatgaya)"],
    kurdish: ["Kurdish"],
    tigrinya: ["Tigrinya"],
    portuguese: ["Portuguese"],
    other: ["Every other main language"],
  },
};
