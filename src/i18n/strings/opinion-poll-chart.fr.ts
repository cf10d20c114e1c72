/** French interface text of `<opinion-poll-chart>` (see opinion-poll-chart.ts). */
import type { OpinionPollChartStrings } from './opinion-poll-chart.js';

// No-break spaces inside guillemets and before high punctuation, so a line never starts with « : » or « ».
const NB = '\u00a0';
const fq = (text: string) => `«${NB}${text}${NB}»`;

export const fr: OpinionPollChartStrings = {
  label: 'Sondage',
  questionAsked: 'Question posée',
  questionParaphrased: `Question (paraphrase${NB}: la formulation exacte n’a pas été publiée)`,
  translation: 'Traduction',
  pollster: 'Institut',
  sponsor: 'Commanditaire',
  noSponsor: 'Aucun indiqué',
  population: 'Population',
  fieldwork: 'Terrain',
  published: 'Publication',
  sampleSize: 'Effectif',
  mode: 'Mode de recueil',
  marginOfError: 'Marge d’erreur',
  status: 'Origine des chiffres',
  notes: 'Remarques',
  methodology: 'Fiche technique',
  waveNotes: 'Remarques sur chaque vague',
  notPublished: 'Non publié',
  modes: {
    telephone: 'Téléphone',
    online: 'En ligne',
    'face-to-face': 'Face à face',
    mixed: 'Modes mixtes',
    unknown: 'Non publié',
  },
  statuses: {
    primary: 'publication de l’institut',
    microdata: 'calcul à partir des microdonnées publiques de l’institut',
    secondary: 'articles de presse citant l’institut',
    derived: 'valeur déduite de chiffres publiés',
    'state-media': 'relayé uniquement par des médias d’État russes',
  },
  statusNotes: {
    derived: `Valeur déduite${NB}: calculée à partir d’écarts publiés par l’institut, et non publiée telle quelle.`,
    'state-media': `Relayé uniquement par des médias d’État russes, commanditaires ou relais du sondage${NB}; présenté avec cette attribution.`,
  },
  respondents: { FR: 'Français interrogés', RU: 'Russes interrogés' },
  by: (pollster, sponsor) => (sponsor ? `${pollster} pour ${sponsor}` : pollster),
  margin: (points) => `±${NB}${points}${NB}points`,
  marginRange: (low, high) => `de ±${NB}${low} à ±${NB}${high}${NB}points`,
  marginPublished: 'publiée par l’institut',
  marginComputed: (_, n, confidence) =>
    `calculée par nos soins${NB}: erreur d’échantillonnage à ${confidence} d’un échantillon aléatoire simple de ${n}${NB}personnes${NB}; l’institut n’en a pas publié`,
  marginComputedWaves: (confidence) =>
    `calculée par nos soins d’après l’effectif de chaque vague${NB}: erreur d’échantillonnage à ${confidence} d’un échantillon aléatoire simple`,
  marginMixed: 'publiée pour certaines vagues, calculée par nos soins d’après l’effectif pour les autres',
  computed: 'calculée',
  otherWaves: 'non publié pour les autres vagues',
  waves: (count, formatted) => `${formatted}${NB}${count < 2 ? 'vague' : 'vagues'}`,
  summaryPoll: (s) =>
    `${s.question ? `${s.question}${NB}: ` : ''}${s.share} des ${s.respondents} ont choisi ${fq(s.answer)} (${s.by}, ${s.year}).`,
  summarySeries: (s) =>
    `${s.by}, ${s.date}${NB}: ${s.share} des ${s.respondents} ont choisi ${fq(s.answer)}${s.earlier ? ` (${s.earlier.date}${NB}: ${s.earlier.share})` : ''}.`,
  multipleChoice: (hundred) => `Plusieurs réponses étaient possibles${NB}: le total des parts n’est pas égal à ${hundred}.`,
  remainder: 'Autres réponses / non publiées',
  showTable: 'Afficher le tableau',
  download: 'Télécharger les données (CSV)',
  answer: 'Réponse',
  share: 'Part',
  wave: 'Vague',
  seeTable: 'Les chiffres exacts figurent dans le tableau qui suit le graphique.',
  longGap: 'Un trait pointillé relie deux vagues distantes de plus de trois ans.',
  gapNote: `Une interruption de la courbe correspond à une vague où cette réponse n’a pas été publiée${NB}; rien n’est tracé entre les deux.`,
  keyboardHint: 'Les touches fléchées permettent de passer d’une valeur à l’autre.',
  neverPublished: 'non publié',
  errors: {
    missing: `Indiquez l’identifiant d’un sondage (attribut ${fq('poll')}) ou d’une série de sondages (attribut ${fq('series')}).`,
    unknownPoll: (id) => `Aucun sondage n’a l’identifiant ${fq(id)}.`,
    unknownSeries: (id) => `Aucune série de sondages n’a l’identifiant ${fq(id)}.`,
    both: `Indiquez ${fq('poll')} ou ${fq('series')}, pas les deux. Le sondage est affiché.`,
    oneWave: (id) => `La série ${fq(id)} ne compte qu’une vague, trop peu pour une courbe${NB}: elle est présentée en barre.`,
    sharesDontAddUp: (question, sum, hundred) =>
      `Les parts de ${fq(question)} totalisent ${sum} et non ${hundred}${NB}: elles ne sont pas représentées.`,
    waveTooHigh: (date, sum, hundred) => `Les parts de la vague ${date} totalisent ${sum}, plus de ${hundred}${NB}: cette vague est écartée.`,
    lineNeedsSeries: `Une courbe demande une série de sondages${NB}: ce sondage isolé est présenté en barres.`,
    invalidData: (detail) => `La propriété ${fq('data')} ne suit pas le schéma du jeu de données (${detail}).`,
  },
};
