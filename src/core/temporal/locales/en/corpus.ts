// English corpus: the spec of the English locale. Every example is read against Friday 22 April 2022.
// Square brackets mark the expected extent (see ../../corpus.ts). TimeBank/AQUAINT conventions: "the" stays in
// the extent ("the third quarter", "the past three years"), prepositions stay out ("in [2015]", "on [Friday]"),
// amount modifiers stay in ("[nearly two years]"), "ago" and "earlier" stay in, "later"/"after" stay out.

import type { LocaleCorpus } from '../../corpus';

export const corpus: LocaleCorpus = {
  dct: '2022-04-22',
  groups: [
    // ---- calendar dates, every written form
    {
      value: '2022-04-22',
      type: 'DATE',
      interval: ['2022-04-22', '2022-04-22'],
      texts: [
        'The law was signed on [April 22, 2022].',
        'It was signed [22 April 2022].',
        'Filed [4/22/2022].',
        'Filed [2022-04-22].',
        'Filed [4/22/22].',
        'He spoke on [Friday, April 22].',
        'The deal closed [today].',
        'It was signed on [the 22nd of April].',
      ],
    },
    {
      value: '2022-02-24',
      texts: ['Russia invaded Ukraine on [Feb. 24].', 'He left after the invasion on [24 February].'],
    },
    { value: '2022-03-04', texts: ['The meeting took place on [Monday, March 4].'] },
    // A past tense takes the latest past occurrence only within nine months; further back, the closest one.
    {
      value: '2022-05-20',
      texts: ['The deadline was extended to [May 20].', 'The offer was extended to [20 May].'],
    },
    { value: '2021-09', texts: ['Sales rose in [September].', 'The plant closed in [September].'] },
    { value: '2021-09-15', texts: ['The bank failed on [Sept. 15, 2021].'] },
    { value: '2022-12-15', texts: ['The dividend is payable [Dec. 15] to holders of record.'] },
    { value: '2022-06-01', texts: ['The new contract is effective [June 1].'] },
    { value: '2022-04-21', texts: ['The fair runs from [April 21] to 24.'] },
    { value: '2022-04-24', texts: ['The fair runs from April 21 to [24].', 'The fair runs April 21-[24].'] },
    { value: '2021-12-25', texts: ['He came home for [Christmas].'] },
    { value: '2022-07-04', texts: ['The parade will be held on [the Fourth of July].'] },
    // Movable feasts: the weekday rule applied in the year the tense picks.
    {
      value: '2021-11-25',
      texts: [
        'He came home for [Thanksgiving].',
        'The family met on [Thanksgiving Day].',
        'Sales have slowed since [last Thanksgiving].',
      ],
    },
    { value: '2022-11-24', texts: ['The parade will be held on [Thanksgiving Day].'] },
    { value: '2022-11-08', texts: ['Voters will go to the polls on [Election Day].'] },
    { value: '2020-11-03', texts: ['He lost on [Election Day 2020].'] },
    { value: '2022-09-05', texts: ['The strike will end by [Labor Day].'] },
    { value: '2022-05-30', texts: ['The pool opens on [Memorial Day].'] },
    { value: '2022-12-25', texts: ['The store will open before [next Christmas].'] },
    // ---- years, months, decades, centuries
    { value: '2015', interval: ['2015-01-01', '2015-12-31'], texts: ['He was elected in [2015].'] },
    { value: '1945', texts: ['the worst attack since [1945]'] },
    { value: '1492', texts: ['Columbus sailed in [1492].'] },
    { value: '1998', texts: ['Sales rose in [fiscal 1998].', 'Plans for [the year 1998] were cut.'] },
    { value: '1996', mod: 'MID', texts: ['The group began to fall apart in [mid-1996].'] },
    { value: '1996', texts: ['in [nineteen ninety-six]'] },
    {
      value: '1994',
      mod: 'ON_OR_AFTER',
      texts: [
        'It will not be profitable until [1994 or later].',
        'Earnings for [1994 and beyond] look good.',
      ],
    },
    { value: '1984', texts: ['He joined in [1984] and later served as director.'] },
    { value: '1959', mod: 'AFTER', texts: ['The [post-1959] politics split families.'] },
    { value: '1997-01', texts: ['[January nineteen ninety-seven]. Atlanta again.'] },
    { value: '1994-WI', texts: ['the price we saw in [the winter of nineteen ninety-four]'] },
    { value: '2005', texts: ['in [two thousand and five]'] },
    { value: '2000', texts: ['by [the year two thousand]'] },
    { value: '2019', texts: ['between [2019] and 2021'] },
    { value: '1861', texts: ['The Western Theater, [1861]-1865, saw heavy losses.'] },
    { value: '1865', texts: ['The Western Theater, 1861-[1865], saw heavy losses.'] },
    { value: '1917', texts: ['Throughout 1915-[17], the armies suffered.'] },
    { value: '1777', texts: ['Both generals resigned after the [1777] campaign.'] },
    { value: '2021', texts: ['between 2019 and [2021]'] },
    { value: '2022-03', interval: ['2022-03-01', '2022-03-31'], texts: ['Prices rose in [March].'] },
    {
      value: '2021-06',
      texts: ['The strike began in [June last year].', 'The strike began in [June 2021].'],
    },
    { value: '2022-01', texts: ['In [January this year], the police arrived.'] },
    { value: '2022-11', mod: 'MID', texts: ['The vote is due in [mid-November].'] },
    {
      value: '199',
      interval: ['1990-01-01', '1999-12-31'],
      texts: ['Growth was strong in [the 1990s].', 'in [the nineties]'],
    },
    { value: '197', mod: 'END', texts: ['The group held power in [the late 1970s].'] },
    { value: '20', texts: ['the wars of [the 21st century]'] },
    { value: '19', texts: ['the wars of [the twentieth century]'] },
    // ---- quarters, halves, seasons
    {
      value: '2023-H1',
      interval: ['2023-01-01', '2023-06-30'],
      texts: ['Sales in [the first half of 2023] will rise.'],
    },
    {
      value: '1989-H2',
      texts: ['Earnings will be lower for [the last half of 1989].', 'in [the latter half of 1989]'],
    },
    {
      value: '1998-Q3',
      texts: ['Profit rose in [fiscal 1998’s third quarter].', 'in [the third quarter of 1998]'],
    },
    {
      value: '2022-Q2',
      texts: ['Profit will rise in [the second quarter].', 'in [this year’s second quarter]'],
    },
    {
      value: '2022-Q1',
      texts: ['Net income rose 5% in [the latest quarter].', 'Earnings fell in [the quarter].'],
    },
    {
      value: '2021-Q1',
      texts: [
        'It compares with [the year-ago quarter].',
        'In [the comparable year-ago quarter], it earned $3 million.',
        'It earned $1.8 million for [the corresponding period last year].',
        'For [the quarter a year ago], it reported a loss.',
        'Sales for [last year’s quarter] were about $3 million.',
      ],
    },
    // The adjective alone in results stories: the same comparison quarter, the article left out.
    {
      value: '2021-Q1',
      texts: [
        'The loss compares with [year-earlier] profit of $3.8 million.',
        'It had a net loss, compared with a [year-earlier] loss of $26,956.',
        'The [year-ago] results have been restated.',
      ],
    },
    {
      value: '2021-Q1',
      texts: ['Net income rose 8% in the latest quarter from $3 million [a year earlier].'],
    },
    { value: '2022-Q2', mod: 'END', texts: ['The deal should close by [the end of the quarter].'] },
    { value: '2022-Q3', texts: ['Its [third-quarter] profit will be reported later.'] },
    // Year-less quarters and halves: past → the latest on or before the DCT; future → the next one, except the
    // quarter just ended (results come after it closes); no cue → the closest.
    {
      value: '2021-Q4',
      texts: ['Profit fell in [the fourth quarter].', 'Sales in [the fourth quarter] rose 5%.'],
    },
    { value: '2022-Q4', texts: ['Sales will rise in [the fourth quarter].'] },
    { value: '2022-Q1', texts: ['The company will report [first-quarter] results on Tuesday.'] },
    { value: '2021-H2', texts: ['Sales fell in [the second half].'] },
    { value: '2022-H2', texts: ['Sales will recover in [the second half].'] },
    { value: '2021-Q3', texts: ['Profit rose in [last year’s third quarter].'] },
    { value: '2023-Q1', texts: ['The plant will open in [next year’s first quarter].'] },
    { value: '2021-FA', texts: ['The talks collapsed [last fall].'] },
    { value: '2023-SP', texts: ['The plant will open in [the spring of next year].'] },
    { value: '2021-SU', texts: ['The talks collapsed in [the summer of last year].'] },
    { value: '2022-SU', texts: ['The talks will resume [this summer].'] },
    { value: '1998-WI', texts: ['It snowed a lot in [the winter of 1998].'] },
    // ---- weekdays, parts of day, clock times
    { value: '2022-04-20', texts: ['The ministry announced on [Wednesday] that it would act.'] },
    {
      value: '2022-04-25',
      texts: ['The president will speak on [Monday].', 'He is scheduled to speak [Monday].'],
    },
    {
      value: '2022-04-26',
      texts: ['Guterres visits Moscow on [Tuesday]', 'He will fly to Paris [next Tuesday].'],
    },
    { value: '2022-04-15', texts: ['He resigned [last Friday].'] },
    { value: '2022-04-16', mod: 'END', texts: ['The talks broke down [late on Saturday].'] },
    { value: '2022-04-16TNI', type: 'DATE', texts: ['Shots were fired [Saturday night].'] },
    { value: '2022-04-22TMO', type: 'TIME', texts: ['The minister resigned [this morning].'] },
    { value: '2022-04-21TNI', type: 'TIME', texts: ['Fighting continued [last night].'] },
    { value: '2022-04-22T18:00', type: 'TIME', texts: ['The polls close at [6 p.m.]'] },
    { value: '2022-04-22T10:30', type: 'TIME', texts: ['The market opened at [10:30 a.m. EST].'] },
    { value: '2022-04-20T22:00', type: 'TIME', texts: ['Police arrived at [10 p.m. Wednesday].'] },
    {
      value: '2022-04-22T12:00',
      type: 'TIME',
      texts: ['He spoke at [noon].', 'The talks resumed at [midday].'],
    },
    { value: '2022-04-21TAF', type: 'TIME', texts: ['The talks resumed [mid-afternoon yesterday].'] },
    // ---- relative to the publication date
    { value: '2022-04-21', texts: ['The bill passed [yesterday].'] },
    { value: '2022-04-23', texts: ['The vote is [tomorrow].'] },
    { value: '2022-03', texts: ['Prices fell [last month].'] },
    { value: '2022-04', texts: ['Prices fell [earlier this month].'] },
    { value: '2017', texts: ['He left office [five years ago].', 'He left office [nearly five years ago].'] },
    { value: '2023', texts: ['Elections are due [next year].'] },
    { value: '2022', texts: ['The economy grew [this year].', 'The economy grew [earlier this year].'] },
    // Results stories: "the full year" and "the current fiscal year" are the year being reported on.
    {
      value: '2022',
      texts: [
        'He forecast an earnings increase for [the full year].',
        'It expects sales in [the current fiscal year] to rise.',
      ],
    },
    {
      value: '2021',
      texts: [
        'It had $8 billion in sales in [the latest fiscal year].',
        'Profit rose in [last fiscal year].',
      ],
    },
    {
      value: '2021',
      texts: ['Sales fell [last year].', 'Sales fell [a year ago].', 'Then, [a year or so ago], he left.'],
    },
    { value: '2023', texts: ['The plants will close over [the next year or so].'] },
    { value: '2022-W15', texts: ['The strike began [last week].'] },
    { value: '2022-W16', texts: ['The strike began [this week].'] },
    { value: '2022-W16-WE', texts: ['Protests are planned for [the weekend].'] },
    // A past clause written on a weekday: the weekend just gone.
    {
      value: '2022-W15-WE',
      texts: ['Protesters gathered over [the weekend].', 'The team won [this weekend].'],
    },
    { value: '2022-04-12', texts: ['He was arrested [10 days ago].'] },
    { value: '2022-05-03', texts: ['He will land on May 2 and meet the king [the next day].'] },
    { value: '2022-05-03TMO', texts: ['He will land on May 2 and leave [the next morning].'] },
    { value: '2022-02-23', texts: ['The invasion began on Feb. 24. He had warned of it [the day before].'] },
    // Counted from the year the text narrates, not from the publication date.
    { value: '1988', texts: ['He moved to Paris in 1988. [Later that year], he married.'] },
    {
      value: 'PAST_REF',
      texts: [
        'The company [recently] cut jobs.',
        'Prices rose in [recent years].',
        'a lesson from [the past]',
      ],
    },
    {
      value: 'PRESENT_REF',
      texts: ['He is [now] in Paris.', 'He [currently] lives in Rome.', 'at [current] prices'],
    },
    { value: 'FUTURE_REF', texts: ['Nobody knows what [the future] holds.', 'in the [coming months]'] },
    {
      value: 'FUTURE_REF',
      texts: [
        'It does not bode well for [coming quarters].',
        'Losses will cut tax payments in [future quarters].',
        'We do not minimize the challenges of [the near term].',
        'It may placate holders in [the short term].',
        'The debt will be refinanced at [a later date].',
      ],
    },
    { value: 'PAST_REF', texts: ['Insurance has been a tough business in [recent quarters].'] },
    // ---- durations
    { value: 'P3W', type: 'DURATION', interval: null, texts: ['The strike lasted [three weeks].'] },
    {
      value: 'P8D',
      type: 'DURATION',
      texts: ['[Eight trading days] after the crash, stocks rose.', 'It pays within [8 business days].'],
    },
    { value: 'P1Y', type: 'DURATION', texts: ['The loan may be extended for [an additional year].'] },
    {
      value: 'PXW',
      type: 'DURATION',
      texts: ['Funds will sell bonds in [the weeks ahead].', 'in [the weeks to come]'],
    },
    { value: 'PXM', type: 'DURATION', texts: ['The talks dragged on for [several months].'] },
    { value: 'P10Y', type: 'DURATION', texts: ['He ruled for [a decade].', 'a [10-year] plan'] },
    { value: 'P3Y', type: 'DURATION', texts: ['Prices doubled over [the past three years].'] },
    { value: 'P9M', type: 'DURATION', texts: ['Net income rose in [the first nine months].'] },
    { value: 'P21D', type: 'DURATION', texts: ['It lasted [twenty-one days].'] },
    {
      value: 'P2Y',
      type: 'DURATION',
      texts: ['It will take [a couple of years].', 'talks stalled for [nearly two years]'],
    },
    { value: 'P2W', type: 'DURATION', texts: ['the [two-week] crisis'] },
    { value: 'P100Y', type: 'DURATION', texts: ['as it has for [almost a hundred years]'] },
    { value: 'PT4H', type: 'DURATION', texts: ['The meeting lasted [more than four hours].'] },
    {
      value: 'P60D',
      type: 'DURATION',
      mod: 'EQUAL_OR_LESS',
      texts: ['Inspectors may stay for [no more than sixty days].', 'It lasts [not more than 60 days].'],
    },
    {
      value: 'P2Y',
      type: 'DURATION',
      mod: 'EQUAL_OR_MORE',
      texts: ['He will serve [no less than two years].'],
    },
    { value: 'P3D', type: 'DURATION', texts: ['[Three days] later, he resigned.'] },
    { value: 'PXY', type: 'DURATION', texts: ['The feud has lasted for [years].', 'a [decades-long] feud'] },
    { value: 'P1D', type: 'DURATION', texts: ['a [day-long] strike'] },
    // ---- sets
    {
      value: 'P1Y',
      type: 'SET',
      texts: ['The festival is held [every year].', 'Prices are reviewed [annually].'],
    },
    {
      value: 'XXXX-WXX-2',
      type: 'SET',
      texts: ['The club meets [each Tuesday].', 'The club meets on [Tuesdays].'],
    },
    { value: 'P1W', type: 'SET', texts: ['The paper appears [weekly].'] },
    { value: 'P1D', type: 'SET', texts: ['The paper appears [daily].'] },
    {
      value: 'XXXX-07',
      type: 'SET',
      texts: ['The marchers parade [each July].', 'Prices rise [every July].'],
    },
    {
      value: 'XXXX-WXX-2TNI',
      type: 'SET',
      texts: ['Two flights leave on Monday and [Tuesday nights].', 'The show airs [Tuesday nights].'],
    },
    { value: 'P1Y', type: 'SET', texts: ['They sell 50,000 copies [a year].', 'It meets [twice a year].'] },
  ],
  negatives: [
    'The deal is worth $3 million.',
    'A Boeing 737 landed safely.',
    'Unemployment reached 15 %.',
    'Call 555-123-4567 for details.',
    'The road is 300 miles long.',
    'Some 2000 troops were deployed.',
    'He scored 1,998 points.',
    'The fund paid $1998 in fees.',
    'They march on the capital.',
    'May I ask a question?',
    'The fall of the Berlin Wall changed Europe.',
    'He walked with a spring in his step.',
    'The current account deficit widened.',
    'He is 52 years old.',
    'a 45-year-old man',
    'He won 24/7 support.',
    'The score was 3:2 at halftime.',
    'Call 555-1234 for tickets.',
    'He appeared on 60 Minutes.',
    'The young in today’s world read less.',
    'Baker said on ABC’s "This Week" that talks failed.',
    'Funds hold more than a quarter of the market.',
    'The talks took a full week.',
    'He spoke for the last half hour.',
    'The company will reduce short-term debt.',
  ],
};
