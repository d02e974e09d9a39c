/** Every word of the HTML report, and the findings' sentences, in Spanish (the shape of en.ts). */
import { compareEs } from './compare-es.js';
import type { Strings } from './en.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const es: Strings = {
  title: 'Informe de la red organizacional',
  generated: (file, date, version) => `${file} · generado el ${date} · orgnet ${version}`,
  noscript: 'Este informe necesita JavaScript para mostrar sus secciones y el mapa de la red; todas las cifras están también en la salida JSON de orgnet.',
  contents: 'Contenido',
  undirected: 'datos no dirigidos: la reciprocidad no se aplica',

  severity: { high: 'alta', medium: 'media', low: 'baja' },

  findings: {
    heading: 'Hallazgos',
    intro: 'Lo que destaca, lo más urgente primero. Cada línea da las cifras que lo respaldan.',
    none: 'Nada destaca: ningún silo, ninguna persona crítica, ningún grupo que se apague, y los vínculos son mayormente recíprocos.',
    more: (n) => `${n} ${plural(n, 'hallazgo más', 'hallazgos más')}`,
    show: 'Ver en el mapa',
    'critical-people': (f, x) => ({
      title:
        f.figures.count === 1
          ? '1 persona mantiene unida parte de la red'
          : `${x.int(f.figures.count)} personas mantienen unidas partes de la red`,
      detail: `Si se fueran, otras personas quedarían aisladas; cuántas por cada una: ${x.list(f.figures.people.map((p) => `${p.id} (${x.int(p.dependents)})`))}.`,
    }),
    'key-player-loss': (f, x) => {
      const { hopsBefore, hopsAfter, distanceRise, cutOff } = f.figures;
      const k = f.subject.ids.length;
      const distance =
        hopsAfter === null
          ? 'nadie podría llegar a nadie'
          : `las personas estarían en promedio a ${x.hops(hopsAfter)} pasos unas de otras, en lugar de ${x.hops(hopsBefore)}${distanceRise === null ? '' : ` (${x.change(distanceRise)})`}`;
      if (f.severity === 'low') {
        return {
          title: 'La red no depende de unas pocas personas',
          detail: `Sin ${plural(k, 'su persona clave', `sus ${x.int(k)} personas clave`)} (${x.list(f.subject.ids)}), ${distance}, y nadie quedaría aislado.`,
        };
      }
      const cut = cutOff > 0 ? `, y ${plural(cutOff, '1 persona quedaría separada', `${x.int(cutOff)} personas quedarían separadas`)} del resto` : '';
      return {
        title: `Perder ${plural(k, 'a la persona clave', `a las ${x.int(k)} personas clave`)} ${cutOff > 0 ? 'dejaría a personas aisladas' : 'alejaría a las personas entre sí'}`,
        detail: `Sin ${x.list(f.subject.ids)}, ${distance}${cut}.`,
      };
    },
    overload: (f, x) => {
      const { top5Share, topPeople, gini, organizationSize, count, people } = f.figures;
      return {
        title: `Unas pocas personas sostienen la colaboración: el 5\u00a0% superior aporta el ${x.share(top5Share)}`,
        detail:
          `${plural(topPeople, 'La persona que más aporta', `Las ${x.int(topPeople)} personas que más aportan`)}, de ${x.int(organizationSize)}, ${plural(topPeople, 'suma', 'suman')} el ${x.share(top5Share)} del peso de todos los vínculos (Gini ${x.index(gini)}). ` +
          `${x.int(count)} de ellas ${plural(count, 'aporta más del doble de lo que recibe, y las peticiones se le acumulan', 'aportan más del doble de lo que reciben, y las peticiones se les acumulan')}: ` +
          `${x.list(people.map((p) => `${p.id} (aporta ${x.num(p.outStrength)}, recibe ${x.num(p.inStrength)})`))}.`,
      };
    },
    'silo-group': (f, x) => {
      const { internalTies, externalTies, internalShare, eiIndex, eiPValue, permutations, size } = f.figures;
      const chance =
        eiPValue === null
          ? 'sin contrastar con el azar (--permutations 0)'
          : `más de los que el azar dejaría dentro de un grupo de ${x.int(size)}: p ${x.p(eiPValue)} en ${x.int(permutations)} reasignaciones al azar`;
      return {
        title: `El grupo ${f.subject.group} es un silo`,
        detail: `${x.int(internalTies)} de sus ${x.int(internalTies + externalTies)} vínculos ${plural(internalTies, 'queda', 'quedan')} dentro del grupo (${x.share(internalShare)}; E-I ${x.index(eiIndex)}), ${chance}.`,
      };
    },
    'low-reciprocity': (f, x) => {
      const returned = Math.round(f.figures.reciprocity * f.figures.ties);
      return f.subject.type === 'organization'
        ? {
            title: `El conocimiento fluye en un solo sentido: solo el ${x.share(f.figures.reciprocity)} de los vínculos es recíproco`,
            detail: `${x.int(returned)} de ${x.int(f.figures.ties)} vínculos tienen vuelta. El intercambio en ambos sentidos es la señal de la colaboración; un vínculo en un solo sentido es información que se transmite.`,
          }
        : {
            title: `Poco intercambio en el grupo ${f.subject.group}: el ${x.share(f.figures.reciprocity)} de sus vínculos es recíproco`,
            detail: `${x.int(returned)} de los ${x.int(f.figures.ties)} vínculos entre sus miembros tienen vuelta.`,
          };
    },
    'inactive-group': (f, x) => ({
      title: `El grupo ${f.subject.group} está mayormente inactivo o en declive`,
      detail: `${x.int(f.figures.dormant)} ${plural(f.figures.dormant, 'inactiva', 'inactivas')} y ${x.int(f.figures.fading)} en declive de ${x.int(f.figures.size)} personas (${x.share(f.figures.share)}).`,
    }),
    'absent-people': (f, x) => ({
      title:
        f.figures.count === 1
          ? 'En el fichero de personas hay 1 que no aparece en los datos'
          : `En el fichero de personas hay ${x.int(f.figures.count)} que no aparecen en los datos`,
      detail: `${f.figures.count === 1 ? 'Figura' : 'Figuran'} en la lista, pero sin ninguna interacción en lo analizado (el ${x.share(f.figures.share)} de las personas): ${x.list(f.subject.ids)}. Suele deberse al alcance de la exportación —otra herramienta, una baja, una incorporación— más que a desinterés; no ${f.figures.count === 1 ? 'cuenta' : 'cuentan'} en ninguna cifra de actividad.`,
    }),
    'one-way-people': (f, x) => ({
      title:
        f.figures.count === 1
          ? '1 persona comparte en un solo sentido'
          : `${x.int(f.figures.count)} personas comparten en un solo sentido`,
      detail: `El ${x.share(f.figures.share)} de las personas con algún vínculo; ${x.int(f.figures.senders)} sobre todo envían, ${x.int(f.figures.receivers)} sobre todo reciben: ${x.list(f.subject.ids)}.`,
    }),
    'distant-managers': (f, x) => ({
      title: `${x.int(f.figures.count)} de los ${x.int(f.figures.managers)} responsables de dos o más personas no ${plural(f.figures.count, 'tiene', 'tienen')} vínculo con la mayoría de las personas a su cargo`,
      detail: `Sin vínculo en ningún sentido con tantas personas de su equipo: ${x.list(f.figures.people.map((p) => `${p.id} (${x.int(p.untied)} de ${x.int(p.reports)})`))}. Ahí la línea jerárquica y la colaboración del día a día se separan.`,
    }),
    'informal-leaders': (f, x) => ({
      title: `${x.int(f.figures.count)} de las ${x.int(f.figures.top)} principales personas de referencia no ${plural(f.figures.count, 'dirige', 'dirigen')} a nadie`,
      detail: `Los demás acuden a ${x.list(f.figures.people.map((p) => `${p.id} (n.º ${x.int(p.rank)})`))} según la puntuación de referencia, aunque ${plural(f.figures.count, 'no tiene a nadie a su cargo', 'ninguna tiene a nadie a su cargo')}: un liderazgo informal que el organigrama no muestra.`,
    }),
    'cross-group-community': (f, x) => ({
      title: `La comunidad ${f.subject.community} atraviesa ${x.int(f.figures.groups)} grupos`,
      detail: `${x.int(f.figures.size)} personas, sin que ningún grupo reúna la mitad; los mayores: ${f.figures.largest.map((g) => `${g.group} (${x.int(g.members)})`).join(', ')}. Una colaboración que el organigrama no dibuja.`,
    }),
  },

  kpis: {
    heading: 'Cifras principales',
    people: 'Personas',
    peopleNote: (isolates) => `todas las personas presentes en los datos; ${isolates} sin ningún vínculo`,
    ties: 'Vínculos',
    tiesNote: (interactions) => `quién se dirige a quién, a partir de ${interactions} interacciones`,
    tiesNoteUndirected: (interactions) => `parejas de personas en contacto, a partir de ${interactions} interacciones`,
    density: 'Densidad',
    densityNote: 'proporción de todos los vínculos posibles que existen',
    reciprocity: 'Reciprocidad',
    reciprocityNote: 'proporción de vínculos correspondidos: intercambio en ambos sentidos',
    modularity: 'Modularidad',
    modularityNote: (communities) => `cuán claramente se divide la red en sus ${communities} comunidades (más de 0,3: claramente)`,
    activeShare: 'Proporción activa',
    activeShareNote: 'de las personas que aparecen en los datos, las que no estuvieron inactivas en los últimos períodos completos',
  },

  map: {
    heading: 'Mapa de la red',
    hint: 'Desplace para acercar, arrastre para mover. Pase sobre una persona para ver sus cifras; pulse una entrada de la leyenda para resaltar un grupo; busque a alguien para verlo con sus contactos.',
    colorBy: 'Color por',
    sizeBy: 'Tamaño por',
    color: { group: 'grupo', community: 'comunidad' },
    size: { sourcePagerank: 'índice de referente', pagerank: 'PageRank', betweenness: 'intermediación', degree: 'grado' },
    search: 'Buscar una persona…',
    searchLabel: 'Buscar una persona',
    noMatch: 'nadie con ese nombre',
    clear: 'Quitar',
    legendGroups: 'Grupos',
    legendCommunities: 'Comunidades',
    otherGroups: (n) => `${n} ${plural(n, 'grupo menor', 'grupos menores')} (gris)`,
    otherCommunities: (n) => `${n} ${plural(n, 'comunidad menor', 'comunidades menores')} (gris)`,
    noGroup: 'sin grupo',
    noValue: 'sin valor',
    otherValues: (n) => `${n} ${plural(n, 'valor menos frecuente', 'valores menos frecuentes')} (gris)`,
    community: (id) => `comunidad ${id}`,
    markCritical: 'persona crítica',
    core: (size, k) => `Resaltar el núcleo (${size} personas, cada una unida a ${k} o más de él)`,
    markKeyPlayer: 'persona clave',
    thinned: (shown, total) =>
      `Se muestran los ${shown} vínculos más fuertes de ${total} (incluido el más fuerte de cada persona) para que el mapa siga fluido; se dibujan todas las personas.`,
    noWebgl: 'Este navegador no puede dibujar el mapa (WebGL está desactivado o no disponible); el resto de secciones funciona.',
    neighbours: (n) => `${n} ${plural(n, 'contacto resaltado', 'contactos resaltados')}`,
    reportingLine: {
      toggle: 'Mostrar la línea jerárquica',
      legend: 'Línea jerárquica',
      tied: 'persona y responsable con vínculo',
      untied: 'sin vínculo entre ellos',
      note: 'Cada línea une a una persona con su responsable: continua cuando tienen un vínculo, en cualquier sentido; discontinua cuando no tienen ninguno.',
    },
  },

  person: {
    group: 'grupo',
    community: 'comunidad',
    sourcePagerank: 'índice de referente',
    pagerank: 'PageRank',
    betweenness: 'intermediación',
    closeness: 'cercanía',
    degree: 'vínculos entrantes / salientes',
    reciprocity: 'reciprocidad',
    dependents: 'dependientes',
    coreNumber: 'número de núcleo',
    manager: 'responsable',
    directReports: 'a su cargo',
    status: 'actividad',
    interactions: 'interacciones',
    roles: 'roles',
    none: 'ninguno',
  },

  groups: {
    heading: 'Grupos',
    intro: 'Dentro: proporción de los vínculos del grupo que quedan dentro de él. Índice E-I: −1 cuando todos los vínculos quedan dentro, +1 cuando todos van a otros grupos; la línea marca −0,5. p: con qué frecuencia las reasignaciones al azar de los grupos (mismos tamaños) dan un E-I igual de bajo; un silo es un grupo con un E-I de −0,5 o menos y p por debajo de 0,05. Reciprocidad: proporción de los vínculos internos del grupo que son correspondidos.',
    group: 'grupo',
    size: 'personas',
    inside: 'dentro',
    ei: 'índice E-I',
    p: 'p',
    reciprocity: 'reciprocidad',
    density: 'densidad',
    activity: 'actividad',
    connectors: 'conectores',
    silo: 'silo',
  },

  attributes: {
    heading: (name) => `Grupos por ${name}`,
    intro: 'Las cifras de grupo según el valor de otra columna del fichero de personas (--compare-by); las columnas numéricas, en cuartiles. Dentro, E-I y p se leen como en la tabla de grupos.',
    value: 'valor',
    summary: (ei, p) => `En los vínculos entre dos personas que tienen un valor: E-I ${ei}, p ${p} (una p baja: cada cual se relaciona con los de su mismo valor más de lo que haría el azar).`,
  },

  mixing: {
    heading: 'Quién habla con quién',
    intro: 'Cada fila es un grupo y reparte todos sus vínculos, entrantes y salientes. La diagonal es la proporción que queda dentro (el «dentro» de la tabla de grupos); cada otra celda, la proporción con el grupo de la columna, en cualquier sentido. Los vínculos con personas sin grupo no están en ninguna celda.',
    largest: (shown, total) => `Los ${shown} grupos más grandes de ${total}.`,
    cell: (from, to, ties, share) =>
      from === to ? `${from}: ${ties} vínculos dentro, el ${share} de sus vínculos` : `${from} ↔ ${to}: ${ties} vínculos, el ${share} de los vínculos de ${from}`,
  },

  activity: {
    heading: 'Actividad en el tiempo',
    intro: (period) => `Interacciones y personas activas por ${period}.`,
    interactions: 'interacciones',
    activePeople: 'personas activas',
    trend: (trend) => `Tendencia de los últimos períodos frente a los anteriores: ${trend}.`,
    partial: (periods, many, noneComplete) =>
      noneComplete
        ? `${periods} ${many ? 'solo están' : 'solo está'} en parte en los datos, y ningún período está completo: no se considera a nadie inactivo, en declive ni en crecimiento (un --period más corto da períodos completos que comparar).`
        : `${periods} ${many ? 'solo están' : 'solo está'} en parte en los datos: se muestran, pero tendencias y estados se juzgan solo con los períodos completos.`,
    covered: (period, share) => `${period} (el ${share})`,
    period: { day: 'día', week: 'semana', month: 'mes', quarter: 'trimestre' },
    status: { dormant: 'inactiva', fading: 'en declive', growing: 'en crecimiento', steady: 'estable', absent: 'sin datos' },
    statusHeading: { dormant: 'Inactivas', fading: 'En declive', growing: 'En crecimiento', absent: 'Sin datos' },
    statusNote: {
      absent: 'en el fichero de personas, sin ninguna interacción en los datos (suele ser el alcance de la exportación, no desinterés)',
      dormant: 'nada en los últimos períodos',
      fading: 'actividad reducida a la mitad o menos',
      growing: 'actividad aumentada en la mitad o más',
    },
  },

  windows: {
    heading: 'La red a lo largo del tiempo',
    intro: (count: string) =>
      `${count} ventanas; cada cifra se calcula sobre la red de las interacciones de esa ventana, con las personas activas en ella, de modo que un mes tranquilo no parece una red dispersa. Elija la organización o un grupo.`,
    subject: 'Mostrar',
    organization: 'la organización',
    partial: (count: string, many: boolean) =>
      `Puntos huecos: ${many ? `${count} ventanas que los datos cubren solo en parte; sus cifras se basan` : 'una ventana que los datos cubren solo en parte; sus cifras se basan'} en menos días.`,
    figures: {
      people: 'personas activas',
      density: 'densidad',
      reciprocity: 'reciprocidad',
      eiIndex: 'índice E-I (−1 hacia dentro, +1 hacia fuera)',
      modularity: 'modularidad',
      transitivity: 'transitividad',
      distanceFragmentation: 'fragmentación por distancia',
      internalShare: 'proporción de vínculos dentro del grupo',
      activePeople: 'miembros activos',
    },
  },

  top: {
    heading: 'Personas destacadas',
    intro: 'Las diez primeras según cada medida. Un vínculo apunta en el sentido en que fluye el conocimiento: de quien comparte a quien recibe.',
    sourcePagerank: 'Personas de referencia',
    sourcePagerankNote: 'índice de referente (PageRank con los vínculos invertidos): el conocimiento fluye de ellas hacia muchas personas, también hacia otras a las que se acude',
    pagerank: 'PageRank',
    pagerankNote: 'el conocimiento fluye hacia ellas: reciben de personas que a su vez reciben mucho',
    measures:
      'índice de referente: PageRank con los vínculos invertidos, alto para las personas de quienes fluye el conocimiento, a las que otras acuden; PageRank: alto para aquellas hacia quienes fluye. Un vínculo apunta de quien comparte a quien recibe.',
    betweenness: 'Intermediación',
    betweennessNote: 'está en los caminos más cortos entre otras: intermediarias',
    closeness: 'Cercanía',
    closenessNote: 'llega a todos en pocos pasos',
    degree: 'Grado',
    degreeNote: 'los contactos más directos',
    person: 'persona',
    value: 'valor',
  },

  roles: {
    heading: 'Roles',
    intro: 'Una persona puede tener varios roles.',
    name: {
      broker: 'Intermediarias',
      'central-connector': 'Conectoras centrales',
      critical: 'Personas críticas',
      overloaded: 'Personas sobrecargadas',
      'one-way': 'Personas que comparten en un solo sentido',
      peripheral: 'Personas periféricas',
      isolate: 'Aisladas',
    },
    short: {
      broker: 'intermediaria',
      'central-connector': 'conectora central',
      critical: 'crítica',
      overloaded: 'sobrecargada',
      'one-way': 'en un solo sentido',
      peripheral: 'periférica',
      isolate: 'aislada',
    },
    note: {
      broker: 'unen grupos: intermediación alta, y por ellas pasa conocimiento de un grupo a otro',
      'central-connector': 'los más contactos (el 10 % superior)',
      critical: 'su salida dejaría a otras personas aisladas',
      overloaded: 'entre el 5 % que más da, y dan más del doble de lo que reciben',
      'one-way': 'comparten o reciben, pero no intercambian',
      peripheral: 'un único contacto',
      isolate: 'ningún vínculo',
    },
  },

  resilience: {
    heading: 'Resiliencia',
    intro: 'A quién no se puede permitir perder la organización.',
    cutPoints: (n) => `Puntos de corte: ${n}, personas cuya salida partiría la red.`,
    noCutPoints: 'Ningún punto de corte: ninguna salida aislada parte la red.',
    critical: 'Personas críticas y cuántas quedarían aisladas sin ellas',
    dependents: 'dependientes',
    cutOff: 'grupos de las personas que quedarían aisladas',
    noGroup: 'sin grupo',
    distance: (hops, df) => `Hoy las personas están de media a ${hops} pasos unas de otras (la media armónica de las distancias entre ellas; fragmentación por distancia ${df}).`,
    nobodyReaches: 'Nadie puede llegar a nadie.',
    without: 'sin ellas (y las anteriores), las personas están de media a',
    apart: (hops) => `${hops} pasos`,
    nobody: 'nadie llega a nadie',
    keyPlayers: 'Personas clave: aquellas cuya salida conjunta fragmenta más la red, elegidas de una en una.',
    curve: 'Fragmentación a medida que salen las personas clave, una tras otra',
    removed: 'personas clave retiradas',
    fragmentation: 'fragmentación',
    distanceFragmentation: 'fragmentación por distancia',
    start: 'hoy',
    reachPlayers: 'A quién informar: las personas que juntas llegan a más gente en un paso, elegidas de una en una.',
    adds: 'añade',
    reached: 'personas alcanzadas',
  },

  load: {
    heading: 'Quién sostiene la colaboración',
    intro: 'Cuán repartido está lo que aporta cada persona: un vínculo va de quien transmite el conocimiento, así que lo que aporta una persona es el peso de los vínculos que salen de ella.',
    shares: (top1, top5, top20) => `El 1\u00a0% de las personas que más aporta da el ${top1} de todo el peso; el 5\u00a0%, el ${top5}; el 20\u00a0%, el ${top20}.`,
    gini: (gini) => `Coeficiente de Gini de lo aportado: ${gini} (0 todas igual, cerca de 1 una sola lo aporta todo).`,
    overloaded: 'Sobrecargadas: entre el 5 % que más aporta, y aportan más del doble de lo que reciben',
    gives: 'aporta',
    receives: 'recibe',
    curve: 'Curva de Lorenz: la parte de todo lo aportado (en vertical) según la parte de personas que menos aporta (en horizontal)',
    people: 'personas, de las que menos aportan',
    given: 'aportado',
    equality: 'todas igual',
  },

  communities: {
    heading: 'Comunidades',
    intro: (alignment) => `La estructura informal que encuentra Louvain. Alineación con los grupos (información mutua normalizada): ${alignment}; 1 significa que comunidades y grupos coinciden.`,
    introNoGroups: 'La estructura informal que encuentra Louvain.',
    community: 'comunidad',
    size: 'personas',
    dominant: 'grupo mayor',
    share: 'proporción',
    groups: 'grupos',
    singles: (n) => `${n} comunidades de una sola persona no se muestran.`,
    more: (n) => `${n} comunidades más en la salida JSON.`,
  },

  meta: {
    heading: 'Sobre este informe',
    input: 'Archivo de interacciones',
    columns: 'columnas',
    delimiter: 'separador',
    rows: (read, used) => `${read} filas leídas, ${used} usadas`,
    skipped: 'omitidas',
    selfLoops: 'autobucles',
    filtered: 'filtradas',
    tiesDropped: 'vínculos descartados',
    people: 'Archivo de personas',
    groupBy: 'columna de grupo',
    peopleRows: (n) => `${n} personas en la lista`,
    betweenness: 'Intermediación',
    exact: 'exacta',
    sampled: (k, seed) => `estimada a partir de ${k} personas de muestra (semilla ${seed})`,
    options: 'Opciones',
    warnings: 'Avisos',
    noWarnings: 'ninguno',
    removed: 'Retiradas antes del análisis',
    generatedBy: (version, date) => `Generado por orgnet ${version} el ${date}.`,
  },

  more: (n) => `y ${n} más`,

  compare: compareEs,
  /** The workbook's words (render/xlsx/): sheet names, the Summary, figures and column headers. */
  workbook: {
    sheets: {
      summary: 'Resumen',
      people: 'Personas',
      groups: 'Grupos',
      mixing: 'Mezcla',
      communities: 'Comunidades',
      activity: 'Actividad',
      ties: 'Vínculos',
      windows: 'Ventanas',
      attributes: 'Atributos',
    },
    summary: {
      organization: 'Organización',
      figure: 'Indicador',
      field: 'Campo',
      value: 'Valor',
      meaning: 'Qué significa',
      findings: 'Hallazgos',
      personMeasures: 'Cómo leer la hoja Personas',
      keyPlayers: 'Personas clave (elegidas una tras otra)',
      reachPlayers: 'A quién informar: personas de alcance (elegidas una tras otra)',
      about: 'Acerca de este informe',
    },
    mixing: {
      tiesCorner: 'Vínculos: de \\ a',
      weightCorner: 'Peso: de \\ a',
    },
    /** Each figure's name and a one-line explanation. */
    figures: {
      people: { label: 'Personas', meaning: 'todas las personas de la red, también las que no tienen ningún vínculo' },
      ties: { label: 'Vínculos', meaning: 'pares ordenados de personas con al menos una interacción de la primera a la segunda' },
      interactions: { label: 'Interacciones', meaning: 'filas de entrada que formaron un vínculo' },
      totalWeight: { label: 'Peso total', meaning: 'suma de los pesos de todos los vínculos' },
      density: { label: 'Densidad', meaning: 'proporción de los vínculos posibles que existen' },
      reciprocity: { label: 'Reciprocidad', meaning: 'proporción de vínculos correspondidos: intercambio en ambos sentidos, no en uno solo' },
      dyadReciprocity: { label: 'Reciprocidad diádica', meaning: 'proporción de pares conectados que intercambian en ambos sentidos' },
      components: { label: 'Componentes', meaning: 'partes separadas de la red (una persona sin vínculos es una)' },
      largestComponentShare: { label: 'Componente mayor', meaning: 'proporción de personas en la mayor parte conectada' },
      isolates: { label: 'Aislados', meaning: 'personas sin ningún vínculo' },
      transitivity: { label: 'Transitividad', meaning: 'proporción de tríadas conectadas que cierran un triángulo' },
      degreeCentralization: { label: 'Centralización de grado', meaning: 'cuánto dependen los vínculos de una sola persona: 0 parejo, 1 una estrella' },
      eiIndex: { label: 'Índice E-I', meaning: 'vínculos entre grupos frente a vínculos dentro de ellos: −1 todo dentro, +1 todo entre grupos' },
      'overload.gini': { label: 'Gini de lo aportado', meaning: 'cuán desigual es lo que aportan las personas (su outStrength): 0 todas igual, cerca de 1 una sola lo aporta todo' },
      'overload.top1Share': { label: 'Aporte del 1 % superior', meaning: 'proporción de todo el peso aportado por el 1 % de personas que más aporta' },
      'overload.top5Share': { label: 'Aporte del 5 % superior', meaning: 'proporción de todo el peso aportado por el 5 % de personas que más aporta (un cuarto o más: unas pocas personas sostienen la colaboración)' },
      'overload.top20Share': { label: 'Aporte del 20 % superior', meaning: 'proporción de todo el peso aportado por el 20 % de personas que más aporta' },
      coreSize: { label: 'Tamaño del núcleo', meaning: 'personas del k-núcleo más interno: cada una unida al menos a k otras de él, para el mayor k posible' },
      eiPValue: { label: 'Valor p del E-I', meaning: 'proporción de reasignaciones al azar de los grupos (mismos tamaños) con un E-I igual o más bajo: por debajo de 0,05, más cerrada de lo que daría el azar' },
      communities: { label: 'Comunidades', meaning: 'agrupaciones informales halladas en los vínculos (Louvain)' },
      modularity: { label: 'Modularidad', meaning: 'cuán nítidamente se divide la red en esas comunidades' },
      groupAlignment: { label: 'Alineación con los grupos', meaning: 'cuánto siguen las comunidades a los grupos formales: 0 nada, 1 exactamente' },
      activeShare: { label: 'Proporción activa', meaning: 'proporción de personas que no están inactivas' },
      cutPoints: { label: 'Puntos de corte', meaning: 'personas cuya salida dividiría la red' },
      fragmentation: { label: 'Fragmentación', meaning: 'proporción de pares de personas que no pueden alcanzarse: 0 conectada, 1 todos separados' },
      distanceFragmentation: { label: 'Fragmentación por distancia', meaning: 'cuán lejos están las personas: 0 todas adyacentes, 1 todas separadas' },
    },
    hierarchyFigures: {
      people: { label: 'En la línea jerárquica', meaning: 'personas con responsable o con alguien a su cargo' },
      managers: { label: 'Responsables', meaning: 'personas con al menos una persona a su cargo' },
      maxDepth: { label: 'Cadena más larga', meaning: 'el mayor número de responsables por encima de alguien' },
      tiesOnReportingLine: { label: 'Vínculos en la línea jerárquica', meaning: 'proporción de los vínculos que unen a una persona con su responsable directo' },
    },
    activityFigures: {
      period: { label: 'Período de actividad', meaning: 'la unidad de la actividad en el tiempo' },
      periods: { label: 'Períodos', meaning: 'períodos desde la primera hasta la última fecha' },
      trend: { label: 'Tendencia de actividad', meaning: 'interacciones de los últimos períodos frente a los anteriores' },
    },
    reachPlayerFields: {
      id: 'Persona',
      reach: 'Personas alcanzadas, acumulado',
    },
    keyPlayerFields: {
      id: 'Persona',
      fragmentation: 'Fragmentación tras su salida',
      distanceFragmentation: 'Fragmentación por distancia tras su salida',
    },
    /** Column headers, by table and column key. */
    fields: {
      people: {
        id: 'Persona',
        label: 'Nombre',
        group: 'Grupo',
        inDegree: 'Grado de entrada',
        outDegree: 'Grado de salida',
        inStrength: 'Fuerza de entrada',
        outStrength: 'Fuerza de salida',
        degreeCentrality: 'Centralidad de grado',
        betweenness: 'Intermediación',
        closeness: 'Cercanía',
        pagerank: 'PageRank',
        sourcePagerank: 'Índice de referente',
        coreNumber: 'Número de núcleo',
        reciprocity: 'Reciprocidad',
        giveTakeRatio: 'Razón dar/recibir',
        constraint: 'Restricción',
        effectiveSize: 'Tamaño efectivo',
        externalShare: 'Proporción externa',
        'brokerage.coordinator': 'Brokerage: coordinador',
        'brokerage.itinerant': 'Brokerage: itinerante',
        'brokerage.gatekeeper': 'Brokerage: guardián',
        'brokerage.representative': 'Brokerage: representante',
        'brokerage.liaison': 'Brokerage: enlace',
        cutPoint: 'Punto de corte',
        dependents: 'Dependientes',
        community: 'Comunidad',
        roles: 'Roles',
        manager: 'Responsable',
        directReports: 'A su cargo',
        managerTie: 'Vínculo con su responsable',
        'activity.interactions': 'Interacciones',
        'activity.activePeriods': 'Períodos activos',
        'activity.activityRate': 'Tasa de actividad',
        'activity.firstSeen': 'Primera actividad',
        'activity.lastSeen': 'Última actividad',
        'activity.trend': 'Tendencia',
        'activity.status': 'Estado',
      },
      groups: {
        group: 'Grupo',
        size: 'Tamaño',
        internalTies: 'Vínculos internos',
        externalTies: 'Vínculos externos',
        eiIndex: 'Índice E-I',
        eiPValue: 'Valor p del E-I',
        internalShare: 'Vínculos dentro',
        density: 'Densidad',
        reciprocity: 'Reciprocidad',
        activityRate: 'Tasa de actividad',
        connectors: 'Conectores',
      },
      attributes: {
        attribute: 'Atributo',
        group: 'Valor',
        size: 'Tamaño',
        internalTies: 'Vínculos internos',
        externalTies: 'Vínculos externos',
        eiIndex: 'Índice E-I',
        eiPValue: 'Valor p del E-I',
        internalShare: 'Vínculos dentro',
        density: 'Densidad',
        reciprocity: 'Reciprocidad',
      },
      communities: {
        id: 'Comunidad',
        size: 'Tamaño',
        dominantGroup: 'Grupo dominante',
        dominantShare: 'Proporción dominante',
        groups: 'Miembros por grupo',
      },
      activity: {
        period: 'Período',
        start: 'Inicio',
        coverage: 'Cobertura',
        interactions: 'Interacciones',
        activePeople: 'Personas activas',
        newTies: 'Vínculos nuevos',
        reciprocity: 'Reciprocidad',
      },
      ties: {
        source: 'Origen',
        target: 'Destino',
        weight: 'Peso',
        count: 'Interacciones',
        first: 'Primera',
        last: 'Última',
      },
      mixing: {
        from: 'Del grupo',
        to: 'Al grupo',
        ties: 'Vínculos',
        weight: 'Peso',
      },
      windows: {
        start: 'Inicio',
        end: 'Fin (día siguiente)',
        coverage: 'Cobertura',
        group: 'Grupo',
        people: 'Personas activas',
        ties: 'Vínculos',
        density: 'Densidad',
        reciprocity: 'Reciprocidad',
        dyadReciprocity: 'Pares mutuos',
        eiIndex: 'Índice E-I',
        internalShare: 'Vínculos dentro',
        modularity: 'Modularidad',
        transitivity: 'Transitividad',
        distanceFragmentation: 'Fragmentación por distancia',
      },
    },
  },
};
