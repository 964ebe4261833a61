/**
 * Brief 5: how Cainiao should deliver the last mile in a new country, keeping AliExpress Choice’s
 * five-day guarantee at the lowest cost. Four ways: pay local carriers per parcel, buy a local carrier,
 * build pickup points, or run automated delivery vehicles.
 *
 * The economics are those of any fixed-versus-variable cost choice, with one scale economy more. Partnering
 * has no fixed cost and the highest cost per parcel; the owned options spend capital and a yearly fixed
 * cost to lower the cost of each parcel, and they win above some daily volume. An owned network also
 * gains from its own volume: it serves a fixed set of cities, so every extra parcel a day puts its stops
 * closer together, and the driving part of a route (not the depot handling, not the time at the door)
 * gets cheaper per parcel. A partner’s fee does not depend on Cainiao’s density: the carrier keeps those
 * gains. Every option pays for parcels that miss the five-day promise (compensation, and margin on orders
 * the disappointed customer no longer places), and reliability differs by option.
 *
 * Timing: capital is spent at the start of 2025 (not discounted); every running cost and every parcel
 * falls at mid-year, so year t is discounted by (1 + rate)^−(t + ½). Parcels grow at the long-run rate
 * from 2025 on. The network outlives the eight years shown: after 2032 each option keeps running, its
 * whole cost (and its parcels) growing at the long-run rate for ever, and each owned network renews its
 * capital at capital ÷ life a year. That continuing cost is its own output, the part of the verdict that
 * lies after the horizon. Prices are held at 2025 levels while the discount rate is nominal, which the
 * card states as a mismatch (it flatters partnering).
 *
 * What is capital and what is per parcel: vehicles and vans are paid through the cost per parcel they carry
 * (their depreciation, or a lease), so a fleet grows and is renewed with the parcels and is never bought
 * twice; the capital is what does not scale with parcels (depots, hubs, lockers, systems, goodwill).
 */
import type { ModelDef, PublicSource } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const CHOICE: PublicSource = {
	url: 'https://kr-asia.com/how-cainiao-slashed-global-delivery-times-to-five-days',
	title: 'How Cainiao slashed global delivery times to five days',
	date: '2024',
	quote: 'free shipping within five business days… former 14-day minimum delivery window.'
};

const SPAIN: PublicSource = {
	url: 'https://equalocean.com/analysis/2023071319893',
	title: 'EqualOcean: Cainiao’s delivery network in Spain',
	date: '2023-07',
	after: 'outcome',
	quote: 'The network currently covers over 30 cities in Spain'
};

const PARCELS: PublicSource = {
	url: 'https://longportapp.com/news/98709209',
	title: 'Cainiao cross-border parcel volume, fiscal year 2023',
	date: 'FY2023',
	quote: 'In the 2023 fiscal year, the total number of cross-border parcels exceeded 1.5 billion'
};

const LOCKERS: PublicSource = {
	url: 'https://www.scmp.com/tech/big-tech/article/3209292/alibabas-cainiao-logistics-firm-teams-germanys-dhl-parcel-lockers-poland-tap-local-e-commerce-growth',
	title:
		'Alibaba’s Cainiao logistics firm teams up with Germany’s DHL on parcel lockers in Poland to tap local e-commerce growth',
	date: '2023-02-06',
	after: 'outcome',
	quote:
		'Cainiao and DHL plan to invest US$65 million on building parcel lockers in one of Europe’s fastest growing e-commerce markets'
};

const LOCKER_SHARE: PublicSource = {
	url: 'https://cross-border-magazine.com/alibaba-cainiao-joins-dhl-in-poland/',
	title: 'Alibaba Cainiao joins DHL in Poland',
	date: '2023-02',
	after: 'outcome',
	quote: 'up to 40% of consumers prefer to have shipments delivered to parcel lockers.'
};

const LATE_PAY: PublicSource = {
	url: 'https://technode.com/2023/07/21/alibabas-logistic-arm-cainiao-launches-next-day-delivery-service-in-hong-kong/',
	title: 'Alibaba’s logistic arm Cainiao launches next-day delivery service in Hong Kong',
	date: '2023-07-21',
	quote: 'Cainiao will initially compensate up to 60 yuan ($8.4) for each order.'
};

/**
 * The daily volume at which the route costs are stated: an owned network in a country of density 1 that
 * carries this many parcels a day sees route density 1.
 */
const STATED_AT = 50000;

/**
 * An automated delivery vehicle as the vehicles' cost per parcel prices it: what it costs, the parcels it
 * carries a day and the years it lasts. Every vehicle is paid through that cost per parcel, in proportion
 * to the parcels it carries, and none through the capital: the fleet grows and is renewed with the volume.
 */
export const VEHICLE = { price: 15000, parcelsPerDay: 50, years: 4 };
/** Automation's capital at revision 2, which held a first fleet on top of hubs, charging, software and permits. */
const AUTO_CAPITAL_R2 = 150;
/**
 * That first fleet, taken out of the capital at revision 3 because the cost per parcel already pays for
 * it: vehicles for every parcel of a country at the stated 50,000 a day, USD m (the most it could hold).
 */
export const FIRST_FLEET = ((STATED_AT / VEHICLE.parcelsPerDay) * VEHICLE.price) / 1e6;

export const lastMile: ModelDef = {
	id: 'last-mile',
	revision: 3,
	history: [
		{
			revision: 2,
			note: 'running costs and parcels now fall at mid-year, capital at the start of 2025; route density rises with the volume the own network carries; the density effect reaches only the driving part of a route; each option keeps running after 2032, its continuing cost (with owned capital renewed) counted as a part of the verdict',
			reworked: true
		},
		{
			revision: 2,
			note: 'parcels now grow at a stated long-run rate, which also carries the cost after 2032; 0 keeps volume flat over the eight years as before',
			added: { id: 'growth', before: 0 }
		},
		{
			revision: 2,
			note: 'an owned network’s capital is renewed after 2032 at capital ÷ life a year',
			added: { id: 'capitalLife', before: 10 }
		},
		{
			revision: 2,
			note: 'the own fleet’s cost per parcel is split into driving, which density lowers, and depot handling, which it does not',
			dropped: { id: 'ownVariable', label: 'Own fleet: cost per parcel' }
		},
		{
			revision: 2,
			note: 'the driving part of an own fleet’s cost per parcel',
			added: { id: 'ownRoute', before: 1.4 }
		},
		{
			revision: 2,
			note: 'the depot-handling part of an own network’s cost per parcel, which density does not lower',
			added: { id: 'ownHandling', before: 0.4 }
		},
		{
			revision: 2,
			note: 'automation’s cost per parcel is split into the vehicles’ running cost, which density lowers, and the same depot handling as an own fleet',
			dropped: { id: 'autoVariable', label: 'Automation: cost per parcel' }
		},
		{
			revision: 2,
			note: 'the vehicles’ part of automation’s cost per parcel',
			added: { id: 'autoRoute', before: 0.3 }
		},
		{
			revision: 2,
			note: 'now from the Cainiao and DHL investment in Polish parcel lockers (US$65 million)',
			defaultChanged: { id: 'pickupCapital', before: 40 }
		},
		{
			revision: 2,
			note: 'now from Cainiao’s published compensation, up to 60 yuan ($8.4) an order, taken at half the cap',
			defaultChanged: { id: 'refund', before: 1 }
		},
		{
			revision: 3,
			note: 'automation’s capital no longer holds a first fleet of vehicles: every vehicle is paid through the vehicles’ cost per parcel, which already counted it, so the first vehicles were paid twice',
			defaultChanged: { id: 'autoCapital', before: AUTO_CAPITAL_R2 }
		},
		{
			revision: 3,
			note: 'the share of customers who use pickup points: the source’s “up to 40%” (in Poland) is now the top of its interval, not its centre',
			defaultChanged: { id: 'pickupShare', before: 0.4 }
		}
	],
	title: 'Last mile abroad: partner, buy, build pickup points, or automate?',
	question:
		'How should Cainiao deliver the last mile in a new country to keep a five-day delivery guarantee at the lowest cost?',
	summary:
		'Cost per parcel = fixed cost ÷ daily volume + variable cost, where an owned network’s driving cost falls as its own volume packs its routes denser; every option also pays for parcels that miss the five-day guarantee. The cheapest option wins, counting 2025–2032 and the network’s continuing cost after 2032.',
	periods: { count: 8, unit: 'year', start: 2025 },
	flags: { buy: 0, pickup: 0, automate: 0 },
	options: [
		{
			id: 'partner',
			label: 'Partner with local carriers',
			description:
				'Local carriers deliver every parcel for a fee: no capital and no fixed cost, but less control over the service.',
			set: { buy: 0, pickup: 0, automate: 0 }
		},
		{
			id: 'buy',
			label: 'Buy a local carrier',
			description:
				'Buy a local delivery company: capital up front, own drivers and vans at a lower cost per parcel, and control of the service.',
			set: { buy: 1, pickup: 0, automate: 0 }
		},
		{
			id: 'pickup',
			label: 'Build pickup points',
			description:
				'Build a network of pickup and drop-off points: parcels for customers who choose them travel in batches; partners deliver the rest to the door.',
			set: { buy: 0, pickup: 1, automate: 0 }
		},
		{
			id: 'automate',
			label: 'Automated delivery vehicles',
			description:
				'Delivery robots and vans without drivers: heavy capital and the lowest running cost, but unproven at scale, so they take over gradually and partners deliver the rest until then.',
			set: { buy: 0, pickup: 0, automate: 1 }
		}
	],
	params: [
		{
			id: 'volume',
			label: 'Daily parcels in the new country, 2025',
			unit: 'parcels/day',
			default: 50000,
			min: 1000,
			max: 500000,
			step: 1000,
			description:
				'Parcels a day Cainiao delivers in the new country in 2025; they grow at the long-run rate after that.',
			uncertain: { dist: 'lognormal', low: 15000, high: 150000 },
			sources: [
				{
					...PARCELS,
					role: 'context',
					note: '1.5 bn a year is about 4.1 m parcels a day across all destinations; 50,000 a day is about 1.2 % of that.'
				},
				{
					assumption:
						'50,000 a day: a large European market taking one or two percent of Cainiao’s cross-border parcels; a small country might take a tenth of that, which is why the range starts at 1,000.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Long-run growth of parcels, a year',
			unit: '%',
			default: 0.03,
			min: 0,
			max: 0.05,
			step: 0.0025,
			description:
				'Yearly growth of the country’s parcels from 2025 on and for ever after 2032; after 2032 each option’s whole cost grows with them. It must stay below the discount rate (the range keeps it there).',
			uncertain: { dist: 'triangular', low: 0.01, high: 0.05 },
			sources: [
				{
					assumption:
						'3 % a year: a rate that can hold for ever, about a European economy’s nominal growth (1–1.5 % real plus 2 % inflation). It grows the parcels only: prices stay at 2025 levels while the discount rate is nominal, a mismatch the model card states (2 % a year of price inflation on top would raise buying’s lead over partnering from about USD 246 m to 368 m). A new country grows faster at first; the top of the range (5 %) stands for that, and a rate above the discount rate would make the cost after 2032 infinite.'
				}
			]
		},
		{
			id: 'density',
			label: 'Order density of the country',
			unit: '× typical',
			default: 1,
			min: 0.25,
			max: 4,
			step: 0.05,
			description:
				'How concentrated the country’s customers are, relative to the one in which the route costs below are stated (1). The density a route actually sees is this × the parcels the own network carries a day ÷ 50,000, so it also rises with volume.',
			uncertain: { dist: 'lognormal', low: 0.6, high: 1.7 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'This strategy allows for greater order density within specific geographies, enabling Cainiao to leverage machine learning for smarter routing and batching, leading to cost savings.'
				},
				{
					assumption:
						'1 by definition: the route costs below are stated for this country at 50,000 parcels a day. The interval reflects how much denser a capital’s core is than a country’s average.'
				}
			]
		},
		{
			id: 'densityEffect',
			label: 'How strongly route density lowers the driving cost',
			unit: 'elasticity',
			default: 0.35,
			min: 0,
			max: 0.5,
			step: 0.01,
			description:
				'The driving part of an owned network’s cost per parcel scales as route density^−effect: 0.35 means doubling density cuts it by about 22 %; 0 switches the density effect off. Depot handling is not affected.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.45 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'While Cainiao has achieved significant scale advantages in its core warehouse and line networks, last-mile delivery remains a challenge due to its variable cost nature.'
				},
				{
					assumption:
						'0.35: distance driven between stops shrinks with the square root of stop density (elasticity 0.5 for driving alone); driving is roughly two thirds of a route’s day, the rest is handing over parcels at the door, which density does not shorten.'
				}
			]
		},
		{
			id: 'partnerFee',
			label: 'Partner’s fee per parcel',
			unit: 'USD/parcel',
			default: 3,
			min: 1.5,
			max: 6,
			step: 0.05,
			description: 'What a local carrier charges to deliver one parcel from Cainiao’s sorting centre.',
			uncertain: { dist: 'triangular', low: 2.3, high: 4.2 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: 'Partnering with local delivery companies is their standard strategy.'
				},
				{
					assumption:
						'USD 3: a European carrier’s price for a small e-commerce parcel from a large shipper, about EUR 2.5–4; no published contract price.'
				}
			]
		},
		{
			id: 'partnerOnTime',
			label: 'Partners: parcels delivered within five days',
			unit: '%',
			default: 0.9,
			min: 0.7,
			max: 0.99,
			step: 0.005,
			uncertain: { dist: 'triangular', low: 0.82, high: 0.95 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					after: 'outcome',
					quote:
						'Partnering with local delivery companies is their standard strategy. But this is problematic. They recently bought a delivery company in Spain to have more control.'
				},
				{
					assumption:
						'90 %: partners serve many shippers and do not give Cainiao’s parcels priority; the last mile is one step of a five-day chain that starts in China.'
				}
			]
		},
		{
			id: 'ownRoute',
			label: 'Own fleet: driving cost per parcel',
			unit: 'USD/parcel',
			default: 1.4,
			min: 0.6,
			max: 3,
			step: 0.05,
			description:
				'Drivers, vans and fuel per parcel delivered to the door, at route density 1; route density lowers it.',
			uncertain: { dist: 'triangular', low: 1, high: 2 },
			sources: [
				{
					assumption:
						'USD 1.4: a driver and van cost about USD 190 a working day in southern Europe and deliver 120–150 parcels; no public figure.'
				}
			]
		},
		{
			id: 'ownHandling',
			label: 'Own network: depot handling per parcel',
			unit: 'USD/parcel',
			default: 0.4,
			min: 0.1,
			max: 1,
			step: 0.05,
			description:
				'Sorting and loading in the local depot, per parcel, for every owned option; density does not change it.',
			uncertain: { dist: 'triangular', low: 0.25, high: 0.6 },
			sources: [
				{
					assumption:
						'USD 0.4: a few minutes of depot labour and space per parcel at southern European wages; no public figure.'
				}
			]
		},
		{
			id: 'buyCapital',
			label: 'Buy: price of the carrier',
			unit: 'USD m',
			default: 60,
			min: 10,
			max: 300,
			step: 1,
			description:
				'Paid at the start: the company, its depots and systems. Its vans are taken as leased (or its subcontracted drivers’ own) and are paid in the driving cost per parcel, so they are not bought twice.',
			uncertain: { dist: 'triangular', low: 30, high: 130 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					after: 'outcome',
					quote: 'They recently bought a delivery company in Spain to have more control.'
				},
				{
					...SPAIN,
					role: 'context',
					note: 'Cainiao’s own network in Spain; the size of network the price buys. No price for the Spanish acquisition was found.'
				},
				{
					assumption:
						'USD 60 m: a regional carrier with depots in a few dozen cities; no public price for the Spanish purchase was found.'
				}
			]
		},
		{
			id: 'buyFixed',
			label: 'Buy: fixed cost a year',
			unit: 'USD m/yr',
			default: 8,
			min: 2,
			max: 30,
			step: 0.5,
			description: 'Depot rents, management, IT and maintenance, whatever the volume.',
			uncertain: { dist: 'triangular', low: 4, high: 15 },
			sources: [
				{
					assumption:
						'USD 8 m a year: about 30 depots at USD 0.2 m a year plus management and IT; no public figure.'
				}
			]
		},
		{
			id: 'buyOnTime',
			label: 'Buy: parcels delivered within five days',
			unit: '%',
			default: 0.96,
			min: 0.85,
			max: 0.995,
			step: 0.005,
			uncertain: { dist: 'triangular', low: 0.92, high: 0.985 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: 'And it can impact their delivery guarantees (which is the key to AliExpress Choice).'
				},
				{
					assumption:
						'96 %: with its own carrier Cainiao can give the guarantee’s parcels priority and see every delay; the first four days of the chain are the same as with partners.'
				}
			]
		},
		{
			id: 'pickupCapital',
			label: 'Pickup points: network cost',
			unit: 'USD m',
			default: 65,
			min: 5,
			max: 200,
			step: 1,
			description: 'Lockers and shop counters for a country, with their systems, built at the start.',
			uncertain: { dist: 'triangular', low: 30, high: 110 },
			sources: [
				{
					...LOCKERS,
					role: 'value',
					derive: {
						figure: 'US$65 million',
						formula: 'x',
						says: 'the first-phase investment Cainiao and DHL announced for a locker network across Poland, the whole network’s cost, taken as the cost of one country’s network built alone'
					},
					note: 'Shared with DHL and spent on top of 1,200 lockers the two already ran; a country smaller or less locker-minded than Poland needs less, which is why the interval reaches down to USD 30 m.'
				},
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'Cainiao Post Stations (in China): They have these everywhere in China and they offer convenient pickup and drop-off points for customers.'
				}
			]
		},
		{
			id: 'pickupFixed',
			label: 'Pickup points: fixed cost a year',
			unit: 'USD m/yr',
			default: 6,
			min: 1,
			max: 30,
			step: 0.5,
			description: 'Rent, power, maintenance and the depot that feeds the points.',
			uncertain: { dist: 'triangular', low: 3, high: 12 },
			sources: [
				{
					assumption:
						'USD 6 m a year: about USD 1,200 a year for each of some 5,000 lockers and counters (site rent, power, maintenance); no public figure.'
				}
			]
		},
		{
			id: 'pickupShare',
			label: 'Pickup points: share of customers who use them',
			unit: '%',
			default: 0.25,
			min: 0.05,
			max: 0.9,
			step: 0.01,
			description: 'The rest still want their parcel at the door, and partners deliver it.',
			uncertain: { dist: 'triangular', low: 0.1, high: 0.4 },
			sources: [
				{
					...LOCKER_SHARE,
					role: 'context',
					note: '“Up to”: an upper bound, not an average, and in Poland, Europe’s most locker-minded market. It is the top of the interval, not its centre.'
				},
				{
					assumption:
						'25 %: no figure for the share in a typical new country. Below the 40 % that is the most a source reports (in Poland, where lockers are a habit), about midway to the tenth of customers a country where lockers are still rare might send to them. Interval 10–40 %.'
				}
			]
		},
		{
			id: 'batching',
			label: 'Pickup points: density gain from batching',
			unit: '×',
			default: 4,
			min: 1,
			max: 20,
			step: 0.5,
			description:
				'Parcels for one point travel together, so the van serving the points sees this many times the route density of door-to-door routes carrying the same parcels.',
			uncertain: { dist: 'triangular', low: 2, high: 8 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'This strategy allows for greater order density within specific geographies, enabling Cainiao to leverage machine learning for smarter routing and batching, leading to cost savings.'
				},
				{
					assumption:
						'4×: a point collects the parcels of several streets in one stop; the van still drives between points, so the gain is far below the number of parcels per stop.'
				}
			]
		},
		{
			id: 'pointFee',
			label: 'Pickup points: host’s fee per parcel',
			unit: 'USD/parcel',
			default: 0.4,
			min: 0,
			max: 1.5,
			step: 0.05,
			description: 'What the shop hosting a counter, or the locker operator, is paid for each parcel.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.7 },
			sources: [
				{
					assumption:
						'USD 0.4: shops hosting a pickup counter are paid a few tens of cents per parcel; no public figure for Cainiao.'
				}
			]
		},
		{
			id: 'pickupOnTime',
			label: 'Pickup points: parcels delivered within five days',
			unit: '%',
			default: 0.97,
			min: 0.85,
			max: 0.995,
			step: 0.005,
			uncertain: { dist: 'triangular', low: 0.93, high: 0.99 },
			sources: [
				{
					assumption:
						'97 %: no failed doorstep attempts; a parcel counts as delivered when it reaches the point.'
				}
			]
		},
		{
			id: 'autoCapital',
			label: 'Automation: capital',
			unit: 'USD m',
			default: AUTO_CAPITAL_R2 - FIRST_FLEET,
			min: 30,
			max: 600,
			step: 5,
			description:
				'Hubs, charging, software and permits, spent at the start. No vehicles: they are paid through the vehicles’ cost per parcel, in proportion to the parcels they carry.',
			uncertain: { dist: 'triangular', low: 65, high: 285 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'Automated Delivery Vehicles: Investing in the development and deployment of automated delivery vehicles, such as delivery robots and drones, to reduce reliance on manual labor and increase efficiency in last-mile delivery.'
				},
				{
					assumption:
						'USD 135 m: hubs, charging and software for a country, and the permits; no public figure. Until revision 3 the USD 150 m held a first fleet too, which the vehicles’ cost per parcel also paid for; the fleet is taken out at the most it could be, vehicles for every parcel of 50,000 a day (1,000 at USD 15,000, USD 15 m). Interval 65–285.'
				}
			]
		},
		{
			id: 'autoFixed',
			label: 'Automation: fixed cost a year',
			unit: 'USD m/yr',
			default: 15,
			min: 3,
			max: 50,
			step: 0.5,
			description: 'Remote operators, maintenance depots, insurance and permits.',
			uncertain: { dist: 'triangular', low: 8, high: 25 },
			sources: [
				{ assumption: 'USD 15 m a year: about twice an owned carrier’s overheads; no public figure.' }
			]
		},
		{
			id: 'autoRoute',
			label: 'Automation: vehicles’ cost per parcel',
			unit: 'USD/parcel',
			default: 0.3,
			min: 0.05,
			max: 2,
			step: 0.05,
			description:
				'Energy, wear and the vehicles’ depreciation per parcel, at route density 1, once the vehicles carry it: the vehicles’ whole cost, the first ones included, so the fleet grows and is renewed with the parcels. Depot handling comes on top.',
			uncertain: { dist: 'triangular', low: 0.15, high: 1 },
			sources: [
				{
					assumption:
						'USD 0.3: no driver; a USD 15,000 vehicle over four years carrying 50 parcels on every day of the year is about USD 0.2 a parcel (0.3 if it worked only a driver’s 250 days, which would put the default near 0.4), plus about 0.1 of energy and wear. Straight-line depreciation: a return on the vehicle at the discount rate would add about USD 0.05, inside the interval. Vendors’ claims, not a measured figure.'
				}
			]
		},
		{
			id: 'autoRamp',
			label: 'Automation: years until vehicles carry every parcel',
			unit: 'years',
			default: 4,
			min: 1,
			max: 8,
			step: 0.5,
			description:
				'The share the vehicles carry grows linearly, (year + 1) ÷ ramp, to all parcels; partners deliver the rest meanwhile.',
			uncertain: { dist: 'triangular', low: 2, high: 7 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: 'Interesting but I’ve yet to see these deployed anywhere at scale.'
				},
				{
					assumption:
						'Four years: permits, streets and weather have to be learned city by city; nobody has done it at a country’s scale.'
				}
			]
		},
		{
			id: 'autoOnTime',
			label: 'Automation: parcels delivered within five days',
			unit: '%',
			default: 0.9,
			min: 0.6,
			max: 0.99,
			step: 0.005,
			description: 'For the parcels the vehicles carry; the risk of an unproven technology.',
			uncertain: { dist: 'triangular', low: 0.75, high: 0.96 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: 'Interesting but I’ve yet to see these deployed anywhere at scale.'
				},
				{
					assumption:
						'90 %, with a wide interval: vehicles fail on stairs, in rain and at blocked doors, and no one has measured them at scale.'
				}
			]
		},
		{
			id: 'capitalLife',
			label: 'Life of an owned network’s capital',
			unit: 'years',
			default: 10,
			min: 8,
			max: 30,
			step: 1,
			description:
				'After 2032 an owned network renews its capital (depots, hubs, lockers, systems) at capital ÷ life a year, growing with its parcels from then on; vans and vehicles are renewed through their cost per parcel, in proportion to the parcels they carry. The eight years shown need no renewal.',
			uncertain: { dist: 'triangular', low: 8, high: 20 },
			sources: [
				{
					assumption:
						'10 years: lockers, depots’ fittings, systems and vehicles’ hubs last about that long; a bought carrier’s goodwill does not wear out, so for buying this errs towards renewing too much, and the interval reaches 20 years.'
				}
			]
		},
		{
			id: 'refund',
			label: 'Compensation for a late parcel',
			unit: 'USD/parcel',
			default: 4.2,
			min: 0,
			max: 10,
			step: 0.05,
			description: 'Coupon, refund of shipping or credit given when the five-day promise is missed.',
			uncertain: { dist: 'triangular', low: 1, high: 8.4 },
			sources: [
				{
					...LATE_PAY,
					role: 'value',
					derive: {
						figure: '$8.4',
						formula: 'x / 2',
						says: 'half the most Cainiao has promised a late order (60 yuan, USD 8.4, on its Hong Kong next-day service)'
					},
					note: 'A cap on a premium service: an order’s compensation scales with its value and delay up to it, so the default takes half and the interval runs from USD 1 to the cap.'
				},
				{
					...CHOICE,
					role: 'context'
				},
				{
					assumption:
						'Half the cap: no published average; AliExpress Choice orders are cheap, so a late one is unlikely to draw the full 60 yuan.'
				}
			]
		},
		{
			id: 'churnCost',
			label: 'Margin lost on future orders per late parcel',
			unit: 'USD/parcel',
			default: 2,
			min: 0,
			max: 10,
			step: 0.1,
			description:
				'A customer whose parcel is late orders less: the platform margin on those lost orders, per late parcel.',
			uncertain: { dist: 'triangular', low: 0.5, high: 5 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: 'And it can impact their delivery guarantees (which is the key to AliExpress Choice).'
				},
				{
					assumption:
						'USD 2: for example, half an order lost per late parcel at USD 4 of margin an order; no public figure.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.1,
			min: 0.06,
			max: 0.16,
			step: 0.0025,
			description:
				'Cainiao’s cost of capital for a new business in a new country. A lower rate favours the options that spend capital now to save later, and raises the weight of the years after 2032.',
			uncertain: { dist: 'normal', low: 0.085, high: 0.115 },
			sources: [
				{
					...groupWacc,
					role: 'context',
					note: 'The group’s cost of capital, the starting point of the rate; the source gives no premium for a new business.'
				},
				{
					assumption:
						'10 %, an assumption: the group’s 7.9 % plus about two points, a premium no source sizes, because a new country’s volumes and partners are unproven. No chip-policy premium: it is not a delivery risk. The risk of missed guarantees is priced in the cash flows, not here.'
				}
			]
		}
	],
	series: {
		daily: {
			label: 'Parcels a day',
			unit: 'parcels/day',
			formula: 'volume * (1 + growth)^t'
		},
		parcels: { label: 'Parcels delivered', unit: 'm parcels', formula: 'daily * 365 / 1e6' },
		ownShare: {
			label: 'Share of parcels on Cainiao’s own network',
			unit: '%',
			// Automation's share ramps up over the years; the other options' shares stay as they start, which
			// the conditional lets the engine see (a share that does not change is computed once a future).
			formula: 'automate ? min(1, (t + 1) / autoRamp) : buy + pickup * pickupShare'
		},
		routeDensity: {
			label: 'Route density the own network sees',
			unit: '× typical',
			formula: `density * ownShare * daily / ${STATED_AT} * (1 + pickup * (batching - 1))`
		},
		densityFactor: {
			label: 'Route density ^ −effect: driving cost against a typical route',
			unit: '× typical',
			// routeDensity^(-densityEffect), its factors each raised on their own: the share (which changes
			// only while automation ramps up), the first year's density, and the growth since as a running
			// product. The same number to a few units in the last place, with about four powers a future
			// where a power a year took most of a key press's simulation (Math.pow costs about 60 ns here).
			formula: `ownShare > 0 ? ownShare^(-densityEffect) * (density * volume / ${STATED_AT} * (1 + pickup * (batching - 1)))^(-densityEffect) * ((1 + growth)^(-densityEffect))^t : 0`
		},
		ownCost: {
			label: 'Cost per parcel on the own network',
			unit: 'USD/parcel',
			formula:
				'ownShare > 0 ? (automate * autoRoute + (1 - automate) * ownRoute) * densityFactor + ownHandling + pickup * pointFee : 0'
		},
		ownOnTime: {
			label: 'Own network: parcels on time',
			unit: '%',
			formula: 'buy * buyOnTime + pickup * pickupOnTime + automate * autoOnTime'
		},
		onTime: {
			label: 'Parcels delivered within five days',
			unit: '%',
			formula: 'ownShare * ownOnTime + (1 - ownShare) * partnerOnTime'
		},
		capital: {
			label: 'Capital of the own network',
			unit: 'USD m',
			formula: 'buy * buyCapital + pickup * pickupCapital + automate * autoCapital'
		},
		capex: { label: 'Capital spent', unit: 'USD m', formula: 't == 0 ? capital : 0' },
		fixed: {
			label: 'Fixed cost',
			unit: 'USD m',
			formula: 'buy * buyFixed + pickup * pickupFixed + automate * autoFixed'
		},
		delivery: {
			label: 'Cost of delivering the parcels',
			unit: 'USD m',
			formula: 'parcels * (ownShare * ownCost + (1 - ownShare) * partnerFee)'
		},
		late: {
			label: 'Cost of missed guarantees',
			unit: 'USD m',
			formula: 'parcels * (1 - onTime) * (refund + churnCost)'
		},
		running: { label: 'Running cost', unit: 'USD m', formula: 'fixed + delivery + late' },
		cost: { label: 'Total cost', unit: 'USD m', formula: 'capex + running' },
		discount: {
			label: 'Discount factor, mid-year',
			unit: '×',
			formula: '(1 + rate)^(-(t + 0.5))'
		},
		pv: {
			label: 'Cumulative delivery cost, present value',
			unit: 'USD m',
			formula: 'prev(pv) + capex + running * discount'
		},
		parcelsPv: {
			label: 'Cumulative parcels, discounted',
			unit: 'm parcels',
			formula: 'prev(parcelsPv) + parcels * discount'
		},
		after: {
			label: 'Cost after 2032, present value',
			unit: 'USD m',
			formula:
				't == periods - 1 ? (running * (1 + growth) + capital / capitalLife) / (rate - growth) * discount : 0'
		},
		parcelsAfter: {
			label: 'Parcels after 2032, discounted',
			unit: 'm parcels',
			formula: 't == periods - 1 ? parcels * (1 + growth) / (rate - growth) * discount : 0'
		}
	},
	outputs: {
		totalCost: {
			label: 'Delivery cost, present value',
			unit: 'USD m',
			formula: 'last(pv) + last(after)',
			description:
				'Present value in 2025 of capital, fixed costs, delivery and missed guarantees, 2025–2032, plus the cost of running the same network after 2032. Lower is better.'
		},
		costPerParcel: {
			label: 'All-in cost per parcel',
			unit: 'USD',
			formula: '(last(pv) + last(after)) / (last(parcelsPv) + last(parcelsAfter))',
			description:
				'Total cost ÷ parcels, both discounted and both including the years after 2032: the levelised cost of a parcel.'
		},
		horizonCost: {
			label: 'Delivery cost 2025–2032',
			unit: 'USD m',
			formula: 'last(pv)',
			description: 'The part of the total cost that falls in the eight years shown.'
		},
		missCost: {
			label: 'Cost of one missed guarantee',
			unit: 'USD',
			formula: 'refund + churnCost',
			description: 'Compensation plus the margin on orders lost, per parcel delivered late.'
		},
		capitalCost: {
			label: 'Capital spent at the start',
			unit: 'USD m',
			formula: 'first(capex)',
			description: 'Spent at the start of 2025, so not discounted.'
		},
		fixedCost: {
			label: 'Fixed cost 2025–2032',
			unit: 'USD m',
			formula: 'npv(fixed, rate) / (1 + rate)^0.5',
			description: 'Discounted from mid-year, as it is paid through the year.'
		},
		deliveryCost: {
			label: 'Delivery 2025–2032',
			unit: 'USD m',
			formula: 'npv(delivery, rate) / (1 + rate)^0.5'
		},
		lateCost: {
			label: 'Missed guarantees 2025–2032',
			unit: 'USD m',
			formula: 'npv(late, rate) / (1 + rate)^0.5',
			description: 'Present value in 2025 of the cost of parcels that miss the five-day promise.'
		},
		afterCost: {
			label: 'Cost after 2032',
			unit: 'USD m',
			formula: 'last(after)',
			description:
				'Present value in 2025 of running the network from 2033 for ever: the 2032 running cost growing at the long-run rate, plus renewal of owned capital at capital ÷ life a year.'
		},
		latePerParcel: {
			label: 'Missed guarantees per parcel delivered, 2025–2032',
			unit: 'USD',
			formula: 'npv(late, rate) / (1 + rate)^0.5 / last(parcelsPv)'
		},
		onTimeFinal: { label: 'Parcels on time in 2032', unit: '%', formula: 'last(onTime)' },
		upfront: { label: 'Capital spent up front', unit: 'USD m', formula: 'first(capex)' }
	},
	decide: { by: 'totalCost', higherIsBetter: false, terminal: 'afterCost' },
	chart: { series: 'pv' },
	breakdown: { add: ['capitalCost', 'fixedCost', 'deliveryCost', 'lateCost', 'afterCost'] },
	profile: { param: 'volume', output: 'costPerParcel', scale: 'log' },
	teach: {
		context: [
			{
				text: 'Cainiao’s warehouses and line-haul routes have scale; the last mile does not, because its cost moves with every parcel.',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'While Cainiao has achieved significant scale advantages in its core warehouse and line networks, last-mile delivery remains a challenge due to its variable cost nature.'
					}
				]
			},
			{
				text: 'Cainiao’s usual answer abroad is to pay local carriers, but in Spain it bought a delivery company, and its own network there now reaches more than 30 cities.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						after: 'outcome',
						quote:
							'Partnering with local delivery companies is their standard strategy. But this is problematic. They recently bought a delivery company in Spain to have more control.'
					},
					{ ...SPAIN, role: 'context' }
				]
			},
			{
				text: 'What makes the last mile strategic is a promise: AliExpress Choice delivers within five business days, where it used to take two weeks or more. Every parcel the last mile delays costs compensation (Cainiao has promised up to 60 yuan a late order on one service) and some of the customer’s next orders.',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'AliExpress Choice, which guarantees five-day delivery to several countries, exemplifies this winning strategy.'
					},
					{ ...CHOICE, role: 'context' },
					{ ...LATE_PAY, role: 'context' }
				]
			},
			{
				text: 'In China, Cainiao’s Post Stations batch parcels into pickup points, which raises order density and cuts cost. Automated vehicles promise the lowest running cost but have not been proven at scale.',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'This strategy allows for greater order density within specific geographies, enabling Cainiao to leverage machine learning for smarter routing and batching, leading to cost savings.'
					},
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote: 'Interesting but I’ve yet to see these deployed anywhere at scale.'
					}
				]
			},
			{
				text: 'Abroad, Cainiao has built lockers with a partner: with DHL in Poland, where up to 40 % of consumers prefer a locker. Asked whether the Post Stations themselves would go abroad, the answer was no, for now.',
				after: 'outcome',
				sources: [
					{ ...LOCKERS, role: 'context' },
					{ ...LOCKER_SHARE, role: 'context' },
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'I asked if they were going to take these international and the answer appears to be no (for now).'
					}
				]
			},
			{
				text: 'Volume decides most of it, twice over: it spreads an owned network’s fixed costs, and it packs the network’s routes denser. Cainiao handled more than 1.5 billion cross-border parcels in a year, about 4 million a day, spread over many countries. A country’s share of that is the number to set first.',
				sources: [{ ...PARCELS, role: 'context' }]
			}
		],
		prompts: [
			{
				id: 'volume',
				text: 'At what daily volume does buying a carrier beat paying one per parcel? Which countries would you put above that line?',
				param: 'volume'
			},
			{
				id: 'density',
				text: 'Halve the order density, then double it: how far does the volume at which owning pays move, and why does density matter to an own fleet but not to a partner’s fee?',
				param: 'density'
			},
			{
				id: 'reliability',
				text: 'What does one missed guarantee cost, and how many points of reliability is control over the last mile worth?',
				param: 'partnerOnTime'
			},
			{
				id: 'automation',
				text: 'How reliable would automated vehicles have to be, as the share of parcels delivered within the guarantee, to beat an owned carrier at your volume?',
				param: 'autoOnTime'
			},
			{
				id: 'pickup',
				text: 'What share of customers would have to choose pickup points for them to beat buying a carrier? Why might that share be lower in Europe than in China?',
				param: 'pickupShare'
			}
		]
	},
	card: {
		includes: [
			'Each option’s cost: capital and a yearly fixed cost spread over the parcels, a cost per parcel, and the cost of parcels that miss the five-day guarantee (compensation plus the margin on orders the customer no longer places).',
			'Density that responds to volume: an owned network serves a fixed set of cities, so the parcels it carries pack its routes denser, and only the driving part of its cost (not depot handling, not the time at the door) falls, with an elasticity of about half the square-root law. Pickup points multiply the density their vans see; a partner’s fee ignores Cainiao’s density.',
			'Reliability by option; automated vehicles take over over years with partners carrying the rest, and pickup points serve only the customers who choose them.',
			'Vehicles and vans paid through the cost per parcel they carry (their depreciation, or a lease), so a fleet grows and is renewed with the parcels; the capital is what does not scale with them: depots, hubs, lockers, systems, a carrier’s goodwill.',
			'Timing: capital at the start of 2025, running costs and parcels at mid-year, parcels growing at a stated long-run rate.',
			'The years after 2032: every option keeps running for ever, its 2032 cost growing at the long-run rate, and every owned network renews its capital at capital ÷ life a year from 2033, a simplification: capital bought in 2025 with a ten-year life would first be renewed in 2035, so renewing from 2033 errs slightly against the owned options. The 2032 cost per parcel is held: routes stop getting denser at the horizon while parcels keep growing. Continuing the density effect would lower the cost after 2032 by about USD 30 m for buying, 7 m for pickup points and 6 m for automation (a partner’s fee has none), so holding it errs against the owned options, most against buying, and changes no verdict. This continuing cost is its own part of the verdict (cost after 2032).'
		],
		leavesOut: [
			{
				what: 'Fixed costs and coverage that grow with volume.',
				why: 'Each network’s capital, fixed cost and cities are held across the whole volume range, which is what lets volume raise its density; a network for 500,000 parcels a day would cost more. This flatters owned options at the top of the range; buyCapital and buyFixed are where to argue it.'
			},
			{
				what: 'Bargaining: a carrier owned in one country, or the credible threat of buying one, lowers what partners charge.',
				why: 'No figure exists. It would favour owning in a few large markets and partnering in the rest, the pattern Cainiao follows, so leaving it out understates the case for the Spanish purchase.'
			},
			{
				what: 'A pickup network shared with a partner, as Cainiao built its Polish lockers with DHL.',
				why: 'The pickup option builds and runs its points alone. Sharing would cut Cainiao’s capital and fixed cost to its share and add the partner’s parcels to the points’ density; lower pickupCapital and pickupFixed to see it.'
			},
			{
				what: 'Inflation and the fall of automation’s costs over time.',
				why: 'Parcels grow at 3 %, a nominal growth rate, but prices are held at 2025 levels and discounted at a nominal 10 %, which understates every option’s later costs, most of all partnering’s, which are all paid per parcel. With 2 % a year of price inflation on top, buying’s lead over partnering would grow by half, from about USD 246 m to 368 m, and its lead over automation barely move (94 to 90): leaving inflation out flatters partnering, not slightly, and does not change the verdict. A learning curve for automated vehicles has no figure to rest on; autoCapital and autoRoute carry it.'
			},
			{
				what: 'A locker run’s own response to density.',
				why: 'The pickup points’ vans take the door routes’ density elasticity, 0.35, whose reason is the third of a route’s day spent handing parcels over at the door; a run between lockers has no door. This errs against pickup points, and not enough to matter: with driving’s 0.5 they would need about 82 % of customers instead of 89 %, and with the door’s third of the driving cost taken off as well about 74 %, still far above the 40 % of Poland.'
			},
			{
				what: 'The bought carrier’s business with other shippers.',
				why: 'Its price buys a company that also delivers other shippers’ parcels, but the model credits none of that revenue, nor the density those parcels add to its routes. This errs against buying, which wins without it.'
			},
			{
				what: 'Damage, returns and the extra orders a faster, surer delivery wins.',
				why: 'Only lateness is priced; the orders a better guarantee adds are the subject of the Choice-countries decision, not of who carries the last mile.'
			}
		],
		carries: ['ownRoute', 'autoCapital', 'volume', 'autoOnTime', 'refund', 'partnerFee'],
		actual:
			'Cainiao’s standard practice abroad is to pay local carriers; it bought a delivery company in Spain (its own network there covers more than 30 cities) and built parcel lockers in Poland jointly with DHL (a US$65 m first phase) rather than alone; automated delivery vehicles are not deployed at scale. At the sourced defaults (a large market, 50,000 parcels a day in 2025) the model says buy a carrier: about USD 94 m cheaper than automation and USD 246 m cheaper than partnering, buying ahead in 85 % of simulated futures. That explains the Spanish purchase. It also explains why partnering stays the standard: owning pays only above about 28,000 parcels a day at typical density (35,000 at half of it), and most countries Cainiao serves take a small share of its roughly 4 million cross-border parcels a day. Automation comes second on paper, with capital and reliability nobody has shown at scale; it would win in sparse countries (below about 0.45 of the typical density at 50,000 a day), where drivers’ stops lie far apart, not in dense ones. Pickup points built alone never win at the defaults, because partners still carry the three quarters of parcels whose customers want the door; they would need about 89 % of customers, more than twice the “up to 40%” of Poland, Europe’s most locker-minded market, which is consistent with Cainiao building lockers only with a partner who brings sites and parcels of its own.',
		answers: [
			{
				finding:
					'An acquired carrier is written to zero after eight years: give it the residual value it has.',
				answer:
					'Followed in another form. No price for a carrier in 2032 exists, and that price would be the present value of the savings it still gives; so instead every option keeps running after 2032 and its continuing cost is counted (cost after 2032, the decision’s terminal part). This treats partners and every owned network alike, and charges owned networks the renewal of their capital, which a residual value alone would leave out. None of buying’s lead over automation lies after 2032 (the years after favour automation by about USD 2 m, with each option’s 2032 cost per parcel held; routes that kept getting denser as parcels grow would make them favour buying by about 21 m); of its lead over partnering, about USD 170 m of 246 does.'
			},
			{
				finding:
					'Use the public figure for the compensation of a late parcel (up to 60 yuan an order) instead of an assumption.',
				answer:
					'Used, at half. 60 yuan is a cap, on Cainiao’s Hong Kong next-day service, not an average for AliExpress Choice: an order’s compensation scales with its value and delay up to it, and pricing every miss at the cap would overstate it. The default is half the cap (USD 4.2) and the interval runs from USD 1 to the cap; buying leads across it.'
			},
			{
				finding: 'The discount rate never flips the verdict.',
				answer:
					'True here, and not a defect: buying leads at every rate from 6 % to 16 %. Its USD 60 m is paid back by about USD 20 m a year of lower running cost in the fourth year (2028), so the rate mostly scales every option’s years after 2032 alike. Automation stays the runner-up across the range; the rate moves the volume at which owning pays (about 25,000 a day at 6 %, 32,000 at 16 %). Rate and long-run growth are explicit parameters with their reasons.'
			},
			{
				finding: 'Automation pays for its first vehicles twice, about USD 48 m.',
				answer:
					'Followed, at a smaller size. Its capital held a first fleet while the vehicles’ cost per parcel charged every vehicle’s depreciation, so the first vehicles were paid twice. The USD 48 m is the present value of every vehicle’s depreciation for ever, and most of that pays for vehicles the capital never bought: replacements every four years and the fleet that grows with the parcels. Revision 3 takes the first fleet out of the capital at the most it could be, vehicles for every parcel of 2025 (1,000 at USD 15,000), which also takes it out of the renewal after 2032: automation costs USD 25 m less, and buying’s lead over it falls from USD 119 m to 94 m.'
			},
			{
				finding: 'Fleet renewal is not scaled to volume.',
				answer:
					'Followed through the change above: every vehicle, and a bought carrier’s vans (taken as leased or its drivers’ own), is paid through the cost per parcel it carries, so the fleet grows and is renewed with the parcels, every year and after 2032. What is renewed at capital ÷ life is what does not scale with parcels (depots, hubs, lockers, systems): held across the volume range, as the first item of what the model leaves out says, and growing with the parcels only after 2032, with the rest of the network’s cost.'
			},
			{
				finding:
					'The USD 65 m of the Polish lockers was shared with DHL, but the pickup option is charged all of it.',
				answer:
					'Kept, because the option builds its points alone, and a network built alone is paid wholly by its builder: USD 65 m is what the Polish network cost, whoever paid it. Its size is set by coverage, a point near every customer, more than by whose parcels it carries, so it does not shrink with one party’s volume. Sharing, as Cainiao did with DHL, is a different option, listed among what the model leaves out. Nor does the figure carry the verdict: at any capital in range, even USD 5 m, pickup points stay behind buying.'
			},
			{
				finding:
					'The room guide puts automation in the largest, densest markets and says it becomes cheapest from some volume at half density; the model shows the opposite.',
				answer:
					'Corrected in the guide. Density lowers a driver’s cost per parcel more than a vehicle’s, so automation gains on buying where stops lie far apart: at 50,000 parcels a day it beats buying below about 0.45 of the typical density (by USD 88 m at a quarter of it) and trails by USD 205 m at four times it. At half the density it is cheapest only between about 61,000 and 253,000 parcels a day; above that, denser routes shrink its saving below the cost of its extra late parcels. The guide now says so with figures from the engine, and its tests pin both directions.'
			},
			{
				finding:
					'Volume growth of 3 % is justified as nominal while prices stay at 2025 levels and are discounted at a nominal 10 %.',
				answer:
					'Said, in the growth’s reason and in what the model leaves out, without changing the model: with 2 % a year of price inflation on top, buying’s lead over partnering grows from about USD 246 m to 368 m and its lead over automation moves from 94 to 90, so the verdict stands. The card no longer calls the error slight: it understates buying’s lead over partnering by a third.'
			},
			{
				finding: 'The discount rate’s source is given as the value of a rate that adds 2.1 points to it.',
				answer:
					'Corrected: the group’s 7.9 % is now context, the starting point, and the 10 % an assumption, the 7.9 % plus about two points for a new country whose volumes and partners are unproven. Buying leads at every rate in range.'
			},
			{
				finding:
					'Pickup routes take a density elasticity justified by door hand-over time that lockers do not have; the vehicles’ cost per parcel assumes 365 working days; renewal starts in 2033, not 2035; the bought carrier’s other business is not credited.',
				answer:
					'Each is now stated where it sits. The pickup elasticity and the carrier’s other business go into what the model leaves out, both erring against the option they touch without changing the verdict (pickup points would still need about 74–82 % of customers). The vehicles’ reason now says that 0.2 a parcel is for vehicles working every day, 0.3 on a driver’s 250 days, inside the interval. Renewal from 2033 is named a simplification that errs slightly against the owned options.'
			}
		]
	}
};
