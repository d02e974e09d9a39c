/**
 * The words of the workbook that are not column headers: sheet names, the Summary's section
 * titles and headers, and a one-line explanation of every organization figure, in English and
 * Spanish. The figures' field names (`org.reciprocity`) are shown beside them untranslated, so
 * a reader can find each one in the JSON report and in `check` rules.
 */
import type { Kind, Text } from './fields.js';

export type SheetKey = 'summary' | 'people' | 'groups' | 'mixing' | 'communities' | 'activity' | 'ties';

/** At most 31 characters, none of `[]:*?/\` (Excel's rules for sheet names). */
export const SHEET_NAMES: Readonly<Record<SheetKey, Text>> = {
  summary: { en: 'Summary', es: 'Resumen' },
  people: { en: 'People', es: 'Personas' },
  groups: { en: 'Groups', es: 'Grupos' },
  mixing: { en: 'Mixing', es: 'Mezcla' },
  communities: { en: 'Communities', es: 'Comunidades' },
  activity: { en: 'Activity', es: 'Actividad' },
  ties: { en: 'Ties', es: 'Vínculos' },
};

export const SUMMARY_WORDS = {
  organization: { en: 'Organization', es: 'Organización' },
  figure: { en: 'Figure', es: 'Indicador' },
  field: { en: 'Field', es: 'Campo' },
  value: { en: 'Value', es: 'Valor' },
  meaning: { en: 'What it means', es: 'Qué significa' },
  findings: { en: 'Findings', es: 'Hallazgos' },
  personMeasures: { en: 'Reading the People sheet', es: 'Cómo leer la hoja Personas' },
  keyPlayers: { en: 'Key players (chosen one after another)', es: 'Personas clave (elegidas una tras otra)' },
  about: { en: 'About this report', es: 'Acerca de este informe' },
} as const satisfies Record<string, Text>;

export const MIXING_WORDS = {
  tiesCorner: { en: 'Ties: from \\ to', es: 'Vínculos: de \\ a' },
  weightCorner: { en: 'Weight: from \\ to', es: 'Peso: de \\ a' },
} as const satisfies Record<string, Text>;

export interface FigureLook {
  label: Text;
  meaning: Text;
  kind: Kind;
}

const figure = (en: string, es: string, meaningEn: string, meaningEs: string, kind: Kind): FigureLook => ({
  label: { en, es },
  meaning: { en: meaningEn, es: meaningEs },
  kind,
});

/** Every organization figure (SPEC §4.3, §4.7), by its field in `org`. */
export const ORG_FIGURES: Readonly<Record<string, FigureLook>> = {
  people: figure('People', 'Personas', 'everyone in the network, people without any tie included', 'todas las personas de la red, también las que no tienen ningún vínculo', 'integer'),
  ties: figure('Ties', 'Vínculos', 'ordered pairs of people with at least one interaction from the first to the second', 'pares ordenados de personas con al menos una interacción de la primera a la segunda', 'integer'),
  interactions: figure('Interactions', 'Interacciones', 'input rows that formed a tie', 'filas de entrada que formaron un vínculo', 'amount'),
  totalWeight: figure('Total weight', 'Peso total', 'sum of the weights of all ties', 'suma de los pesos de todos los vínculos', 'amount'),
  density: figure('Density', 'Densidad', 'share of all possible ties that exist', 'proporción de los vínculos posibles que existen', 'density'),
  reciprocity: figure('Reciprocity', 'Reciprocidad', 'share of ties that are returned: two-way exchange, not one-way sharing', 'proporción de vínculos correspondidos: intercambio en ambos sentidos, no en uno solo', 'share'),
  dyadReciprocity: figure('Dyad reciprocity', 'Reciprocidad diádica', 'share of connected pairs that exchange both ways', 'proporción de pares conectados que intercambian en ambos sentidos', 'share'),
  components: figure('Components', 'Componentes', 'separate parts of the network (a person without ties is one)', 'partes separadas de la red (una persona sin vínculos es una)', 'integer'),
  largestComponentShare: figure('Largest component', 'Componente mayor', 'share of people in the largest connected part', 'proporción de personas en la mayor parte conectada', 'share'),
  isolates: figure('Isolates', 'Aislados', 'people with no tie at all', 'personas sin ningún vínculo', 'integer'),
  transitivity: figure('Transitivity', 'Transitividad', 'share of connected triples that close into a triangle', 'proporción de tríadas conectadas que cierran un triángulo', 'index'),
  degreeCentralization: figure('Degree centralization', 'Centralización de grado', 'how much the ties hang on one person: 0 even, 1 a star', 'cuánto dependen los vínculos de una sola persona: 0 parejo, 1 una estrella', 'index'),
  eiIndex: figure('E-I index', 'Índice E-I', 'ties across groups against ties inside them: −1 all inside, +1 all across', 'vínculos entre grupos frente a vínculos dentro de ellos: −1 todo dentro, +1 todo entre grupos', 'index'),
  eiPValue: figure('E-I p-value', 'Valor p del E-I', 'share of random relabelings of the groups (sizes kept) with an E-I this low or lower: under 0.05, more inward than chance', 'proporción de reasignaciones al azar de los grupos (mismos tamaños) con un E-I igual o más bajo: por debajo de 0,05, más cerrada de lo que daría el azar', 'index'),
  communities: figure('Communities', 'Comunidades', 'informal clusters found in the ties (Louvain)', 'agrupaciones informales halladas en los vínculos (Louvain)', 'integer'),
  modularity: figure('Modularity', 'Modularidad', 'how clearly the network splits into those communities', 'cuán nítidamente se divide la red en esas comunidades', 'index'),
  groupAlignment: figure('Group alignment', 'Alineación con los grupos', 'how far the communities follow the formal groups: 0 not at all, 1 exactly', 'cuánto siguen las comunidades a los grupos formales: 0 nada, 1 exactamente', 'index'),
  activeShare: figure('Active share', 'Proporción activa', 'share of people who are not dormant', 'proporción de personas que no están inactivas', 'share'),
  cutPoints: figure('Cut points', 'Puntos de corte', 'people whose departure would split the network', 'personas cuya salida dividiría la red', 'integer'),
  fragmentation: figure('Fragmentation', 'Fragmentación', 'share of pairs of people who cannot reach each other: 0 connected, 1 all apart', 'proporción de pares de personas que no pueden alcanzarse: 0 conectada, 1 todos separados', 'index'),
  distanceFragmentation: figure('Distance fragmentation', 'Fragmentación por distancia', 'how far apart people are: 0 everyone adjacent, 1 all apart', 'cuán lejos están las personas: 0 todas adyacentes, 1 todas separadas', 'index'),
};

/** The activity section's own figures (SPEC §4.6). */
export const ACTIVITY_FIGURES: Readonly<Record<'period' | 'periods' | 'trend', FigureLook>> = {
  period: figure('Activity period', 'Período de actividad', 'the unit of the activity over time', 'la unidad de la actividad en el tiempo', 'text'),
  periods: figure('Periods', 'Períodos', 'periods from the first to the last timestamp', 'períodos desde la primera hasta la última fecha', 'integer'),
  trend: figure('Activity trend', 'Tendencia de actividad', 'interactions in the last periods against the ones before', 'interacciones de los últimos períodos frente a los anteriores', 'trend'),
};

/** Columns of the key players list, by field of a `keyPlayers` entry. */
export const KEY_PLAYER_FIELDS: Readonly<Record<string, { header: Text; kind: Kind }>> = {
  id: { header: { en: 'Person', es: 'Persona' }, kind: 'text' },
  fragmentation: { header: { en: 'Fragmentation after removal', es: 'Fragmentación tras su salida' }, kind: 'index' },
  distanceFragmentation: { header: { en: 'Distance fragmentation after removal', es: 'Fragmentación por distancia tras su salida' }, kind: 'index' },
};
