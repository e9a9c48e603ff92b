package brink.model.war;

import brink.model.force.Forces;
import brink.model.world.AllianceAgent;
import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.DrawnParameters;
import brink.model.world.Outlook;
import brink.model.world.StateAgent;
import brink.model.world.Stream;
import brink.model.world.World;
import brink.scenario.AllianceSpec;
import brink.scenario.Termination;

import java.util.Locale;

/**
 * War as a process: bargaining while fighting (Slantchev 2003; Filson &amp; Werner 2002; Reiter 2009). A use of force
 * opens a conflict between two camps; each day the engaged forces fight a battle decided by a contest success
 * function with a defender's advantage (Hirshleifer 1989), both sides take losses by Lanchester's square law
 * (Lanchester 1916), the front moves with the day's result, and each side updates a Beta belief about its chances
 * from what it sees. The war ends when one side's forces collapse or the front reaches its end (an imposed outcome),
 * or when both sides prefer the present line to fighting on and agree a ceasefire (Fearon 1995's range reopening as
 * beliefs converge and costs mount).
 * <p>
 * The same process, projected forward as a gambler's-ruin walk of the front (Feller 1968, ch. XIV), is what states
 * expect of a war they consider, of a war they are in, and of a war they could join.
 */
public final class War {
    private War() {
    }

    // ------------------------------------------------------------------ strength

    /**
     * Strength a state brings to a war at this intensity: its effective forces and the arms that reached it. The
     * observer sees its own resolve and that of bystanders as they are, another principal's as it believes it to be;
     * observer -1 is the truth (the battle itself).
     */
    static double engaged(World w, int observer, StateAgent s, double intensity) {
        return intensity * (Forces.effective(s.forces, s.readiness, resolve(w, observer, s), w.p.resolveForceWeight) + s.supplies);
    }

    private static double resolve(World w, int observer, StateAgent s) {
        return observer < 0 || observer == s.index || !s.isPrincipal() ? s.currentResolve() : w.states[observer].believedResolve(s.index);
    }

    /** Strength of one side of a conflict as the observer sees it. */
    static double side(World w, int observer, Conflict c, boolean sideA) {
        double total = 0;
        // the side's members in ascending index order: the same sum, in the same order, as a pass over every state
        for (int i = 0, n = c.count(sideA); i < n; i++) {
            int k = c.member(sideA, i);
            total += engaged(w, observer, w.states[k], c.intensity * joinShare(w, c, k));
        }
        return total;
    }

    /** A member brought in by collective defence fights with its alliance's cohesion; a principal belligerent fully. */
    private static double joinShare(World w, Conflict c, int k) {
        if (k == c.attacker || k == c.defender || w.states[k].isPrincipal()) return 1;
        double best = 0;
        for (int a : w.states[k].memberOf) best = Math.max(best, w.alliances[a].cohesion);
        return best == 0 ? 1 : best;
    }

    /** The attacker's daily chance of winning a battle: a contest success function with the defender's advantage. */
    public static double daily(double attacker, double defender, DrawnParameters p) {
        return Forces.winProbability(attacker, p.defenderAdvantage * defender, p.contestExponent);
    }

    // ------------------------------------------------------------------ the front as a random walk

    /**
     * Gambler's ruin: the front moves one step toward victory with probability p each day, one step back otherwise,
     * from {@code start} (0..1) between the attacker's repulse (0) and its victory (1), in steps of {@code step}.
     * Fills out[0] = the attacker's chance of reaching victory first, out[1] = the expected days until either end.
     */
    public static void ruin(double p, double start, double step, double[] out) {
        int n = Math.max(2, (int) Math.round(1 / step));
        int k = Math.max(1, Math.min(n - 1, (int) Math.round(start * n)));
        double q = 1 - p;
        if (p <= 1e-9) {
            out[0] = 0;
            out[1] = k;
        } else if (q <= 1e-9) {
            out[0] = 1;
            out[1] = n - k;
        } else if (Math.abs(p - q) < 1e-9) {
            out[0] = (double) k / n;
            out[1] = (double) k * (n - k);
        } else {
            double r = q / p;
            // (1 - r^k) / (1 - r^n), written to stay finite when r is large
            double win = r < 1 ? (1 - Math.pow(r, k)) / (1 - Math.pow(r, n)) : (Math.pow(1 / r, n - k) - Math.pow(1 / r, n)) / (1 - Math.pow(1 / r, n));
            out[0] = win;
            out[1] = Math.max(1, k / (q - p) - n / (q - p) * win);
        }
    }

    // ------------------------------------------------------------------ what a state expects of a war

    /**
     * What {@code observer} expects of a war between {@code attacker} and {@code defender} at this intensity: the one
     * under way between their camps if there is one, else the war a use of force would open (the defender with the
     * members of its collective-defence alliances, each weighted by cohesion, mobilising its reserves as it fights).
     */
    public static void outlook(World w, int observer, int attacker, int defender, double intensity, boolean home, Outlook out, double[] scratch) {
        DrawnParameters p = w.p;
        Conflict c = between(w, attacker, defender);
        double start, kappa = p.beliefStrength;
        if (c != null) {
            boolean attackerIsA = c.sideA[attacker];
            double sa = side(w, observer, c, attackerIsA), sb = side(w, observer, c, !attackerIsA);
            out.strengthA = sa;
            out.strengthB = sb;
            int obsSide = c.side(observer);
            double pA;
            if (obsSide != 0) {
                // a belligerent judges by its belief about the attacker's daily chance, learned from the battles
                pA = obsSide > 0 ? c.beliefAa / (c.beliefAa + c.beliefAb) : c.beliefBa / (c.beliefBa + c.beliefBb);
                kappa = obsSide > 0 ? c.beliefAa + c.beliefAb : c.beliefBa + c.beliefBb;
            } else {
                pA = daily(side(w, observer, c, true), side(w, observer, c, false), p);
            }
            out.daily = attackerIsA ? pA : 1 - pA;
            start = attackerIsA ? c.control : 1 - c.control;
        } else {
            StateAgent a = w.states[attacker], d = w.states[defender];
            double sa = engaged(w, observer, a, intensity);
            double sdNow = 0, sdLater = 0;
            sdNow += engaged(w, observer, d, intensity);
            // the defender mobilises over the days of the war up to its deployment ceiling, wherever it is struck
            // (home only decides how fast: Forces.mobilisation)
            double mobilised = Math.max(d.forces, Math.min(d.ceiling, d.activeForces));
            sdLater += intensity * (Forces.effective(mobilised, d.readiness, resolve(w, observer, d), p.resolveForceWeight) + d.supplies);
            double allies = collectiveDefence(w, observer, d, attacker, intensity);
            sdNow += allies;
            sdLater += allies;
            out.strengthA = sa;
            out.strengthB = (sdNow + sdLater) / 2;
            out.daily = (daily(sa, sdNow, p) + daily(sa, sdLater, p)) / 2;
            start = p.frontStart;
        }
        // the side's uncertainty about the daily chance: the ruin averaged over its Beta belief
        if (kappa == p.beliefStrength) Expectation.table(kappa, p.controlStep).expect(out.daily, start, scratch);
        else Expectation.average(out.daily, kappa, start, p.controlStep, scratch, w.ruinScratch2);
        out.win = scratch[0];
        out.days = scratch[1];
        out.costAttacker = costOf(w, w.states[attacker], out.days, intensity, out.strengthB, true, out.daily, attacker, defender);
        out.costDefender = costOf(w, w.states[defender], out.days, intensity, out.strengthA, false, out.daily, attacker, defender);
    }

    /**
     * The attacker's chance of winning if it waited the planning window: both sides' strength projected along their
     * measured trends (a build-up still under way, arms flowing in, mobilisation). A balance shifting against the
     * attacker makes acting now worth more than acting later: the preventive motive (Powell 2006).
     */
    public static double winLater(World w, Outlook now, StateAgent attacker, StateAgent defender, double days, double[] scratch) {
        double sa = now.strengthA * Math.max(0, 1 + days * attacker.strengthTrend);
        double sb = now.strengthB * Math.max(0, 1 + days * defender.strengthTrend);
        Expectation.table(w.p.beliefStrength, w.p.controlStep).expect(daily(sa, sb, w.p), w.p.frontStart, scratch);
        return scratch[0];
    }

    /** Members of the defender's collective-defence alliances (not the attacker's own), weighted by cohesion. */
    private static double collectiveDefence(World w, int observer, StateAgent d, int attacker, double intensity) {
        double best = 0;
        for (int a : d.memberOf) {
            AllianceAgent al = w.alliances[a];
            if (!al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE) || al.isMember(attacker)) continue;
            double sum = 0;
            for (int m : al.members) if (m != d.index) sum += engaged(w, observer, w.states[m], intensity);
            best = Math.max(best, al.cohesion * sum);
        }
        return best;
    }

    /**
     * A belligerent's expected cost of a war lasting {@code days}: the economic cost (warCost per 100 days at full
     * intensity, borne less by the resolute), the losses it expects (Lanchester, as a share of its active forces at
     * lossCost), and, when both camps have nuclear weapons, the risk of nuclear use through loss of control valued at
     * the retaliation it would bring. (The upkeep of its forces it pays at war or not.)
     */
    public static double costOf(World w, StateAgent s, double days, double intensity, double enemyStrength, boolean attacker, double daily, int a, int d) {
        DrawnParameters p = s.p;
        double economic = days / 100 * intensity * p.warCost * (1 - s.currentResolve() / 2);
        double lossRate = w.p.attrition * (attacker ? w.p.defenderAdvantage : 1) * enemyStrength
                * (1 + w.p.lossSkew * (attacker ? 1 - daily : daily));
        double losses = s.active0 > 0 ? p.lossCost * Math.min(1, lossRate * days / s.active0) : 0;
        return economic + losses + nuclearRisk(w, s, a, d, days, intensity);
    }

    /** Expected cost of inadvertent nuclear use in a war between nuclear-armed camps (Posen 1991), stake units. */
    static double nuclearRisk(World w, StateAgent s, int a, int d, double days, double intensity) {
        if (!(nuclearCamp(w, a) && nuclearCamp(w, d))) return 0;
        // a war between nuclear-armed camps runs a daily risk of nuclear use nobody chose, at the tension a war brings
        double daily = w.p.lossOfControl * Math.sqrt(intensity) * Math.max(w.crisis.tension, 0.5);
        double chance = 1 - Math.pow(1 - daily, Math.min(days, s.p.planningDays));
        return chance * s.p.nuclearRetaliationCost;
    }

    /** Whether a state or its collective-defence allies have nuclear weapons (computed once at the start). */
    static boolean nuclearCamp(World w, int state) {
        return w.states[state].nuclearCamp;
    }

    /** Sets each state's nuclear camp: its own warheads, or a collective-defence ally's. */
    public static void nuclearCamps(World w) {
        for (StateAgent s : w.states) s.nuclearCamp = campOf(w, s.index);
    }

    private static boolean campOf(World w, int state) {
        if (w.states[state].nuclear()) return true;
        for (int a : w.states[state].memberOf) {
            AllianceAgent al = w.alliances[a];
            if (!al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE)) continue;
            for (int m : al.members) if (w.states[m].nuclear()) return true;
        }
        return false;
    }

    /**
     * The second-strike capability that would answer a nuclear use by {@code user} against {@code target}: the
     * target's own, its collective-defence allies' in full, and the nuclear members of alliances it partners, at
     * extendedDeterrence (0..1).
     */
    public static double retaliation(World w, int user, int target) {
        StateAgent t = w.states[target];
        double best = t.secondStrike;
        for (int a : t.memberOf) {
            AllianceAgent al = w.alliances[a];
            if (!al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE) || al.isMember(user)) continue;
            for (int m : al.members) best = Math.max(best, w.states[m].secondStrike * al.cohesion);
        }
        for (int a = 0; a < w.alliances.length; a++) {
            for (int partner : w.partnersOf[a]) {
                if (partner != target || w.alliances[a].isMember(user)) continue;
                for (int m : w.alliances[a].members) best = Math.max(best, w.states[m].secondStrike * w.p.extendedDeterrence);
            }
        }
        return best;
    }

    /** The active conflict in which the two states fight on opposite sides, or null. */
    public static Conflict between(World w, int x, int y) {
        if (w.crisis.activeConflicts == 0) return null;
        var list = w.crisis.conflicts;
        for (int i = 0; i < list.size(); i++) {
            Conflict c = list.get(i);
            if (c.active && c.side(x) != 0 && c.side(x) == -c.side(y)) return c;
        }
        return null;
    }

    /** The active conflict a state fights in, or null. */
    public static Conflict of(World w, int state) {
        if (w.crisis.activeConflicts == 0) return null;
        var list = w.crisis.conflicts;
        Conflict clash = null;
        for (int i = 0; i < list.size(); i++) {
            Conflict c = list.get(i);
            if (!c.active || c.side(state) == 0) continue;
            if (!c.clash) return c;
            if (clash == null) clash = c;
        }
        return clash;
    }

    // ------------------------------------------------------------------ opening and joining

    /**
     * A use of force by {@code attacker} on {@code target} at this intensity, fighting for {@code aimShare} of the
     * distance from the status quo to its ideal: it joins the war their camps already fight, or opens one. An attack
     * on a member of an alliance with collective defence brings the alliance's members in.
     */
    public static Conflict attack(World w, int attacker, int target, double intensity, double aimShare, int rung) {
        return attack(w, attacker, target, intensity, aimShare, rung, false);
    }

    /**
     * As {@link #attack(World, int, int, double, double, int)}; a clash (a violent incident) is fought over nothing:
     * neither side's win would move the issue, and it ends when both would rather stop, with no agreement.
     */
    public static Conflict attack(World w, int attacker, int target, double intensity, double aimShare, int rung, boolean clash) {
        Crisis cr = w.crisis;
        Conflict c = between(w, attacker, target);
        if (c == null) {
            Conflict mine = clash ? null : of(w, attacker);
            if (mine != null && mine.side(target) == 0) {
                // a war that widens: the new target joins the other side of the war the attacker fights
                c = mine;
                enlist(w, c, target, -mine.side(attacker));
            } else {
                StateAgent a = w.states[attacker], d = w.states[target];
                double q0 = cr.statusQuo;
                double aim = clash ? q0 : q0 + aimShare * (a.ideal - q0);
                double repulse = clash ? q0 : q0 + w.p.repulseShift * (d.ideal - q0);
                c = new Conflict(cr.conflicts.size(), w.states.length, attacker, target, intensity, q0, aim, repulse, cr.day);
                c.clash = clash;
                c.control = w.p.frontStart;
                cr.conflicts.add(c);
                cr.activeConflicts++;
                enlist(w, c, target, -1);
                c.openA = side(w, -1, c, true);
                c.openB = side(w, -1, c, false);
                c.capacityA = capacity(w, c, true);
                c.capacityB = capacity(w, c, false);
                // each side's prior about the attacker's daily chance: its own estimate, worth beliefStrength days
                double pa = daily(side(w, attacker, c, true), side(w, attacker, c, false), w.p);
                double pb = daily(side(w, target, c, true), side(w, target, c, false), w.p);
                c.beliefAa = w.p.beliefStrength * pa;
                c.beliefAb = w.p.beliefStrength * (1 - pa);
                c.beliefBa = w.p.beliefStrength * pb;
                c.beliefBb = w.p.beliefStrength * (1 - pb);
                Conflict opened = c;
                if (w.narrating()) w.say(() -> "war: " + a.name + " attacks " + d.name + String.format(Locale.ROOT,
                        " (intensity %.2f; strength %.0f against %.0f; each side expects the attacker to win %.0f%% / %.0f%% of battles)",
                        opened.intensity, opened.openA, opened.openB, 100 * pa, 100 * pb));
            }
        } else if (intensity > c.intensity) {
            double before = c.intensity;
            c.intensity = intensity;
            Conflict widened = c;
            if (w.narrating()) w.say(() -> String.format(Locale.ROOT, "the war intensifies (%.2f → %.2f)", before, widened.intensity));
        }
        c.rung = Math.max(c.rung, rung);
        w.violence(severity(w, c.intensity));
        return c;
    }

    /** A state enters the war on a side (+1 the attacker's, -1 the defender's); collective defence brings its allies in. */
    public static void enlist(World w, Conflict c, int state, int side) {
        join(w, c, state, side);
        if (side < 0) {
            for (int a : w.states[state].memberOf) {
                AllianceAgent al = w.alliances[a];
                if (!al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE)) continue;
                boolean attackerInside = false;
                for (int k = 0; k < w.states.length; k++) if (c.sideA[k] && al.isMember(k)) attackerInside = true;
                if (attackerInside) continue;
                boolean any = false;
                for (int m : al.members) if (c.side(m) == 0) {
                    join(w, c, m, side);
                    any = true;
                }
                if (any && w.narrating()) w.say(() -> "collective defence: the " + al.name + " comes to the defence of " + w.states[state].name);
            }
        }
    }

    private static void join(World w, Conflict c, int state, int side) {
        if (c.side(state) != 0) return;
        c.enter(state, side > 0);
        StateAgent s = w.states[state];
        double added = engaged(w, -1, s, c.intensity * joinShare(w, c, state));
        double cap = capacity(w, c, state);
        if (side > 0) {
            c.openA += added;
            c.capacityA += cap;
        } else {
            c.openB += added;
            c.capacityB += cap;
        }
        if (state != c.attacker && state != c.defender && w.narrating()) w.say(() -> s.name + " enters the war" + (side > 0 ? " beside the attacker" : " beside the defender"));
    }

    /** ICB severity of a war at this intensity: minor clashes, serious clashes or full-scale war. */
    public static int severity(World w, double intensity) {
        return intensity >= w.p.fullWarIntensity ? 4 : intensity >= w.p.minorIntensity ? 3 : 2;
    }

    // ------------------------------------------------------------------ the daily battle

    /** Arms delivered arrive at the front after the supply lag; attacked states mobilise; each state's trend is measured (at dawn). */
    public static void dawn(World w) {
        int day = w.crisis.day;
        double keep = w.p.trendMemory;
        for (StateAgent s : w.states) {
            double now = s.forces + s.supplies;
            if (!Double.isNaN(s.lastStrength)) s.strengthTrend = keep * s.strengthTrend + (1 - keep) * (now - s.lastStrength) / Math.max(1, s.lastStrength);
            s.lastStrength = now;
            int slot = day % s.pipeline.length;
            if (s.pipeline[slot] != 0) {
                s.supplies += s.pipeline[slot];
                s.pipeline[slot] = 0;
            }
            double mobilised = s.mobilising ? Forces.mobilisation(s) : 0;
            s.forces += mobilised;
            s.liftUsed = Forces.liftBound(s) ? mobilised : 0;
        }
    }

    /** Arms sent to a state today: they arrive after the supply lag. */
    public static void ship(World w, StateAgent to, double amount) {
        int lag = to.pipeline.length - 1;
        to.pipeline[(w.crisis.day + lag) % to.pipeline.length] += amount;
        if (lag == 0) {
            to.supplies += amount;
            to.pipeline[w.crisis.day % to.pipeline.length] -= amount;
        }
    }

    /** Every war fights its day: the battle, losses, the front, beliefs, costs; then how it may end. */
    public static void fight(World w) {
        var list = w.crisis.conflicts;
        for (int i = 0; i < list.size(); i++) {
            Conflict c = list.get(i);
            if (c.active) battle(w, c);
        }
    }

    static void battle(World w, Conflict c) {
        DrawnParameters p = w.p;
        Crisis cr = w.crisis;
        Stream rnd = w.streams.war;
        double sa = side(w, -1, c, true), sb = side(w, -1, c, false);
        double pa = daily(sa, sb, p);
        boolean won = rnd.nextDouble() < pa;
        c.lastResult = won ? 1 : -1;
        c.days++;
        // Lanchester's square law: each side loses in proportion to the other's engaged strength
        double lossA = p.attrition * p.defenderAdvantage * sb * (1 + (won ? 0 : p.lossSkew));
        double lossB = p.attrition * sa * (1 + (won ? p.lossSkew : 0));
        c.lossesA += allocate(w, c, true, lossA, sa);
        c.lossesB += allocate(w, c, false, lossB, sb);
        double before = c.control;
        c.control = Math.max(0, Math.min(1, c.control + (won ? p.controlStep : -p.controlStep)));
        cr.statusQuo = c.position(p.frontStart);
        // each side learns from the battle it saw (Filson & Werner 2002; Slantchev 2003)
        if (won) {
            c.beliefAa++;
            c.beliefBa++;
        } else {
            c.beliefAb++;
            c.beliefBb++;
        }
        cr.addTension(p.warTension * c.intensity);
        for (int k = 0; k < w.states.length; k++) {
            if (c.side(k) == 0) continue;
            StateAgent s = w.states[k];
            s.warCostSoFar += c.intensity * s.p.warCost / 100 * (1 - s.currentResolve() / 2);
        }
        if (w.narrating()) {
            w.say(String.format(Locale.ROOT, "battle, day %d of the war: %s wins the day (attacker's chance %.0f%%); losses %.1f / %.1f thousand; front %.2f → %.2f, position %.2f",
                    c.days, won ? w.states[c.attacker].name : w.states[c.defender].name, 100 * pa, lossA, lossB, before, c.control, cr.statusQuo));
        }
        // a side that lost the ground or its engaged forces is beaten only when it cannot fight back: the forces it
        // could still bring into the theatre are below collapseShare of its capacity when it entered (a fait accompli
        // the loser can still contest stays a war, and bargaining goes on while fighting: Altman 2017; Reiter 2009)
        double nowA = side(w, -1, c, true), nowB = side(w, -1, c, false);
        boolean lostB = c.control >= 1 || nowB < p.collapseShare * c.openB;
        boolean lostA = c.control <= 0 || nowA < p.collapseShare * c.openA;
        if (c.clash && (lostA || lostB)) {
            // a clash over nothing imposes nothing: one side holds the line and the firing stops; the crisis goes on
            end(w, c, Termination.NONE, -1, "the clash is over: " + w.states[c.control >= 0.5 ? c.attacker : c.defender].name + " holds the line");
        } else if (lostB && !canFightBack(w, c, false, nowB)) {
            end(w, c, Termination.IMPOSED, c.attacker, c.control >= 1 ? "the defence collapses: " + w.states[c.attacker].name + " takes its aim"
                    : "the forces of " + w.states[c.defender].name + " collapse");
            cr.statusQuo = c.aim;
        } else if (lostA && !canFightBack(w, c, true, nowA)) {
            end(w, c, Termination.IMPOSED, c.defender, c.control <= 0 ? "the attack is repulsed: " + w.states[c.defender].name + " drives back " + w.states[c.attacker].name
                    : "the forces of " + w.states[c.attacker].name + " collapse");
            cr.statusQuo = c.repulse;
        }
    }

    /**
     * Whether a side can still fight back: the strength it could add by bringing its belligerents up to what they can
     * have in the theatre is at least collapseShare of its capacity when it entered the war.
     */
    static boolean canFightBack(World w, Conflict c, boolean sideA, double now) {
        return capacity(w, c, sideA) - now >= w.p.collapseShare * (sideA ? c.capacityA : c.capacityB);
    }

    /**
     * A side's capacity: the strength its belligerents would engage with every force they can still bring into the
     * theatre (up to the deployment ceiling, less losses: Forces.reachable), at the war's intensity.
     */
    static double capacity(World w, Conflict c, boolean sideA) {
        double total = 0;
        // the side's members in ascending index order, as side() sums them
        for (int i = 0, n = c.count(sideA); i < n; i++) total += capacity(w, c, c.member(sideA, i));
        return total;
    }

    /** One belligerent's share of its side's capacity: what it would engage with all it can bring (Forces.reachable). */
    private static double capacity(World w, Conflict c, int k) {
        StateAgent s = w.states[k];
        return c.intensity * joinShare(w, c, k) * (Forces.effective(Forces.reachable(s), s.readiness, s.currentResolve(), w.p.resolveForceWeight) + s.supplies);
    }

    /** Losses of a side shared among its belligerents by the strength each engages; forces never go negative. */
    private static double allocate(World w, Conflict c, boolean sideA, double loss, double total) {
        if (total <= 0) return 0;
        double taken = 0;
        for (int k = 0; k < w.states.length; k++) {
            if (!(sideA ? c.sideA[k] : c.sideB[k])) continue;
            StateAgent s = w.states[k];
            double share = engaged(w, -1, s, c.intensity * joinShare(w, c, k)) / total;
            double l = Math.min(s.forces, loss * share);
            s.forces -= l;
            s.activeForces = Math.max(s.forces, s.activeForces - l);
            s.losses += l;
            s.warCostSoFar += s.active0 > 0 ? s.p.lossCost * l / s.active0 : 0;
            taken += l;
        }
        return taken;
    }

    /** A war ends: it no longer holds the ladder, its belligerents stop mobilising; an imposed end ends the crisis. */
    public static void end(World w, Conflict c, Termination form, int by, String why) {
        if (!c.active) return;
        c.active = false;
        w.crisis.activeConflicts--;
        c.ending = why;
        for (StateAgent s : w.states) if (c.side(s.index) != 0 && of(w, s.index) == null) s.mobilising = false;
        if (w.narrating()) w.say(() -> "the war ends: " + why + " — " + toll(w, c));
        if (form == Termination.IMPOSED && !w.crisis.atWar()) w.terminate(form, w.crisis.day, why, by);
    }

    /** The war's toll, for the story: days fought, losses by side, where the front and the issue moved. */
    static String toll(World w, Conflict c) {
        return String.format(Locale.ROOT, "%d days of fighting; losses %s %.1f, %s %.1f thousand; front %.2f → %.2f; the issue %.2f → %.2f",
                c.days, w.states[c.attacker].name, c.lossesA, w.states[c.defender].name, c.lossesB, w.p.frontStart, c.control, c.q0, w.crisis.statusQuo);
    }

    // ------------------------------------------------------------------ ceasefires

    /**
     * Bargaining while fighting: each side values fighting on by its own belief (the gambler's ruin from the present
     * front, less the costs of the days it expects); when both prefer the present line, a ceasefire is agreed with
     * chance ceasefireRate a day (Fearon 1995's range reopened; Slantchev 2003's convergence).
     */
    public static void ceasefires(World w, Outlook o, double[] scratch) {
        var list = w.crisis.conflicts;
        for (int i = 0; i < list.size(); i++) {
            Conflict c = list.get(i);
            if (!c.active || c.days == 0) continue;
            if (prefersLine(w, c, c.attacker, o, scratch) && prefersLine(w, c, c.defender, o, scratch)
                    && w.streams.war.nextDouble() < w.p.ceasefireRate) {
                if (c.clash) {
                    // a clash over nothing subsides without an agreement
                    end(w, c, Termination.NONE, -1, "the clash subsides");
                    continue;
                }
                int[] parties = w.partyScratch;
                int n = 0;
                for (int k = 0; k < w.states.length; k++) if (c.side(k) != 0) parties[n++] = k;
                end(w, c, Termination.SEMI_FORMAL_AGREEMENT, -1, w.narrating() ? "a ceasefire on the present line (" + lineWhy(w, c, o, scratch) + ")" : "a ceasefire on the present line");
                w.beginAgreement(Termination.SEMI_FORMAL_AGREEMENT, w.crisis.statusQuo, parties, n, w.allianceScratch, 0, "ceasefire");
            }
        }
    }

    /** Why both sides took the line, for the story: what each expects from fighting on, against the line. */
    private static String lineWhy(World w, Conflict c, Outlook o, double[] scratch) {
        outlook(w, c.attacker, c.attacker, c.defender, c.intensity, false, o, scratch);
        double a = o.win;
        outlook(w, c.defender, c.attacker, c.defender, c.intensity, false, o, scratch);
        double d = o.win;
        return String.format(Locale.ROOT, "after %d days both prefer the line to fighting on (what each expects to gain no longer covers the costs): %s rates its chance of winning the war at %.0f%%, %s rates it at %.0f%%",
                c.days, w.states[c.attacker].name, 100 * a, w.states[c.defender].name, 100 * d);
    }

    /** Does this belligerent prefer the present line to fighting on, as it sees the war? */
    static boolean prefersLine(World w, Conflict c, int state, Outlook o, double[] scratch) {
        StateAgent s = w.states[state];
        outlook(w, state, c.attacker, c.defender, c.intensity, false, o, scratch);
        double now = -s.salience * Math.abs(w.crisis.statusQuo - s.ideal);
        double fight = -s.salience * (o.win * Math.abs(c.aim - s.ideal) + (1 - o.win) * Math.abs(c.repulse - s.ideal));
        double cost = state == c.attacker ? o.costAttacker : o.costDefender;
        return now >= fight - cost;
    }
}
