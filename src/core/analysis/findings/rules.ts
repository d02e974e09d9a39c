/**
 * The thresholds behind every finding, in one place (README "Findings" says the same).
 * Shares are fractions (0.5 = 50 %); figures compared are the Report's own fields.
 */
export const FINDING_RULES = {
  /**
   * A silo: E-I at or below −0.5 (three quarters of the ties stay inside) and more inward than
   * chance (permutation p-value under 0.05); −0.8 or below (nine tenths inside) is severe.
   */
  silo: { eiIndex: -0.5, high: -0.8, pValue: 0.05 },
  /** People never seen: worth a medium finding from a tenth of the people. */
  absent: { mediumShare: 0.1 },
  /** Mostly dormant or fading: at least half of a group of 3 or more (people with some interaction); three quarters is severe. */
  inactiveGroup: { share: 0.5, high: 0.75, minSize: 3 },
  /** Critical people: severe when one of them holds 5 % of the organization, medium from 1 %, else low. */
  critical: { highShare: 0.05, mediumShare: 0.01 },
  /**
   * Overload: the top 5 % give a quarter of all the weight or more (Cross: 20–35 % of
   * collaborations come from 3–5 % of the people), and someone there is `overloaded`; severe from
   * 35 %. From 20 people: below, the top 5 % is one person of a handful, whose share says nothing.
   */
  overload: { top5Share: 0.25, high: 0.35, minPeople: 20 },
  /** One-way people are worth a medium finding from 10 % of the people with a tie. */
  oneWay: { mediumShare: 0.1 },
  /** Low reciprocity: under 30 % of ties returned (under 15 % is severe); groups need 5 internal ties. */
  lowReciprocity: { below: 0.3, high: 0.15, groupMinTies: 5 },
  /** A community cuts across groups when no group holds half of its (grouped) members; 3 people or more. */
  crossGroup: { dominantShare: 0.5, minSize: 3 },
  /**
   * Key players' loss: material when the average distance rises by 10 % or someone is cut off;
   * severe from a 25 % rise, 5 % of the people cut off, or nobody reaching anybody.
   */
  keyPlayerLoss: { rise: 0.1, highRise: 0.25, highCutOffShare: 0.05 },
  /**
   * Managers apart from their reports: those of 2 reports or more with no tie to more than half
   * of them; material from one such manager in five, medium from a third, severe from half.
   */
  distantManagers: { minReports: 2, share: 0.2, medium: 1 / 3, high: 0.5 },
  /**
   * Informal leaders: among the top go-to people (the 5, or 5 % of the people when more) those on
   * the reporting line with no direct report; medium when they are half of the top or more.
   */
  informalLeaders: { top: 5, topShare: 0.05, mediumShare: 0.5 },
} as const;
