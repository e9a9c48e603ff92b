package brink.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain names for --set paths, for charts and tables: {@code states.ID.resolve} reads as the state's name, a colon and "resolve",
 * {@code parameters.warCost} "war cost (all states)". A path this does not know keeps its dotted form.
 */
public final class Labels {
    private Labels() {
    }

    public static Map<String, String> of(Scenario s, List<String> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : paths) out.put(p, of(s, p));
        return out;
    }

    public static String of(Scenario s, String path) {
        String[] seg = path.split("\\.");
        if (seg.length < 2) return words(path);
        String rest = words(String.join(".", java.util.Arrays.copyOfRange(seg, 2, seg.length)));
        String key = seg[1];
        return switch (seg[0]) {
            case "parameters" -> words(String.join(".", java.util.Arrays.copyOfRange(seg, 1, seg.length))) + " (all states)";
            case "states" -> s.state(key).map(st -> {
                if (seg.length == 4 && seg[2].equals("positions")) {
                    return st.name() + ": position on " + s.issues().stream().filter(i -> i.id().equals(seg[3])).map(ContestedIssue::name).findFirst().orElse(seg[3]);
                }
                return st.name() + ": " + rest;
            }).orElse(path);
            case "alliances" -> s.alliance(key).map(a -> a.name() + ": " + rest).orElse(path);
            case "actions" -> s.action(key).map(a -> "action '" + a.name() + "': " + rest).orElse(path);
            case "events" -> s.events().stream().filter(e -> e.id().equals(key)).findFirst().map(e -> e.name() + ": " + rest).orElse(path);
            case "relations" -> relation(s, key).map(r -> r.type().label() + " " + name(s, r.from()) + " → " + name(s, r.to()) + ": " + rest).orElse(path);
            case "sanctionsTiers" -> s.sanctionsTiers().stream().filter(t -> Integer.toString(t.tier()).equals(key)).findFirst()
                    .map(t -> "sanctions tier " + t.tier() + ": " + rest).orElse(path);
            case "crisis" -> "crisis: " + words(String.join(".", java.util.Arrays.copyOfRange(seg, 1, seg.length)));
            default -> path;
        };
    }

    private static Optional<Relation> relation(Scenario s, String key) {
        try {
            int i = Integer.parseInt(key);
            return i >= 0 && i < s.relations().size() ? Optional.of(s.relations().get(i)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String name(Scenario s, String id) {
        return s.state(id).map(StateSpec::name).or(() -> s.alliance(id).map(AllianceSpec::name)).orElse(id);
    }

    /** "initialTension" reads "initial tension"; dots between words become spaces. */
    static String words(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (c == '.') {
                b.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(camel.charAt(i - 1))) {
                b.append(' ').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
