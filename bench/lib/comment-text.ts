// Realistic comment text: sentences about the topic, combined by a seeded generator.

export { generator } from "@/lib/seed/random";

const OPENINGS = [
  "I take the number 20 bus from Foleshill every morning and it is often full before it reaches Broad Street.",
  "As a parent of two at Broad Heath Primary, the school run on Foleshill Road is the worst part of the day.",
  "I cycle into the city centre most days.",
  "We run a small bakery near the Stoney Stanton Road junction.",
  "My mother is 82 and no longer drives, so she depends on the buses to get to the surgery.",
  "I have lived in Foleshill for thirty years and the traffic has never been this bad.",
  "Our community group meets at the Edgewick centre on Thursday evenings.",
  "I work shifts at the hospital and finish after the last direct bus has gone.",
  "Thank you for running this consultation and for putting the plans online.",
  "I read the whole proposal and the maps were really helpful.",
  "Speaking as a wheelchair user, dropped kerbs are the thing I notice first.",
  "I volunteer with the youth club and many of our young people walk home late.",
  "We moved here from Leicester last year and the area has a lot going for it.",
  "Deliveries to the shops on the main road block one lane for most of the morning.",
  "I agree with a lot of what has been said already.",
];

const MIDDLES = [
  "A bus lane at peak times would make a real difference, as long as the loading bays stay.",
  "The crossing by the mosque needs a longer green phase: older people cannot make it across in time.",
  "Parking on the pavement means prams and wheelchairs end up in the road.",
  "Street lighting on the canal towpath would make it feel much safer after dark.",
  "A 20 mph limit outside the schools would be welcome, but it needs enforcing.",
  "More frequent evening services would help people who work in the city centre.",
  "The cycle lane stops just where it is needed most, at the ring road junction.",
  "Please talk to the traders before changing the parking, we depend on passing trade.",
  "Bins on collection day block the narrow side streets for the whole day.",
  "The air quality near the junction is noticeably worse in the afternoon.",
  "A safe route to the new health centre should be part of the plan.",
  "Information in more community languages would help more people take part.",
  "Trees along the main road would give shade and slow the traffic down.",
  "Better signs for the park and ride would take some cars off our roads.",
  "The consultation events should be at different times so shift workers can come.",
  "Could the council share the traffic counts behind these proposals? See https://www.coventry.gov.uk/transport for the last survey.",
];

const CLOSINGS = [
  "Happy to talk more at the next drop-in session.",
  "I hope this feedback is useful.",
  "Looking forward to seeing what changes are made.",
  "Please keep residents updated on the decision.",
  "Thanks to the officers for listening.",
  "",
  "",
  "",
];

const REPLIES = [
  "I agree, the same happens on our street.",
  "Good point. The crossing by the library has the same problem.",
  "That is not quite my experience: the morning buses have been better since the timetable change.",
  "Our group would support this, and we could help spread the word.",
  "Has anyone asked the bus company about this directly?",
  "The loading bays are a real issue for us too.",
  "Thank you for raising this, I had not thought about wheelchair users.",
  "The council officer at the drop-in said this is being looked at for next year.",
  "Same here. Evening services would help a lot of shift workers.",
  "I would add that the lighting on the side streets needs looking at as well.",
];

export function commentBodies(count: number, random: () => number): string[] {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const bodies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const sentences = [pick(OPENINGS), pick(MIDDLES)];
    if (random() < 0.5) sentences.push(pick(MIDDLES));
    const closing = pick(CLOSINGS);
    const first = sentences.join(" ");
    bodies.push(closing ? (random() < 0.4 ? `${first}\n\n${closing}` : `${first} ${closing}`) : first);
  }
  return bodies;
}

export function replyBodies(count: number, random: () => number): string[] {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, () => (random() < 0.5 ? pick(REPLIES) : `${pick(REPLIES)} ${pick(MIDDLES)}`));
}

export const FIRST_NAMES = ["Amira", "Tom", "Sue", "Priya", "Kwame", "Grace", "Hassan", "Olivia", "Jan", "Fatima", "Liam", "Aisha", "Patrick", "Mei", "Daniel", "Zainab", "Chloe", "Raj", "Ewa", "Samuel"];
export const LAST_NAMES = ["Hussain", "Bennett", "Webb", "Patel", "Mensah", "Okafor", "Khan", "Walsh", "Kowalski", "Begum", "Murphy", "Ali", "Evans", "Chen", "Singh", "Nowak", "Taylor", "Ahmed", "Jones", "Brown"];
