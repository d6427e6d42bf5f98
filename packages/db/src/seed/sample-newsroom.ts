/**
 * The fictional sample newsroom (docs/demo-data.md): analysts, outlets, articles, predictions,
 * questions and outcomes that are all invented, so that a first start shows scores without
 * inventing outcomes for real people. Oskaria, Veldhaven, Northmere, Tesselport, Lake Orrin and
 * every company, institute and person below are made up; every name a page shows carries "(sample)"
 * or "(fictional)".
 *
 * Dates are days relative to an anchor (the day the sample is first seeded, see sample.ts): negative
 * in the past. `{by}` in a claim or a title is replaced by the deadline's date, so claims stay
 * judgeable whenever the sample is seeded; quotes speak in relative terms ("within nine months"), as
 * people do.
 */

export type SampleOutcome = "TRUE" | "FALSE" | "PARTIAL" | "AMBIGUOUS" | "ANNULLED";

export interface SampleReading {
  probability: number;
  probabilitySource: "STATED" | "HEDGE";
  hedge?: string;
  interval?: [number, number];
}

export interface SampleResolution {
  outcome: SampleOutcome;
  credit?: number;
  /** The day it was decided, relative to the anchor (at most 0). */
  day: number;
  note: string;
}

export interface SampleAnalyst {
  slug: string;
  name: string;
  affiliation: string;
  /** How the name reads inside an article (without the "(sample)" mark the record carries). */
  byline: string;
}

export interface SampleSource {
  key: string;
  title: string;
  outlet: string;
  day: number;
  authors: string[];
  /** The article's opening paragraph; the quotes of its predictions follow. */
  lead: string;
}

export interface SamplePrediction {
  key: string;
  analyst: string;
  source: string;
  claim: string;
  quote: string;
  criteria?: string;
  /** The deadline, relative to the anchor; absent for none. */
  by?: number;
  reading: SampleReading;
  tags: string[];
  resolution?: SampleResolution;
  question?: string;
  negated?: boolean;
  condition?: string;
}

export interface SampleQuestion {
  key: string;
  title: string;
  criteria: string;
  by: number;
  references: { probability: number; source: string; day: number }[];
  resolution?: SampleResolution;
}

const stated = (probability: number): SampleReading => ({ probability, probabilitySource: "STATED" });
/** A hedge and its reading in the lexicon (packages/domain/src/hedges/lexicon.ts; the seed test checks them). */
const hedge = (phrase: string, probability: number, low: number, high: number): SampleReading => ({
  probability,
  probabilitySource: "HEDGE",
  hedge: phrase,
  interval: [low, high],
});
const judged = (outcome: SampleOutcome, day: number, note: string, credit?: number): SampleResolution =>
  credit === undefined ? { outcome, day, note } : { outcome, day, note, credit };

const GAZETTE = "Sample Gazette (fictional)";
const COURIER = "The Veldhaven Courier (fictional)";
const RADIO = "Northmere Radio (fictional)";
const WEEKLY = "Oskaria Business Weekly (fictional)";
const REPORTER = "Nell Ashgrove (sample)";

/** Every sample article opens with this, so that no reader mistakes it for news. */
export const SAMPLE_NOTICE =
  "[Sample newsroom: a fictional article written for Hindsight's demo data. Oskaria, its towns, companies and people are invented.]";

export const SAMPLE_TAG = "sample";

export const sampleAnalysts: SampleAnalyst[] = [
  {
    slug: "ada-marchetti-vane-sample",
    name: "Ada Marchetti-Vane (sample)",
    affiliation: "Veldhaven Policy Institute (fictional)",
    byline: "Ada Marchetti-Vane of the Veldhaven Policy Institute",
  },
  {
    slug: "jonah-pellworth-sample",
    name: "Jonah Pellworth (sample)",
    affiliation: "The Veldhaven Courier (fictional)",
    byline: "Jonah Pellworth, the Courier's columnist",
  },
  {
    slug: "ines-calloway-dunn-sample",
    name: "Ines Calloway-Dunn (sample)",
    affiliation: "Northmere University (fictional)",
    byline: "Ines Calloway-Dunn of Northmere University",
  },
  {
    slug: "ravi-tamberlane-sample",
    name: "Ravi Tamberlane (sample)",
    affiliation: "Lakeside Energy Consulting (fictional)",
    byline: "Ravi Tamberlane of Lakeside Energy Consulting",
  },
  {
    slug: "greta-holmwick-sample",
    name: "Greta Holmwick (sample)",
    affiliation: "Oskarian Chamber of Commerce (fictional)",
    byline: "Greta Holmwick of the Oskarian Chamber of Commerce",
  },
  {
    slug: "felix-strandmoor-sample",
    name: "Felix Strandmoor (sample)",
    affiliation: "Sample Gazette (fictional)",
    byline: "Felix Strandmoor, the Gazette's city reporter",
  },
];

const source = (
  key: string,
  title: string,
  outlet: string,
  day: number,
  authors: string[],
  lead: string,
): SampleSource => ({ key: `sample-${key}`, title: `${title} (sample)`, outlet, day, authors, lead });

export const sampleSources: SampleSource[] = [
  source(
    "gazette-year-ahead",
    "Veldhaven's year ahead: five forecasters on the city",
    GAZETTE,
    -700,
    [REPORTER],
    "We asked five people who watch Veldhaven and Northmere for a living what the coming year holds.",
  ),
  source(
    "weekly-winter-energy",
    "Energy outlook: can Brightwater Grid get through the winter?",
    WEEKLY,
    -660,
    ["Ravi Tamberlane (sample)"],
    "Brightwater Grid enters the winter with thin reserves and a wind farm still under construction.",
  ),
  source(
    "courier-harbour-column",
    "Column: the harbour is Northmere's future",
    COURIER,
    -630,
    ["Jonah Pellworth (sample)"],
    "Tesselport has waited a decade for its deep-water berth. The wait is nearly over.",
  ),
  source(
    "radio-election-panel",
    "Morning panel: Northmere's election year",
    RADIO,
    -600,
    ["Northmere Radio newsroom (sample)"],
    "Three months before the Northmere Assembly election, our panel looked at turnout and seats.",
  ),
  source(
    "gazette-prices-roundtable",
    "Business roundtable: prices, rates and mergers",
    GAZETTE,
    -560,
    [REPORTER],
    "Inflation has cooled, the National Bank is under pressure and Solvane Telecom wants to grow.",
  ),
  source(
    "weekly-quillon",
    "Quillon Motors' next move",
    WEEKLY,
    -520,
    ["Greta Holmwick (sample)"],
    "Quillon Motors, Oskaria's only carmaker, is betting on electric cars built in Veldhaven.",
  ),
  source(
    "courier-bridge-and-buses",
    "Veldhaven transport: the footbridge, the fares and the new buses",
    COURIER,
    -480,
    [REPORTER],
    "The Tessel footbridge is half built, Halvard Rail wants higher fares and three bus lines are planned.",
  ),
  source(
    "radio-housing-and-water",
    "Policy hour: housing and water in Northmere",
    RADIO,
    -450,
    ["Northmere Radio newsroom (sample)"],
    "A dry summer and a housing shortage: the province's two worries, discussed by our guests.",
  ),
  source(
    "gazette-energy-special",
    "Energy special: heating bills and the Orrin wind farm",
    GAZETTE,
    -420,
    ["Ravi Tamberlane (sample)"],
    "District heating prices are set in the autumn; the Lake Orrin wind farm is late.",
  ),
  source(
    "courier-referendum-column",
    "Column: why the harbour referendum will fail",
    COURIER,
    -400,
    ["Jonah Pellworth (sample)"],
    "Northmere votes on the harbour expansion this year. Our columnist does not expect a yes.",
  ),
  source(
    "radio-referendum-debate",
    "Referendum debate: the harbour expansion",
    RADIO,
    -380,
    ["Northmere Radio newsroom (sample)"],
    "Three guests on the harbour expansion referendum, a few weeks before the vote.",
  ),
  source(
    "weekly-markets-roundtable",
    "Markets roundtable: banks, jobs and mines",
    WEEKLY,
    -340,
    [REPORTER],
    "Marrowfinch Bank is back in profit, unemployment is edging down and the Orrin mine is still shut.",
  ),
  source(
    "gazette-tram-line-4",
    "Tram line 4: the last stretch",
    GAZETTE,
    -300,
    [REPORTER],
    "Veldhaven's tram line 4 is in its testing phase. Will the first passengers ride it by the promised date?",
  ),
  source(
    "courier-summer-city",
    "Summer in the city: festival, deliveries and the budget",
    COURIER,
    -260,
    ["Felix Strandmoor (sample)"],
    "Veldhaven's summer: a festival, a grocer's delivery vans and a council budget to pass.",
  ),
  source(
    "weekly-next-winter",
    "Energy: the next winter, with Orrin online",
    WEEKLY,
    -200,
    ["Ravi Tamberlane (sample)"],
    "With the Orrin wind farm connected, Brightwater Grid faces its second winter in better shape.",
  ),
  source(
    "radio-housing-panel",
    "Housing panel: homes, the levy and the library",
    RADIO,
    -170,
    ["Northmere Radio newsroom (sample)"],
    "Northmere promised two thousand new homes and a levy to pay for them.",
  ),
  source(
    "gazette-battery-plant",
    "Quillon's battery plant and other bets for the year",
    GAZETTE,
    -120,
    [REPORTER],
    "Quillon Motors has broken ground on a battery plant in Veldhaven. Our forecasters on it, and on trains.",
  ),
  source(
    "courier-winter-outlook",
    "Winter outlook: water, tariffs and the footbridge",
    COURIER,
    -60,
    [REPORTER],
    "Another winter, another set of promises.",
  ),
];

/** Questions (several analysts' predictions on one event) with base-rate references, for the fair comparison. */
export const sampleQuestions: SampleQuestion[] = [
  {
    key: "sample-q-tram-line-4",
    title: "Does Veldhaven's tram line 4 carry its first passengers by {by}? (sample)",
    criteria: "TRUE if fare-paying passengers ride line 4 on or before the deadline; a test run does not count.",
    by: -120,
    references: [
      {
        probability: 0.3,
        source: "Base rate (fictional): 3 of the 10 Oskarian tram projects of 2005-2020 opened on schedule",
        day: -320,
      },
    ],
    resolution: judged("FALSE", -120, "Line 4 opened to passengers 37 days after the deadline (fictional)."),
  },
  {
    key: "sample-q-harbour-referendum",
    title: "Do Northmere's voters approve the harbour expansion in the referendum? (sample)",
    criteria: "TRUE if the referendum held before the deadline approves the expansion by a simple majority.",
    by: -300,
    references: [
      { probability: 0.52, source: "Sample Gazette poll average (fictional): 52% for, 48% against", day: -410 },
    ],
    resolution: judged("TRUE", -300, "Approved with 54% of the vote (fictional)."),
  },
  {
    key: "sample-q-battery-plant",
    title: "Does Quillon Motors open its Veldhaven battery plant by {by}? (sample)",
    criteria: "TRUE if the plant produces its first battery cells for sale on or before the deadline.",
    by: 240,
    references: [
      {
        probability: 0.36,
        source: "Base rate (fictional): 4 of the 11 Oskarian factory openings of 2010-2024 were on schedule",
        day: -130,
      },
    ],
  },
];

const ADA = "ada-marchetti-vane-sample";
const JONAH = "jonah-pellworth-sample";
const INES = "ines-calloway-dunn-sample";
const RAVI = "ravi-tamberlane-sample";
const GRETA = "greta-holmwick-sample";
const FELIX = "felix-strandmoor-sample";

const prediction = (
  key: string,
  analyst: string,
  sourceKey: string,
  fields: Omit<SamplePrediction, "key" | "analyst" | "source" | "tags"> & { tags: string[] },
): SamplePrediction => ({
  key: `sample-${key}`,
  analyst,
  source: `sample-${sourceKey}`,
  ...fields,
  tags: [SAMPLE_TAG, ...fields.tags],
});

export const samplePredictions: SamplePrediction[] = [
  // Veldhaven's year ahead (day -700)
  prediction("ada-fare-freeze", ADA, "gazette-year-ahead", {
    claim: "Veldhaven City Council approves the two-year tram fare freeze by {by}",
    quote: "I put the fare freeze passing the council at 70 percent.",
    by: -580,
    reading: stated(0.7),
    tags: ["transport"],
    resolution: judged("TRUE", -600, "The council approved the freeze by 31 votes to 20 (fictional)."),
  }),
  prediction("jonah-night-trains", JONAH, "gazette-year-ahead", {
    claim: "Halvard Rail's night trains between Veldhaven and Tesselport run again by {by}",
    quote: "The night trains will be back before the summer, no question.",
    by: -550,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["transport"],
    resolution: judged("FALSE", -550, "The night service was postponed for another year (fictional)."),
  }),
  prediction("ines-housing-bill", INES, "gazette-year-ahead", {
    claim: "The Northmere Assembly passes the coastal housing bill by {by}",
    quote: "The housing bill may get through the assembly this session.",
    by: -500,
    reading: hedge("may", 0.4, 0.3, 0.51),
    tags: ["housing"],
    resolution: judged("TRUE", -505, "Passed on the last sitting day of the session (fictional)."),
  }),
  prediction("greta-pelling-stores", GRETA, "gazette-year-ahead", {
    claim: "Pelling Foods opens at least 10 new stores in Oskaria by {by}",
    quote: "Pelling Foods is highly likely to open ten new stores this year.",
    by: -370,
    reading: hedge("highly likely", 0.9, 0.8, 0.9),
    tags: ["business"],
    resolution: judged("FALSE", -370, "Pelling opened six stores in the year (fictional)."),
  }),

  // Energy outlook (day -660)
  prediction("ravi-no-blackout", RAVI, "weekly-winter-energy", {
    claim: "Brightwater Grid orders no rolling blackout in Veldhaven before {by}",
    quote: "I'd put the odds of getting through the winter without a rolling blackout at 85 percent.",
    by: -510,
    reading: stated(0.85),
    tags: ["energy"],
    resolution: judged("TRUE", -510, "No rolling blackout was ordered all winter (fictional)."),
  }),
  prediction("ravi-power-price", RAVI, "weekly-winter-energy", {
    claim: "The wholesale power price in Oskaria averages below 90 florins per MWh in the quarter ending {by}",
    quote: "Prices are likely to stay below 90 florins through the first quarter.",
    by: -560,
    reading: hedge("likely", 0.75, 0.67, 0.8),
    tags: ["energy"],
    resolution: judged("TRUE", -555, "The quarter averaged 81 florins per MWh (fictional)."),
  }),

  // The harbour column (day -630)
  prediction("jonah-berth-contract", JONAH, "courier-harbour-column", {
    claim: "The Tesselport Authority signs the deep-water berth contract by {by}",
    quote: "The berth contract will be signed by the autumn.",
    by: -510,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["business"],
    resolution: judged("TRUE", -520, "Signed with a consortium led by Corrigan Minerals (fictional)."),
  }),
  prediction("jonah-orrin-mine", JONAH, "courier-harbour-column", {
    claim: "Corrigan Minerals reopens the Lake Orrin copper mine by {by}",
    quote: "Corrigan is almost certain to reopen the Orrin mine within the year.",
    by: -265,
    reading: hedge("almost certain", 0.95, 0.9, 0.98),
    tags: ["business"],
    resolution: judged("FALSE", -265, "The mine stayed shut pending an environmental review (fictional)."),
  }),

  // Election panel (day -600)
  prediction("ada-turnout", ADA, "radio-election-panel", {
    claim: "Turnout in the Northmere Assembly election held by {by} is above 60 percent",
    quote: "I give turnout above sixty percent a one-in-three chance.",
    by: -510,
    reading: stated(0.33),
    tags: ["elections"],
    resolution: judged("FALSE", -508, "Turnout was 55.2 percent (fictional)."),
  }),
  prediction("ines-green-harbour-seats", INES, "radio-election-panel", {
    claim: "The Green Harbour Party wins at least 10 seats in the Northmere Assembly election held by {by}",
    quote: "The Green Harbour Party could win ten seats or more.",
    by: -510,
    reading: hedge("could", 0.4, 0.25, 0.5),
    tags: ["elections"],
    resolution: judged("TRUE", -508, "The party won 12 seats (fictional)."),
  }),

  // Prices roundtable (day -560)
  prediction("ada-inflation", ADA, "gazette-prices-roundtable", {
    claim: "Oskarian consumer price inflation is below 3 percent in the figure for the year to {by}",
    quote: "I'm at 80 percent that inflation is below three percent by the autumn figures.",
    by: -380,
    reading: stated(0.8),
    tags: ["economy"],
    resolution: judged("TRUE", -375, "Inflation was 2.4 percent (fictional)."),
  }),
  prediction("greta-solvane-merger", GRETA, "gazette-prices-roundtable", {
    claim: "Solvane Telecom completes its merger with Brisk Mobile by {by}",
    quote: "The Solvane merger is likely to close within nine months.",
    criteria: "TRUE if both the consumer business and the network joint venture are merged by the deadline.",
    by: -290,
    reading: hedge("likely", 0.75, 0.67, 0.8),
    tags: ["business"],
    resolution: judged(
      "PARTIAL",
      -290,
      "The consumer businesses merged; the regulator blocked the network joint venture (fictional).",
      0.5,
    ),
  }),
  prediction("ines-rate-cut", INES, "gazette-prices-roundtable", {
    claim: "The Oskarian National Bank cuts its policy rate at least once by {by}",
    quote: "There is an even chance the National Bank cuts once before the year is out.",
    by: -360,
    reading: hedge("even chance", 0.5, 0.45, 0.55),
    tags: ["economy"],
    resolution: judged("TRUE", -362, "A quarter-point cut at the December meeting (fictional)."),
  }),

  // Quillon Motors (day -520)
  prediction("greta-quillon-sales", GRETA, "weekly-quillon", {
    claim: "Quillon Motors sells more than 40,000 cars in Oskaria in the financial year ending {by}",
    quote: "Quillon is highly likely to pass 40,000 cars this year.",
    by: -220,
    reading: hedge("highly likely", 0.9, 0.8, 0.9),
    tags: ["business"],
    resolution: judged("TRUE", -215, "Quillon reported 43,100 cars sold (fictional)."),
  }),
  prediction("greta-quillon-shares", GRETA, "weekly-quillon", {
    claim: "Quillon Motors' share price is higher on {by} than on the day of this forecast",
    quote: "I'd put 65 percent on Quillon's shares being higher a year from now.",
    by: -155,
    reading: stated(0.65),
    tags: ["business"],
    resolution: judged("FALSE", -155, "The shares were 12 percent lower (fictional)."),
  }),

  // Footbridge, fares and buses (day -480)
  prediction("ada-footbridge", ADA, "courier-bridge-and-buses", {
    claim: "The Tessel footbridge opens to the public by {by}",
    quote: "I'd put the footbridge opening on time at 40 percent.",
    by: -300,
    reading: stated(0.4),
    tags: ["transport"],
    resolution: judged("FALSE", -298, "The opening was pushed back after a welding fault (fictional)."),
  }),
  prediction("jonah-rail-fares", JONAH, "courier-bridge-and-buses", {
    claim: "Halvard Rail raises Veldhaven-Tesselport fares by more than 5 percent by {by}",
    quote: "Halvard will raise fares by more than five percent, mark my words.",
    by: -240,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["transport"],
    resolution: judged("TRUE", -245, "Fares rose 7 percent (fictional)."),
  }),
  prediction("ravi-orrin-connected", RAVI, "courier-bridge-and-buses", {
    claim: "Brightwater Grid connects the Lake Orrin wind farm to the grid by {by}",
    quote: "The Orrin wind farm is likely to be connected within nine months.",
    by: -210,
    reading: hedge("likely", 0.75, 0.67, 0.8),
    tags: ["energy"],
    resolution: judged("TRUE", -215, "Connected in late spring (fictional)."),
  }),
  prediction("ada-bus-lines", ADA, "courier-bridge-and-buses", {
    claim: "All three of Veldhaven's new bus lines start service by {by}",
    quote: "Seventy percent that all three bus lines are running on time.",
    by: -280,
    reading: stated(0.7),
    tags: ["transport"],
    resolution: judged(
      "PARTIAL",
      -280,
      "Two of the three lines started on time; the third a month late (fictional).",
      0.67,
    ),
  }),

  // Housing and water (day -450)
  prediction("ines-water-restrictions", INES, "radio-housing-and-water", {
    claim: "Northmere lifts its summer water restrictions by {by}",
    quote: "Northmere might lift the water restrictions before the end of the season.",
    by: -350,
    reading: hedge("might", 0.4, 0.25, 0.5),
    tags: ["housing"],
    resolution: judged("FALSE", -350, "The restrictions stayed until the first autumn rains (fictional)."),
  }),
  prediction("ada-rents", ADA, "radio-housing-and-water", {
    claim: "Average rents in Northmere rise by less than 4 percent in the year to {by}",
    quote: "I give it 75 percent that rents rise by less than four percent.",
    by: -150,
    reading: stated(0.75),
    tags: ["housing"],
    resolution: judged("TRUE", -148, "Rents rose 3.1 percent (fictional)."),
  }),

  // Energy special (day -420)
  prediction("ravi-heating-price", RAVI, "gazette-energy-special", {
    claim: "Veldhaven's district heating price rises by less than 10 percent for the winter ending {by}",
    quote: "A rise under ten percent is probable.",
    by: -270,
    reading: hedge("probable", 0.75, 0.65, 0.8),
    tags: ["energy"],
    resolution: judged("FALSE", -268, "The price rose 14 percent (fictional)."),
  }),
  prediction("ravi-spring-tariff", RAVI, "gazette-energy-special", {
    claim: "Brightwater Grid cuts its spring tariff by {by}",
    quote: "If Orrin is connected before winter, Brightwater may well cut its spring tariff.",
    condition: "The Lake Orrin wind farm is connected to the grid before the winter",
    by: -220,
    reading: hedge("may well", 0.55, 0.4, 0.7),
    tags: ["energy"],
    resolution: judged(
      "ANNULLED",
      -215,
      "The condition never held: Orrin was connected in late spring, after the winter (fictional).",
    ),
  }),

  // The referendum column (day -400)
  prediction("jonah-referendum-fails", JONAH, "courier-referendum-column", {
    claim: "Northmere's voters reject the harbour expansion in the referendum",
    quote: "Voters will reject the harbour expansion, I have no doubt.",
    by: -300,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["elections"],
    question: "sample-q-harbour-referendum",
    negated: true,
  }),

  // Referendum debate (day -380)
  prediction("ada-referendum", ADA, "radio-referendum-debate", {
    claim: "Northmere's voters approve the harbour expansion in the referendum",
    quote: "I'd put approval at 60 percent.",
    by: -300,
    reading: stated(0.6),
    tags: ["elections"],
    question: "sample-q-harbour-referendum",
  }),
  prediction("ines-referendum", INES, "radio-referendum-debate", {
    claim: "The harbour expansion referendum passes",
    quote: "Honestly, it's an even chance.",
    by: -300,
    reading: hedge("even chance", 0.5, 0.45, 0.55),
    tags: ["elections"],
    question: "sample-q-harbour-referendum",
  }),
  prediction("greta-referendum", GRETA, "radio-referendum-debate", {
    claim: "Northmere's voters approve the harbour expansion",
    quote: "Approval is highly likely; business is united behind it.",
    by: -300,
    reading: hedge("highly likely", 0.9, 0.8, 0.9),
    tags: ["elections"],
    question: "sample-q-harbour-referendum",
  }),

  // Markets roundtable (day -340)
  prediction("greta-marrowfinch-dividend", GRETA, "weekly-markets-roundtable", {
    claim: "Marrowfinch Bank declares a dividend for the year by {by}",
    quote: "Marrowfinch is likely to restore its dividend.",
    by: -140,
    reading: hedge("likely", 0.75, 0.67, 0.8),
    tags: ["business"],
    resolution: judged("TRUE", -140, "A dividend of 0.40 florins a share (fictional)."),
  }),
  prediction("ada-unemployment", ADA, "weekly-markets-roundtable", {
    claim: "Oskaria's unemployment rate is below 6 percent in the labour survey published by {by}",
    quote: "I'd put 55 percent on unemployment being under six percent by the spring survey.",
    by: -160,
    reading: stated(0.55),
    tags: ["economy"],
    resolution: judged("FALSE", -158, "The survey put unemployment at 6.3 percent (fictional)."),
  }),
  prediction("ravi-orrin-mine", RAVI, "weekly-markets-roundtable", {
    claim: "Corrigan Minerals reopens the Lake Orrin copper mine by {by}",
    quote: "Corrigan is unlikely to reopen Orrin this year.",
    by: -40,
    reading: hedge("unlikely", 0.2, 0.1, 0.25),
    tags: ["business"],
    resolution: judged("FALSE", -40, "The environmental review is still open (fictional)."),
  }),

  // Tram line 4 (day -300)
  prediction("ada-tram-line-4", ADA, "gazette-tram-line-4", {
    claim: "Veldhaven's tram line 4 carries its first passengers by {by}",
    quote: "I'd put it at 35 percent; tram projects here usually run late.",
    by: -120,
    reading: stated(0.35),
    tags: ["transport"],
    question: "sample-q-tram-line-4",
  }),
  prediction("jonah-tram-line-4", JONAH, "gazette-tram-line-4", {
    claim: "Tram line 4 is open to passengers by {by}",
    quote: "Line 4 will be running by the spring, the mayor has promised it.",
    by: -120,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["transport"],
    question: "sample-q-tram-line-4",
  }),
  prediction("ravi-tram-line-4", RAVI, "gazette-tram-line-4", {
    claim: "Tram line 4 opens to passengers by {by}",
    quote: "Given the testing schedule, an opening by spring is likely.",
    by: -120,
    reading: hedge("likely", 0.75, 0.67, 0.8),
    tags: ["transport"],
    question: "sample-q-tram-line-4",
  }),
  prediction("ines-tram-line-4-late", INES, "gazette-tram-line-4", {
    claim: "Tram line 4 misses its opening date of {by}",
    quote: "Line 4 may well miss its date.",
    by: -120,
    reading: hedge("may well", 0.55, 0.4, 0.7),
    tags: ["transport"],
    question: "sample-q-tram-line-4",
    negated: true,
  }),

  // Summer in the city (day -260)
  prediction("felix-festival-tickets", FELIX, "courier-summer-city", {
    claim: "The Tessel summer festival sells more than 50,000 tickets by {by}",
    quote: "I'd say 70 percent they sell more than fifty thousand.",
    by: -170,
    reading: stated(0.7),
    tags: ["culture"],
    resolution: judged("TRUE", -168, "58,400 tickets sold (fictional)."),
  }),
  prediction("greta-pelling-delivery", GRETA, "courier-summer-city", {
    claim: "Pelling Foods delivers groceries in Tesselport by {by}",
    quote: "Pelling could be delivering in Tesselport by the new year.",
    by: -80,
    reading: hedge("could", 0.4, 0.25, 0.5),
    tags: ["business"],
    resolution: judged("TRUE", -85, "Deliveries started in early winter (fictional)."),
  }),
  prediction("ada-city-budget", ADA, "courier-summer-city", {
    claim: "Veldhaven City Council adopts next year's budget by {by}",
    quote: "Ninety percent the budget is adopted on time.",
    by: -140,
    reading: stated(0.9),
    tags: ["economy"],
    resolution: judged("TRUE", -142, "Adopted two days before the deadline (fictional)."),
  }),

  // The next winter (day -200)
  prediction("ravi-no-blackout-again", RAVI, "weekly-next-winter", {
    claim: "Brightwater Grid orders no rolling blackout in Veldhaven before {by}",
    quote: "With Orrin online, getting through without blackouts is highly likely.",
    by: -50,
    reading: hedge("highly likely", 0.9, 0.8, 0.9),
    tags: ["energy"],
    resolution: judged("TRUE", -48, "A mild winter with no blackout (fictional)."),
  }),
  prediction("ravi-network-plan", RAVI, "weekly-next-winter", {
    claim: "Brightwater Grid publishes its network plan for Northmere by {by}",
    quote: "They might publish the Northmere plan within five months.",
    by: -30,
    reading: hedge("might", 0.4, 0.25, 0.5),
    tags: ["energy"],
  }),

  // Housing panel (day -170)
  prediction("ines-new-homes", INES, "radio-housing-panel", {
    claim: "Northmere completes at least 2,000 new homes in the year to {by}",
    quote: "Two thousand homes is not impossible, but I wouldn't bet on it.",
    by: -20,
    reading: hedge("not impossible", 0.15, 0.05, 0.35),
    tags: ["housing"],
    resolution: judged("FALSE", -18, "1,420 homes were completed (fictional)."),
  }),
  prediction("ada-housing-levy", ADA, "radio-housing-panel", {
    claim: "Northmere's coastal housing levy raises more than 40 million florins in its first year, ending {by}",
    quote: "I'd put 60 percent on the levy raising more than forty million.",
    by: -10,
    reading: stated(0.6),
    tags: ["housing"],
    resolution: judged(
      "AMBIGUOUS",
      -5,
      "The province published two figures, 38 and 43 million florins, counting refunds differently (fictional).",
    ),
  }),
  prediction("felix-library", FELIX, "radio-housing-panel", {
    claim: "Veldhaven's central library reopens after its renovation by {by}",
    quote: "The library will reopen by the autumn.",
    by: -70,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["culture"],
    resolution: judged("FALSE", -68, "The reopening moved to next spring (fictional)."),
  }),

  // The battery plant and other bets (day -120)
  prediction("ada-battery-plant", ADA, "gazette-battery-plant", {
    claim: "Quillon Motors' Veldhaven battery plant produces cells for sale by {by}",
    quote: "I'm at 45 percent on the battery plant opening on time.",
    by: 240,
    reading: stated(0.45),
    tags: ["business"],
    question: "sample-q-battery-plant",
  }),
  prediction("greta-battery-plant", GRETA, "gazette-battery-plant", {
    claim: "Quillon Motors opens its Veldhaven battery plant by {by}",
    quote: "The battery plant is likely to open on time.",
    by: 240,
    reading: hedge("likely", 0.75, 0.67, 0.8),
    tags: ["business"],
    question: "sample-q-battery-plant",
  }),
  prediction("felix-battery-plant-late", FELIX, "gazette-battery-plant", {
    claim: "Quillon Motors' battery plant opens after {by}",
    quote: "The battery plant might slip past its date.",
    by: 240,
    reading: hedge("might", 0.4, 0.25, 0.5),
    tags: ["business"],
    question: "sample-q-battery-plant",
    negated: true,
  }),
  prediction("jonah-halvard-trains", JONAH, "gazette-battery-plant", {
    claim: "Halvard Rail orders at least 30 new trains by {by}",
    quote: "Halvard will order thirty trains within the year.",
    by: 245,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["transport"],
  }),

  // Winter outlook (day -60)
  prediction("ines-water-spring", INES, "courier-winter-outlook", {
    claim: "Northmere lifts its water restrictions by {by}",
    quote: "The restrictions may be lifted by spring.",
    by: 60,
    reading: hedge("may", 0.4, 0.3, 0.51),
    tags: ["housing"],
  }),
  prediction("ravi-spring-tariff-lower", RAVI, "courier-winter-outlook", {
    claim: "Brightwater Grid's spring tariff, announced by {by}, is lower than this winter's",
    quote: "Probably lower; I'd say 70 percent.",
    by: 90,
    reading: stated(0.7),
    tags: ["energy"],
  }),
  prediction("jonah-footbridge", JONAH, "courier-winter-outlook", {
    claim: "The Tessel footbridge opens to the public by {by}",
    quote: "The footbridge will finally open within a month.",
    by: -30,
    reading: hedge("will", 0.95, 0.95, 1),
    tags: ["transport"],
  }),
  prediction("greta-pelling-flagship", GRETA, "courier-winter-outlook", {
    claim: "Pelling Foods opens a flagship store in central Veldhaven by {by}",
    quote: "A flagship store in the centre is highly likely before the summer.",
    by: 140,
    reading: hedge("highly likely", 0.9, 0.8, 0.9),
    tags: ["business"],
  }),
];
