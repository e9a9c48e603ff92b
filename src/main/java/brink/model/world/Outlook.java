package brink.model.world;

/** What a state expects of a war (hypothetical or under way); filled in place, so the daily loop allocates nothing. */
public final class Outlook implements java.io.Serializable {
    /** The attacker's daily chance of winning a battle, and its chance of winning the war. */
    public double daily, win;
    /** Expected days until the front reaches either end. */
    public double days;
    /** Expected costs of the war for the two principal belligerents, stake units (economic, losses, upkeep, nuclear risk). */
    public double costAttacker, costDefender;
    /** Engaged strength of each side. */
    public double strengthA, strengthB;
}
