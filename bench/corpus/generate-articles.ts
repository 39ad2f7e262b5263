/**
 * A deterministic generator of realistic news articles for benchmarks and robustness tests:
 * figures, speakers, dates, quotes, captions and boilerplate in several beats and in British
 * and American style. The same seed gives the same text on every machine.
 */

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ["Lisbon", "Nairobi", "Warsaw", "Toronto", "Manila", "Lagos", "Quito", "Oslo", "Tbilisi", "Hanoi"];
const PEOPLE = [
  ["Interior Minister", "Ana Ferreira"],
  ["Finance Minister", "David Okafor"],
  ["Mayor", "Karin Lund"],
  ["Health Secretary", "Priya Raman"],
  ["Acme CEO", "Tomas Novak"],
  ["coach", "Luis Ortega"],
  ["Professor", "Helen Mbeki"],
  ["Police Chief", "Marek Zielinski"],
];
const ORGS = ["the Interior Ministry", "the central bank", "the statistics office", "the health authority", "the football association", "the university", "the electoral commission", "the company"];
const COUNTED = ["people", "protesters", "students", "workers", "patients", "voters", "fans", "households", "migrants", "teachers"];
const ACTIONS = ["were detained", "were injured", "took part in the march", "lost their jobs", "were evacuated", "signed the petition", "were vaccinated", "were arrested"];
const FIGURES = ["128", "more than 120", "some 200", "at least eight", "nearly 3,000", "about 45", "up to 70", "several dozen", "hundreds of", "between 10 and 20", "fewer than 50", "7,000", "over 100,000", "a dozen", "six"];
const MONTHS = ["January", "March", "Aug.", "Sept.", "October", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const CUES = ["said", "told reporters", "said in a statement", "claimed", "estimated", "announced"];

export interface GeneratedArticle {
  fileName: string;
  raw: string;
}

export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const rand = random(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const city = pick(CITIES);
  const [title, name] = pick(PEOPLE);
  const surname = name!.split(" ").at(-1)!;
  const org = pick(ORGS);
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const figure = () => {
    const f = pick(FIGURES);
    return f === "hundreds of" ? `hundreds of ${pick(COUNTED)}` : `${f} ${pick(COUNTED)}`;
  };
  const sentences: (() => string)[] = [
    () => `${city.toUpperCase()} -- ${capital(figure())} ${pick(ACTIONS)} in ${city} on ${pick(MONTHS)} ${day}, a day after ${figure()} ${pick(ACTIONS)}.`,
    () => `A total of ${Math.floor(rand() * 900) + 10} ${pick(COUNTED)} ${pick(ACTIONS)} the previous day, ${org} ${pick(CUES)} on ${pick(WEEKDAYS)}.`,
    () => `${title} ${name}, who took office in ${year - 3}, said that ${figure()} ${pick(ACTIONS)} and that costs rose ${Math.floor(rand() * 40)}% to $${(rand() * 9 + 1).toFixed(1)}bn.`,
    () => `"We expect ${figure()} to return by ${pick(WEEKDAYS)}," ${surname} ${pick(CUES)}.`,
    () => `In ${city}, ${figure()}, including ${figure()}, ${pick(ACTIONS)}, ${org} said, adding that ${Math.floor(rand() * 50)} of them will remain in custody.`,
    () => `Critics accused ${surname} of hiding the figures, and the opposition made an unsubstantiated claim that "${figure()} ${pick(ACTIONS)}."`,
    () => `The ${Math.floor(rand() * 50) + 30}-year-old ${title!.toLowerCase()} has led the ${pick(["party", "club", "agency", "firm"])} for ${Math.floor(rand() * 20) + 2} years.`,
    () => `Turnout was ${(rand() * 40 + 40).toFixed(1)} per cent, according to ${org}, while ${figure()} ${pick(ACTIONS)} in the days after the vote.`,
    () => `Will the government change course? Nobody knows, and ${surname} should resign, the newspaper wrote.`,
    () => `${pick(WEEKDAYS)} demonstrations have repeatedly drawn crowds of more than ${Math.floor(rand() * 90 + 10)},000 in the capital.`,
  ];
  // Background and scene-setting, as real reports carry between their figures. Real wire
  // copy averages about 140 characters a sentence, with a figure in one sentence of four.
  const topic = pick(["crisis", "dispute", "inquiry", "season", "budget", "election", "merger", "outbreak"]);
  const background: (() => string)[] = [
    () => `The ${pick(["government", "opposition", "company", "club", "council"])} has faced growing criticism over its handling of the ${topic}, with critics arguing that decisions were taken behind closed doors and without consultation.`,
    () => `Residents of ${city} described long queues outside ${pick(["banks", "hospitals", "polling stations", "supermarkets"])} as the situation worsened over the course of the week, and several shops closed early.`,
    () => `${name} has denied any wrongdoing and has said that the ${pick(["allegations", "reports", "claims"])} against ${pick(["him", "her", "the administration"])} were politically motivated and designed to distract from the ${topic}.`,
    () => `The ${pick(["talks", "hearings", "negotiations", "protests"])} are expected to continue into next week, although neither side has given any sign that it is ready to make concessions on the central questions.`,
    () => `Officials in ${city} did not respond to repeated requests for comment on the ${topic} or on the reports that emerged from the capital over the weekend.`,
    () => `The ${topic} has strained relations between ${city} and the capital, where ${pick(["ministers", "lawmakers", "regulators"])} have called for calm while promising a full review of what went wrong.`,
    () => `Analysts say the outcome of the ${topic} remains uncertain and will depend on decisions that have yet to be made by ${pick(["the courts", "the central bank", "parliament", "the league"])}.`,
    () => `In a statement released late in the evening, ${org} urged ${pick(["residents", "supporters", "investors", "fans"])} to remain patient and to avoid spreading rumours about the ${topic} on social media.`,
    () => `Supporters gathered outside the ${pick(["court", "stadium", "headquarters", "parliament building"])} in ${city}, holding banners and chanting slogans as police officers watched from a distance.`,
    () => `The ${topic} began earlier this year and has since become one of the most closely watched stories in the region, drawing attention from neighbouring countries and international organisations.`,
  ];
  const body: string[] = [];
  const paragraphs = 6 + Math.floor(rand() * 8);
  for (let p = 0; p < paragraphs; p++) {
    const count = 1 + Math.floor(rand() * 3);
    body.push(Array.from({ length: count }, () => capital(pick(rand() < 0.7 ? background : sentences)())).join(" "));
  }
  const caption = `People march during a rally in ${city}, ${pick(WEEKDAYS)}, ${pick(MONTHS)} ${day}, ${year}. (AP Photo/${name}) Credit: ${name}`;
  body.push(caption, caption);
  body.push(`${name} in ${city} contributed to this report.`);
  return { fileName: `generated-${seed}-${index}.txt`, raw: `date ${date}\n${body.join("\n\n")}` };
}

/** Articles until their text reaches `bytes` (UTF-16 length, which equals bytes for this ASCII text). */
export function generateCorpus(bytes: number, seed = 1): GeneratedArticle[] {
  const articles: GeneratedArticle[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const article = generateArticle(i, seed);
    articles.push(article);
    total += article.raw.length;
  }
  return articles;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
