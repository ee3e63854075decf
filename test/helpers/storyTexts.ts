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
