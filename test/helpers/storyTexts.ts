// Articles written for the tests of stories (unit and protocol): two quakes in one country, which must come apart,
// and one treaty told five ways, which must stay together. Invented events; real places and kinds of words.
/** A deadly quake in the north of one country … */
export const QUAKE_NORTH = [
`Strong quake kills four in northern Chile

A magnitude 6.2 earthquake struck the Atacama region of northern Chile on Tuesday, killing four people and damaging hundreds of homes in the mining town of Copiapo, officials said.
Interior Minister Rodrigo Delgado said rescue teams were searching collapsed buildings in Copiapo and the nearby port of Caldera.
The quake hit at 3:12 p.m. local time at a depth of 35 km, according to the U.S. Geological Survey.
"We are working to reach every family," Delgado told reporters in Santiago.`,
`Chile earthquake: four dead as 6.2 tremor hits Atacama

Four people died when a 6.2-magnitude earthquake shook the Atacama desert region on Tuesday afternoon.
The tremor was centred 40 km north of Copiapo, the regional capital, the Geological Survey said.
Interior Minister Rodrigo Delgado said the dead included two miners trapped near Caldera.
Hundreds of houses were damaged and power was cut across the region.`,
`Deadly tremor rattles Copiapo

An earthquake of magnitude 6.2 rocked Copiapo and Caldera in northern Chile on Tuesday, leaving four dead and dozens injured.
"The damage in Copiapo is serious," said Rodrigo Delgado, the interior minister, who flew to the Atacama region.
Schools in Copiapo will stay closed on Wednesday while engineers inspect them.`,
];
/** The northern quake told in other words: a reader's post, few of the wires' names (a small folder's weak member). */
export const QUAKE_POST = `BREAKING: strong shaking in the north, people dead

I felt this one here in the valley, the house rocked for ten seconds. Local radio says miners died near Caldera and houses came down. Power is out across the region. More when I know it.`;
/** … and a mild one in its centre: the same kind of event, another story. */
export const QUAKE_CENTRE = [
`Quake shakes Valparaiso, no deaths reported

A magnitude 5.1 earthquake shook the coastal city of Valparaiso in central Chile on Sunday morning, cracking walls but causing no deaths, authorities said.
Valparaiso mayor Jorge Sharp said firefighters checked the old hillside neighbourhoods of Cerro Alegre after the tremor.
The quake struck at 9:40 a.m. at a depth of 20 km off the coast, the national seismological centre said.`,
`Moderate earthquake rattles central Chile

A 5.1-magnitude quake rattled Valparaiso and Vina del Mar on Sunday, sending residents into the streets.
Mayor Jorge Sharp said there were no reports of serious injuries in Valparaiso.
The seismological centre put the epicentre 15 km west of Vina del Mar.`,
`Valparaiso residents flee homes after 5.1 tremor

Residents of Valparaiso ran from their homes on Sunday when a magnitude 5.1 earthquake struck off the coast of central Chile.
"It was a strong jolt but the city held," mayor Jorge Sharp told local radio.
Some walls cracked in Cerro Alegre and Vina del Mar, officials said.`,
];
/** One event told five ways. */
export const TREATY = [
`Leaders agree on river treaty at Lisbon summit

The prime ministers of Spain and Portugal signed a treaty on Friday to share the waters of the Tagus river, ending a dispute that lasted more than a decade.
Portuguese Prime Minister Luis Montenegro and Spanish Prime Minister Pedro Sanchez signed the accord at the Belem palace in Lisbon.
The treaty sets a minimum flow of 2,700 cubic hectometres a year at the border.`,
`Spain, Portugal seal Tagus water deal

Spain and Portugal on Friday agreed how to share the Tagus, signing a treaty in Lisbon after years of talks.
Pedro Sanchez said the deal guaranteed "water for farmers on both sides of the border".
Under the treaty, Spain must let at least 2,700 cubic hectometres a year flow into Portugal, Luis Montenegro said.`,
`Tagus treaty signed in Lisbon

Luis Montenegro and Pedro Sanchez signed a treaty sharing the Tagus river at a summit in Lisbon on Friday.
Environmental groups said the minimum flow of 2,700 cubic hectometres was too low.`,
`Iberian neighbours end Tagus dispute

The long dispute between Spain and Portugal over the Tagus river ended on Friday with a treaty signed in Lisbon.
Montenegro, the Portuguese prime minister, called the accord "a victory for common sense".
Sanchez said Spanish farmers in Extremadura would still get the water they need.`,
`Water treaty: what Spain and Portugal agreed in Lisbon

The treaty signed by Pedro Sanchez and Luis Montenegro in Lisbon on Friday fixes a yearly minimum flow of 2,700 cubic hectometres on the Tagus.
It also creates a joint commission to watch the river during droughts, the two governments said.`,
];
/**
 * Two quakes on one island a few years apart, told with the same places, officials and agencies, so that what the
 * words share joins them; only the facts of their leads part them: the magnitude, the hour, the dead and the hurt.
 */
export const ISLAND_QUAKE_STRONG = [
`Strong quake kills 12 on Sakhalin island

A magnitude 6.4 earthquake struck Sakhalin island on Sunday, killing 12 people and flattening houses in the fishing villages around Nevelsk, regional governor Valery Limarenko said.
The quake hit at 02:05 GMT, 30 km south of Nevelsk, the Geophysical Service of the Russian Academy of Sciences said.
Rescue teams from Yuzhno-Sakhalinsk searched the ruins of the villages through the night, TASS news agency reported.`,
`Twelve dead as 6.4 quake hits Sakhalin

Twelve people were killed when a 6.4-magnitude earthquake hit Sakhalin island on Sunday, officials told TASS news agency.
The tremor struck at 02:05 GMT near the port of Nevelsk, governor Valery Limarenko said, and was felt in Yuzhno-Sakhalinsk.
Dozens of homes collapsed in the villages south of Nevelsk, the Geophysical Service said.`,
`Sakhalin earthquake: villages near Nevelsk in ruins

An earthquake measuring 6.4 on the Richter scale killed 12 people on Sakhalin island on Sunday, flattening houses near the port of Nevelsk.
The Geophysical Service recorded the quake at 02:05 GMT, TASS news agency reported.
Governor Valery Limarenko flew from Yuzhno-Sakhalinsk to the villages to lead the rescue.`,
];
export const ISLAND_QUAKE_MILD = [
`Quake shakes Sakhalin island, three hurt

A magnitude 5.2 earthquake shook Sakhalin island on Sunday, injuring three people and cracking walls in the fishing villages around Nevelsk, regional governor Valery Limarenko said.
The quake hit at 14:40 GMT, 25 km south of Nevelsk, the Geophysical Service of the Russian Academy of Sciences said.
Rescue teams from Yuzhno-Sakhalinsk checked the houses of the villages through the night, TASS news agency reported.`,
`Three injured as 5.2 quake hits Sakhalin

Three people were injured when a 5.2-magnitude earthquake hit Sakhalin island on Sunday, officials told TASS news agency.
The tremor struck at 14:40 GMT near the port of Nevelsk, governor Valery Limarenko said, and was felt in Yuzhno-Sakhalinsk.
Walls of homes cracked in the villages south of Nevelsk, the Geophysical Service said.`,
`Sakhalin earthquake: walls crack in villages near Nevelsk

An earthquake measuring 5.2 on the Richter scale injured three people on Sakhalin island on Sunday, cracking walls of houses near the port of Nevelsk.
The Geophysical Service recorded the quake at 14:40 GMT, TASS news agency reported.
Governor Valery Limarenko flew from Yuzhno-Sakhalinsk to the villages to see the damage.`,
];
/**
 * One senator in the news on two days a year apart: the same name, state, party and rivals, so that what the words
 * share joins them; what parts them is the day each lead gives its main event, and how little else they share.
 */
export const SENATOR_CAMPAIGN = [
`Hollis launches bid for Vermont governor

Senator Margaret Hollis on Monday announced she would run for governor of Vermont, ending months of speculation in Montpelier.
Hollis, a Democrat, told supporters at a rally in Burlington that she would put housing and broadband first.
Republican Governor Phil Brennan, who is seeking a third term, said he welcomed the contest.`,
`Sen. Hollis enters Vermont governor's race

Margaret Hollis said Monday that she is running for governor, setting up a race against Governor Phil Brennan.
Speaking in Burlington, the Democratic senator promised to build 10,000 homes in four years.
Brennan's campaign called her plan unrealistic.`,
`Hollis to challenge Brennan for governor

Vermont senator Margaret Hollis launched her campaign for governor on Monday with a rally on the Burlington waterfront.
Hollis said Montpelier had "failed young families" under Phil Brennan.
Democrats in the legislature lined up behind her within hours.`,
];
export const SENATOR_APOLOGY = [
`Hollis apologizes for remarks on dairy farmers

Senator Margaret Hollis on Thursday apologized for calling dairy farmers "a lobby, not a livelihood" at a fundraiser in Rutland.
The remarks, recorded by a guest, drew anger from the Farm Bureau and from farmers across the Champlain valley.
Hollis said her words were "careless and wrong".`,
`Vermont senator sorry for dairy comments

Margaret Hollis said Thursday she regretted remarks about dairy farmers that circulated online this week.
The Farm Bureau had demanded an apology, calling the comments an insult to rural families in St. Albans and Rutland.
"I let down the farmers I represent," Hollis said.`,
`Hollis says remarks on farmers were wrong

Facing criticism from farm groups, Senator Margaret Hollis apologized on Thursday for remarks about the dairy industry.
She made the comments at a private fundraiser in Rutland, where a guest recorded them, weeks after a rally in Burlington.
Governor Phil Brennan said the apology came too late.`,
];
/**
 * Two offers to one player by two teams, a week apart: the same player, agent, length and sum, so that what the words
 * share joins them; what parts them is the day each lead gives its offer, and the team, which the words weigh little.
 */
export const OFFER_FIRST = [
`Hawks offer Delgado eight-year deal

The Portland Hawks on Tuesday offered free-agent shortstop Ramon Delgado an eight-year contract worth $160 million, his agent Lou Sterling said.
The offer is the largest in the club's history.
Sterling said Delgado would decide before the winter meetings end.`,
`Portland makes $160 million offer to Delgado

The Hawks made an eight-year, $160 million offer to shortstop Ramon Delgado on Tuesday, according to agent Lou Sterling.
Hawks general manager Dana Pruitt declined to comment on the terms.
Delgado hit .301 with 31 home runs last season.`,
`Hawks bid big for Ramon Delgado

The Hawks on Tuesday put an eight-year offer worth $160 million in front of Ramon Delgado, the top free agent on the market.
Lou Sterling, Delgado's agent, called the offer "serious".`,
];
export const OFFER_SECOND = [
`Mariners go long for Delgado

The Tacoma Mariners on Friday made Ramon Delgado an eight-year offer worth $160 million, the club confirmed.
Owner Carl Hendry met the player in Las Vegas to present it.`,
`Tacoma joins the race

Delgado received an offer from the Tacoma Mariners on Friday, a club official said, worth $160 million.
Mariners manager Ed Rourke said the signing would change everything for the club.`,
`Mariners put money on the table

The Mariners on Friday made an eight-year offer to Ramon Delgado, owner Carl Hendry said.
Tacoma has not signed a player for more than $100 million before.`,
];
