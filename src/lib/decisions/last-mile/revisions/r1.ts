/** The last-mile model as it stood at revision 1, frozen so that links made then can be read as their sender saw them. */
import type { ModelDef } from '$lib/engine/types';

export default {
	id: 'last-mile',
	// Frozen before random streams were keyed by parameter id: it draws by position, as its links did.
	streams: 'by-position',
	title: 'Last mile abroad: partner, buy, build pickup points, or automate?',
	question:
		'How should Cainiao deliver the last mile in a new country to keep a five-day delivery guarantee at the lowest cost?',
	summary:
		'Cost per parcel = fixed cost ÷ daily volume + variable cost, where an owned fleet’s variable cost falls as order density rises; every option also pays for parcels that miss the five-day guarantee. The cheapest option over eight years wins.',
	periods: {
		count: 8,
		unit: 'year',
		start: 2025
	},
	flags: {
		buy: 0,
		pickup: 0,
		automate: 0
	},
	options: [
		{
			id: 'partner',
			label: 'Partner with local carriers',
			description:
				'Local carriers deliver every parcel for a fee: no capital and no fixed cost, but less control over the service.',
			set: {
				buy: 0,
				pickup: 0,
				automate: 0
			}
		},
		{
			id: 'buy',
			label: 'Buy a local carrier',
			description:
				'Buy a local delivery company, as Cainiao did in Spain: capital up front, own drivers and vans at a lower cost per parcel, and control of the service.',
			set: {
				buy: 1,
				pickup: 0,
				automate: 0
			}
		},
		{
			id: 'pickup',
			label: 'Build pickup points',
			description:
				'Build a network of pickup and drop-off points: parcels for customers who choose them travel in batches; partners deliver the rest to the door.',
			set: {
				buy: 0,
				pickup: 1,
				automate: 0
			}
		},
		{
			id: 'automate',
			label: 'Automated delivery vehicles',
			description:
				'Delivery robots and vans without drivers: heavy capital and the lowest running cost, but unproven at scale, so they take over gradually and partners deliver the rest until then.',
			set: {
				buy: 0,
				pickup: 0,
				automate: 1
			}
		}
	],
	params: [
		{
			id: 'volume',
			label: 'Daily parcels in the new country',
			unit: 'parcels/day',
			default: 50000,
			min: 1000,
			max: 500000,
			step: 1000,
			description: 'Parcels a day Cainiao delivers in the new country, held flat over the eight years.',
			uncertain: {
				dist: 'lognormal',
				low: 15000,
				high: 150000
			},
			sources: [
				{
					url: 'https://longportapp.com/news/98709209',
					title: 'Cainiao cross-border parcel volume, fiscal year 2023',
					date: 'FY2023',
					quote: 'In the 2023 fiscal year, the total number of cross-border parcels exceeded 1.5 billion',
					note: '1.5 bn a year is about 4.1 m parcels a day across all destinations; 50,000 a day is about 1.2 % of that.'
				},
				{
					assumption:
						'50,000 a day: a large European market taking one or two percent of Cainiao’s cross-border parcels; a small country might take a tenth of that, which is why the range starts at 1,000.'
				}
			]
		},
		{
			id: 'density',
			label: 'Order density',
			unit: '× typical',
			default: 1,
			min: 0.25,
			max: 4,
			step: 0.05,
			description:
				'Orders per km² of the area served, relative to the density at which the per-parcel costs below are stated (1). Dense cities are above 1, rural regions below.',
			uncertain: {
				dist: 'lognormal',
				low: 0.6,
				high: 1.7
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'This strategy allows for greater order density within specific geographies, enabling Cainiao to leverage machine learning for smarter routing and batching, leading to cost savings.'
				},
				{
					assumption:
						'1 by definition: the variable costs below are stated at this density. The interval reflects how much denser a capital’s core is than a country’s average.'
				}
			]
		},
		{
			id: 'densityEffect',
			label: 'How strongly density lowers the fleet’s cost',
			unit: 'elasticity',
			default: 0.35,
			min: 0,
			max: 0.5,
			step: 0.01,
			description:
				'An own fleet’s variable cost per parcel scales as density^−effect: 0.35 means doubling density cuts it by about 22 %; 0 switches the density effect off.',
			uncertain: {
				dist: 'triangular',
				low: 0.2,
				high: 0.45
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'While Cainiao has achieved significant scale advantages in its core warehouse and line networks, last-mile delivery remains a challenge due to its variable cost nature.'
				},
				{
					assumption:
						'0.35: distance driven between stops shrinks with the square root of stop density (elasticity 0.5 for driving alone); driving is roughly two thirds of a driver’s day, the rest is handing over parcels, which density does not shorten.'
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
			uncertain: {
				dist: 'triangular',
				low: 2.3,
				high: 4.2
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
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
			uncertain: {
				dist: 'triangular',
				low: 0.82,
				high: 0.95
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
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
			id: 'ownVariable',
			label: 'Own fleet: cost per parcel',
			unit: 'USD/parcel',
			default: 1.8,
			min: 0.8,
			max: 3.5,
			step: 0.05,
			description: 'Drivers, vans, fuel and depot handling per parcel delivered to the door, at density 1.',
			uncertain: {
				dist: 'triangular',
				low: 1.3,
				high: 2.4
			},
			sources: [
				{
					assumption:
						'USD 1.8: a driver and van cost about USD 190 a working day in southern Europe and deliver 120–150 parcels, about USD 1.4 a parcel, plus about USD 0.4 of depot handling; no public figure.'
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
			description: 'Paid at the start: the company, its depots, vans and systems.',
			uncertain: {
				dist: 'triangular',
				low: 30,
				high: 130
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote: 'They recently bought a delivery company in Spain to have more control.'
				},
				{
					url: 'https://equalocean.com/analysis/2023071319893',
					title: 'EqualOcean: Cainiao’s delivery network in Spain',
					date: '2023-07',
					quote: 'The network currently covers over 30 cities in Spain',
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
			uncertain: {
				dist: 'triangular',
				low: 4,
				high: 15
			},
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
			uncertain: {
				dist: 'triangular',
				low: 0.92,
				high: 0.985
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
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
			default: 40,
			min: 5,
			max: 200,
			step: 1,
			description: 'Lockers and shop counters, with their systems, built at the start.',
			uncertain: {
				dist: 'triangular',
				low: 20,
				high: 80
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'Cainiao Post Stations (in China): They have these everywhere in China and they offer convenient pickup and drop-off points for customers.'
				},
				{
					assumption:
						'USD 40 m: about 4,000 lockers and counters at USD 10,000 each, installed; no public figure.'
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
			uncertain: {
				dist: 'triangular',
				low: 3,
				high: 12
			},
			sources: [
				{
					assumption: 'USD 6 m a year: about USD 1,500 per point a year; no public figure.'
				}
			]
		},
		{
			id: 'pickupShare',
			label: 'Pickup points: share of customers who use them',
			unit: '%',
			default: 0.4,
			min: 0.05,
			max: 0.9,
			step: 0.01,
			description: 'The rest still want their parcel at the door, and partners deliver it.',
			uncertain: {
				dist: 'triangular',
				low: 0.2,
				high: 0.6
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'I asked if they were going to take these international and the answer appears to be no (for now).'
				},
				{
					assumption:
						'40 %: pickup is common where locker networks are dense and rarer elsewhere; a new network starts with the customers who already like it.'
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
				'Parcels for one point travel together, so the van serving the points sees this many times the order density of door-to-door routes.',
			uncertain: {
				dist: 'triangular',
				low: 2,
				high: 8
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
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
			uncertain: {
				dist: 'triangular',
				low: 0.2,
				high: 0.7
			},
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
			uncertain: {
				dist: 'triangular',
				low: 0.93,
				high: 0.99
			},
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
			default: 150,
			min: 30,
			max: 600,
			step: 5,
			description: 'Hubs, charging, software, permits and the first vehicles, spent at the start.',
			uncertain: {
				dist: 'triangular',
				low: 80,
				high: 300
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'Automated Delivery Vehicles: Investing in the development and deployment of automated delivery vehicles, such as delivery robots and drones, to reduce reliance on manual labor and increase efficiency in last-mile delivery.'
				},
				{
					assumption:
						'USD 150 m: hubs and software for a country plus a first fleet; the hardware that grows with volume is in the cost per parcel. No public figure.'
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
			uncertain: {
				dist: 'triangular',
				low: 8,
				high: 25
			},
			sources: [
				{
					assumption: 'USD 15 m a year: about twice an owned carrier’s overheads; no public figure.'
				}
			]
		},
		{
			id: 'autoVariable',
			label: 'Automation: cost per parcel',
			unit: 'USD/parcel',
			default: 0.7,
			min: 0.2,
			max: 2.5,
			step: 0.05,
			description:
				'Energy, wear and the vehicles’ depreciation per parcel, at density 1, once the vehicles carry it.',
			uncertain: {
				dist: 'triangular',
				low: 0.4,
				high: 1.5
			},
			sources: [
				{
					assumption:
						'USD 0.7: no driver; a USD 15,000 vehicle over four years at 50 parcels a day is about USD 0.2 a parcel, plus energy, handling and supervision. Vendors’ claims, not a measured figure.'
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
			uncertain: {
				dist: 'triangular',
				low: 2,
				high: 7
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
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
			uncertain: {
				dist: 'triangular',
				low: 0.75,
				high: 0.96
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote: 'Interesting but I’ve yet to see these deployed anywhere at scale.'
				},
				{
					assumption:
						'90 %, with a wide interval: vehicles fail on stairs, in rain and at blocked doors, and no one has measured them at scale.'
				}
			]
		},
		{
			id: 'refund',
			label: 'Compensation for a late parcel',
			unit: 'USD/parcel',
			default: 1,
			min: 0,
			max: 5,
			step: 0.05,
			description: 'Coupon, refund of shipping or credit given when the five-day promise is missed.',
			uncertain: {
				dist: 'triangular',
				low: 0.5,
				high: 2.5
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'AliExpress Choice, which guarantees five-day delivery to several countries, exemplifies this winning strategy.'
				},
				{
					url: 'https://kr-asia.com/how-cainiao-slashed-global-delivery-times-to-five-days',
					title: 'How Cainiao slashed global delivery times to five days',
					date: '2024',
					quote: 'free shipping within five business days… former 14-day minimum delivery window.'
				},
				{
					assumption:
						'USD 1: a guarantee is kept with a small coupon or refund of shipping per late parcel; the published terms vary by country.'
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
			uncertain: {
				dist: 'triangular',
				low: 0.5,
				high: 5
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
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
			uncertain: {
				dist: 'normal',
				low: 0.085,
				high: 0.115
			},
			sources: [
				{
					url: 'https://valueinvesting.io/BABA/valuation/wacc',
					title: 'Alibaba Group WACC',
					date: '2024',
					quote: 'The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.'
				},
				{
					assumption: '10 %: the group’s 7.9 % plus a premium for a new business in a new country.'
				}
			]
		}
	],
	series: {
		parcels: {
			label: 'Parcels delivered',
			unit: 'm parcels',
			formula: 'volume * 365 / 1e6'
		},
		ownShare: {
			label: 'Share of parcels on Cainiao’s own network',
			unit: '%',
			formula: 'buy + pickup * pickupShare + automate * min(1, (t + 1) / autoRamp)'
		},
		ownCost: {
			label: 'Cost per parcel on the own network',
			unit: 'USD/parcel',
			formula:
				'buy * ownVariable * density^(-densityEffect) + pickup * (ownVariable * (density * batching)^(-densityEffect) + pointFee) + automate * autoVariable * density^(-densityEffect)'
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
		capex: {
			label: 'Capital spent',
			unit: 'USD m',
			formula: 't == 0 ? buy * buyCapital + pickup * pickupCapital + automate * autoCapital : 0'
		},
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
		cost: {
			label: 'Total cost',
			unit: 'USD m',
			formula: 'capex + fixed + delivery + late'
		},
		pv: {
			label: 'Cumulative delivery cost, present value',
			unit: 'USD m',
			formula: 'prev(pv) + cost / (1 + rate)^t'
		},
		parcelsPv: {
			label: 'Cumulative parcels, discounted',
			unit: 'm parcels',
			formula: 'prev(parcelsPv) + parcels / (1 + rate)^t'
		}
	},
	outputs: {
		totalCost: {
			label: 'Delivery cost over eight years',
			unit: 'USD m',
			formula: 'last(pv)',
			description:
				'Present value in 2025 of capital, fixed costs, delivery and missed guarantees, 2025–2032. Lower is better.'
		},
		costPerParcel: {
			label: 'All-in cost per parcel',
			unit: 'USD',
			formula: 'last(pv) / last(parcelsPv)',
			description:
				'Total cost ÷ parcels, both discounted: capital spread as an annuity, plus fixed cost, delivery and missed guarantees.'
		},
		missCost: {
			label: 'Cost of one missed guarantee',
			unit: 'USD',
			formula: 'refund + churnCost',
			description: 'Compensation plus the margin on orders lost, per parcel delivered late.'
		},
		capitalCost: {
			label: 'Capital spent, present value',
			unit: 'USD m',
			formula: 'npv(capex, rate)'
		},
		fixedCost: {
			label: 'Fixed cost over eight years',
			unit: 'USD m',
			formula: 'npv(fixed, rate)'
		},
		deliveryCost: {
			label: 'Delivery over eight years',
			unit: 'USD m',
			formula: 'npv(delivery, rate)'
		},
		lateCost: {
			label: 'Missed guarantees over eight years',
			unit: 'USD m',
			formula: 'npv(late, rate)',
			description: 'Present value in 2025 of the cost of parcels that miss the five-day promise.'
		},
		latePerParcel: {
			label: 'Missed guarantees per parcel delivered',
			unit: 'USD',
			formula: 'npv(late, rate) / last(parcelsPv)'
		},
		onTimeFinal: {
			label: 'Parcels on time in 2032',
			unit: '%',
			formula: 'last(onTime)'
		},
		upfront: {
			label: 'Capital spent up front',
			unit: 'USD m',
			formula: 'first(capex)'
		}
	},
	decide: {
		by: 'totalCost',
		higherIsBetter: false
	},
	chart: {
		series: 'pv'
	},
	breakdown: {
		add: ['capitalCost', 'fixedCost', 'deliveryCost', 'lateCost']
	},
	profile: {
		param: 'volume',
		output: 'costPerParcel',
		scale: 'log'
	},
	teach: {
		context: [
			{
				text: 'Cainiao’s warehouses and line-haul routes have scale; the last mile does not, because its cost moves with every parcel. Cainiao’s usual answer abroad is to pay local carriers, but in Spain it bought a delivery company, and its own network there now reaches more than 30 cities.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'While Cainiao has achieved significant scale advantages in its core warehouse and line networks, last-mile delivery remains a challenge due to its variable cost nature.'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'Partnering with local delivery companies is their standard strategy. But this is problematic. They recently bought a delivery company in Spain to have more control.'
					},
					{
						url: 'https://equalocean.com/analysis/2023071319893',
						title: 'EqualOcean: Cainiao’s delivery network in Spain',
						date: '2023-07',
						quote: 'The network currently covers over 30 cities in Spain'
					}
				]
			},
			{
				text: 'What makes the last mile strategic is a promise: AliExpress Choice delivers within five business days, where it used to take two weeks or more. Every parcel the last mile delays costs a refund and some of the customer’s next orders.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'AliExpress Choice, which guarantees five-day delivery to several countries, exemplifies this winning strategy.'
					},
					{
						url: 'https://kr-asia.com/how-cainiao-slashed-global-delivery-times-to-five-days',
						title: 'How Cainiao slashed global delivery times to five days',
						date: '2024',
						quote: 'free shipping within five business days… former 14-day minimum delivery window.'
					}
				]
			},
			{
				text: 'In China, Cainiao’s Post Stations batch parcels into pickup points, which raises order density and cuts cost; automated vehicles promise the lowest running cost but have not been proven at scale.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'This strategy allows for greater order density within specific geographies, enabling Cainiao to leverage machine learning for smarter routing and batching, leading to cost savings.'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote: 'Interesting but I’ve yet to see these deployed anywhere at scale.'
					}
				]
			},
			{
				text: 'Volume decides most of it: Cainiao handled more than 1.5 billion cross-border parcels in a year, about 4 million a day, spread over many countries. A country’s share of that is the number to set first.',
				sources: [
					{
						url: 'https://longportapp.com/news/98709209',
						title: 'Cainiao cross-border parcel volume, fiscal year 2023',
						date: 'FY2023',
						quote: 'In the 2023 fiscal year, the total number of cross-border parcels exceeded 1.5 billion'
					}
				]
			}
		],
		prompts: [
			{
				id: 'volume',
				text: 'At what daily volume does buying a carrier beat paying one per parcel? Which countries would you put above that line?'
			},
			{
				id: 'density',
				text: 'Halve the order density, then double it: how far does the volume at which owning pays move, and why does density matter to an own fleet but not to a partner’s fee?'
			},
			{
				id: 'reliability',
				text: 'What does one missed guarantee cost, and how many points of reliability is control over the last mile worth?'
			},
			{
				id: 'automation',
				text: 'How fast would automated vehicles have to ramp up, and how reliable would they have to be, to beat an owned carrier at your volume?'
			},
			{
				id: 'pickup',
				text: 'What share of customers would have to choose pickup points for them to beat buying a carrier? Why might that share be lower in Europe than in China?'
			}
		]
	}
} satisfies ModelDef;
