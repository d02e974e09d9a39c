/** The words of the HTML report's comparison, in Spanish (the shape of compare-en.ts). */
import type { CompareStrings } from './compare-en.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const compareEs: CompareStrings = {
  heading: (file) => `Cambios desde ${file}`,
  intro: (before, after) => `Lo que cambió de ${before} a ${after}: cada cifra antes, ahora y el cambio.`,
  interactionsFile: 'archivo de interacciones',
  jsonReport: 'informe JSON',
  warnings: 'Las dos instantáneas no se calcularon igual, así que algunos cambios mezclan ambos efectos:',

  figure: 'indicador',
  before: 'antes',
  now: 'ahora',
  change: 'cambio',
  points: (value) => `${value} p. p.`,

  organization: 'La organización',
  people: 'Personas',
  peopleLine: (before, after, joined, left) => `${before} → ${after} personas; se incorporaron: ${joined}; se fueron: ${left}.`,
  joined: 'Se incorporaron',
  left: 'Se fueron',

  activity: 'Actividad',
  status: 'estado',
  statusNow: {
    dormant: (n, groups) => `Ahora inactivas: ${n} (${groups})`,
    fading: (n, groups) => `Ahora en declive: ${n} (${groups})`,
    growing: (n, groups) => `Ahora en aumento: ${n} (${groups})`,
  },

  ties: 'Vínculos',
  tiesLine: (before, after, gained, lost, kept) => `${before} → ${after} vínculos; nuevos: ${gained}; perdidos: ${lost}; se mantienen: ${kept}.`,
  tiesCounts: (before, after) => `${before} → ${after} vínculos.`,
  noTies: (files, many) =>
    `Los cambios de vínculos necesitan los vínculos de las dos instantáneas: ${files} ${many ? 'son informes JSON hechos sin --with-ties, que no guardan' : 'es un informe JSON hecho sin --with-ties, que no guarda'} la lista de vínculos. Use el archivo de interacciones, o un informe escrito con --with-ties, para ver los vínculos nuevos y perdidos, aquí y en el mapa.`,
  heaviestGained: 'Vínculos nuevos de más peso',
  heaviestLost: 'Vínculos perdidos de más peso',
  tie: 'vínculo',
  fromGroup: 'grupo de origen',
  toGroup: 'grupo de destino',
  weight: 'peso',
  rows: 'interacciones',

  ranks: 'Quién se movió',
  ranksIntro: (n) => `Posición entre las ${n} personas presentes en ambas instantáneas (1 = la más alta); las mayores subidas y bajadas.`,
  movedUp: (measure) => `Suben en ${measure}`,
  movedDown: (measure) => `Bajan en ${measure}`,
  person: 'persona',
  group: 'grupo',
  rank: 'posición',
  move: 'cambio',

  groups: 'Grupos que más cambiaron',
  newGroups: (names) => `Grupos nuevos: ${names}.`,
  goneGroups: (names) => `Grupos que ya no están: ${names}.`,
  tracked: {
    activityRate: 'Tasa de actividad',
    weight: 'Peso de los vínculos del grupo',
    eiIndex: 'Índice E-I',
    reciprocity: 'Reciprocidad',
  },
  trackedNote: {
    activityRate: 'la proporción media de períodos con alguna interacción de sus miembros',
    weight: 'cada vínculo entre el grupo y cualquier grupo, él mismo incluido: un equipo que se apaga conserva sus vínculos un tiempo, pero su peso cae enseguida',
    eiIndex: '−1 todos los vínculos dentro del grupo, +1 todos hacia otros grupos',
    reciprocity: 'la proporción de los vínculos internos del grupo que son correspondidos',
  },

  roles: 'Roles',
  role: 'rol',
  gained: 'lo obtienen',
  lost: 'lo pierden',
  joinedMark: (id) => `${id} (se incorporó)`,
  leftMark: (id) => `${id} (se fue)`,
  roleChanges: 'Personas presentes en ambas instantáneas cuyos roles cambiaron',
  noRole: 'sin rol',

  communities: 'Comunidades',
  communitiesLine: (before, after, continued, minSize, threshold) =>
    `${before} → ${after} comunidades de ${minSize} o más personas, seguidas por sus miembros (solapamiento de Jaccard ≥ ${threshold}); continúan: ${continued}.`,
  community: (id, size, group) => `comunidad ${id} (${size} personas${group === null ? '' : `, sobre todo ${group}`})`,
  split: (from, into) => `${from} se dividió en ${into}.`,
  merged: (from, into) => `${from} se fusionaron en ${into}.`,
  dissolved: (c) => `${c} se disolvió.`,
  formed: (c) => `${c} se formó.`,
  nowCommunity: 'ahora',
  thenCommunity: 'antes',

  keyPlayers: 'Personas clave',
  keyPlayersNew: (names) => `Nuevas personas clave: ${names}.`,
  keyPlayersGone: (names) => `Ya no son personas clave: ${names}.`,
  keyPlayersSame: (names) => `Las mismas personas clave: ${names}.`,
  reachPlayers: 'A quién informar',
  reachPlayersNew: (names) => `Ahora entre las personas de alcance: ${names}.`,
  reachPlayersGone: (names) => `Ya no están entre las personas de alcance: ${names}.`,
  reachPlayersSame: (names) => `Las mismas personas de alcance: ${names}.`,

  attributes: 'Grupos según otros atributos',
  attributeLine: (ei, p) => `Índice E-I ${ei}; p ${p} (una p baja: las personas se quedan con su propio valor más de lo que daría el azar).`,
  attributeOneSide: (column, now) => `${column} se compara ${now ? 'solo en este informe' : 'solo en la instantánea anterior'}: no hay con qué contrastarlo.`,
  binsDiffer: 'Sus cuartiles difieren entre las instantáneas (cada una agrupa sus propios valores), así que se emparejan por etiqueta: los anteriores figuran como desaparecidos y los actuales como nuevos.',
  newValues: (names) => `Valores nuevos: ${names}.`,
  goneValues: (names) => `Valores desaparecidos: ${names}.`,
  value: 'valor',
  size: 'personas',
  eiBefore: 'E-I antes',
  eiNow: 'E-I ahora',

  reportingLine: 'La línea jerárquica',
  reportingLineLine: (changed, gained, lost, int) =>
    `${int(changed)} ${plural(changed, 'persona cambió', 'personas cambiaron')} de responsable; de quienes tienen el mismo responsable en ambas instantáneas, ${int(gained)} ${plural(gained, 'ganó', 'ganaron')} un vínculo con él o ella y ${int(lost)} lo ${plural(lost, 'perdió', 'perdieron')}.`,
  onReportingLine: (before, now) => `Vínculos en la línea jerárquica: ${before} antes, ${now} ahora.`,
  managerBefore: 'responsable antes',
  managerNow: 'responsable ahora',
  noManager: 'ninguno',
  tieGained: 'Ganaron un vínculo con su responsable',
  tieLost: 'Perdieron el vínculo con su responsable',
  withManager: (id, manager) => `${id} (responsable ${manager})`,

  more: (n) => `y ${n} más`,

  map: {
    legend: 'Cambios',
    show: 'Mostrar los cambios',
    gained: (n) => `vínculo nuevo (${n})`,
    lost: (n) => `vínculo perdido (${n})`,
    ghost: (n) => `persona que se fue (${n})`,
    note: (file) =>
      `Las líneas verdes unen a personas que en ${file} no tenían ningún vínculo entre sí y ahora lo tienen; las magenta son vínculos que había en ${file} y que este informe ya no tiene en ningún sentido. Las personas que se fueron aparecen como fantasmas pálidos junto a sus antiguos contactos, para que sus vínculos perdidos tengan un extremo.`,
    directionOnly: (gained, lost, int) => {
      const parts = [gained > 0 ? `${int(gained)} ${plural(gained, 'vínculo nuevo', 'vínculos nuevos')}` : '', lost > 0 ? `${int(lost)} ${plural(lost, 'vínculo perdido', 'vínculos perdidos')}` : ''].filter(Boolean);
      return `${parts.join(' y ')} solo ${plural(gained + lost, 'cambió', 'cambiaron')} de sentido dentro de un par vinculado en ambas instantáneas (un vínculo ahora correspondido, o que ya no lo es): ${plural(gained + lost, 'figura', 'figuran')} entre los vínculos, no en el mapa.`;
    },
    cut: (shown, total, gained) => `El mapa muestra los ${shown} de más peso de los ${total} ${gained ? 'vínculos nuevos' : 'vínculos perdidos'}.`,
    ghostsCut: (shown, total) => `El mapa muestra ${shown} de las ${total} personas que se fueron (las más conectadas).`,
    noTies: 'El mapa no muestra cambios de vínculos: un informe JSON hecho sin --with-ties no guarda la lista de vínculos (vea los cambios más arriba).',
  },

  card: {
    heading: 'desde antes',
    joined: 'se incorporó desde la instantánea anterior',
    left: 'se fue de la red',
    rank: (measure, before, after) => `posición en ${measure} ${before} → ${after}`,
    rolesBefore: 'roles antes',
    statusBefore: 'actividad antes',
    before: 'antes',
  },

  kpi: (before, change) => `antes ${before} · ${change}`,
};
