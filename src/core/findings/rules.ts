/**
 * The thresholds behind every finding, in one place (README "Findings" says the same).
 * Shares are fractions (0.5 = 50 %); figures compared are the Report's own fields.
 */
export const FINDING_RULES = {
  /** A silo: E-I at or below −0.5 (most ties stay inside); −0.8 or below is severe. */
  silo: { eiIndex: -0.5, high: -0.8 },
  /** Mostly dormant or fading: at least half of a group of 3 or more; three quarters is severe. */
  inactiveGroup: { share: 0.5, high: 0.75, minSize: 3 },
  /** Critical people are severe when one of them holds at least 5 % of the organization. */
  critical: { highShare: 0.05 },
  /** One-way people are worth a medium finding from 10 % of the people with a tie. */
  oneWay: { mediumShare: 0.1 },
  /** Low reciprocity: under 30 % of ties returned (under 15 % is severe); groups need 5 internal ties. */
  lowReciprocity: { below: 0.3, high: 0.15, groupMinTies: 5 },
  /** A community cuts across groups when no group holds half of its (grouped) members; 3 people or more. */
  crossGroup: { dominantShare: 0.5, minSize: 3 },
  /** Key players' loss: severe when the chosen measure rises by 0.1 or more, medium from 0.02. */
  keyPlayerLoss: { high: 0.1, medium: 0.02 },
} as const;
