package brink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * --help text that wraps only between words and never inside an example, so that what a user copies from it runs.
 * Paragraphs wrap to the terminal; a line that starts with spaces is an example (or a list item): it is printed
 * whole, and only a trailing "(comment)" may move to the next line when the line is too long.
 */
final class Help {
    private static final Pattern COMMENTED = Pattern.compile("^(\\s+)(\\S.*?)\\s+(\\(.*\\))\\s*$");
    /** Widest name column; longer names put their description on the next line. */
    private static final int NAMES_MAX = 26;

    private Help() {
    }

    /** Installs the renderers on the command and every subcommand. */
    static void install(CommandLine cl) {
        Map<String, CommandLine.IHelpSectionRenderer> m = cl.getHelpSectionMap();
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER, h -> paragraphs(h.commandSpec().usageMessage().header(), width(h), 0));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, h -> paragraphs(h.commandSpec().usageMessage().description(), width(h), 0));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, h -> paragraphs(h.commandSpec().usageMessage().footer(), width(h), 0));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, h -> parameters(h.commandSpec(), width(h)));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, h -> options(h.commandSpec(), width(h)));
        m.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, h -> commands(h.commandSpec(), width(h)));
        cl.setHelpSectionMap(m);
        for (CommandLine sub : cl.getSubcommands().values()) install(sub);
    }

    private static int width(CommandLine.Help h) {
        return Math.max(40, h.commandSpec().usageMessage().width());
    }

    /** Lines of text as picocli would format them ({@code %%} for a percent sign, {@code %n} a line break). */
    static String paragraphs(String[] lines, int width, int indent) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            for (String line : raw.replace("%n", "\n").replace("%%", "%").split("\n", -1)) out.append(line(line, width, indent));
        }
        return out.toString();
    }

    private static String line(String line, int width, int indent) {
        String pad = " ".repeat(indent);
        if (line.isBlank()) return "\n";
        if (Character.isWhitespace(line.charAt(0))) {
            if (indent + line.length() <= width) return pad + line + "\n";
            Matcher m = COMMENTED.matcher(line);
            if (m.matches()) {
                int inner = indent + m.group(1).length() + 4;
                return pad + m.group(1) + m.group(2) + "\n" + wrap(m.group(3), width, inner, inner);
            }
            return pad + line + "\n";
        }
        return wrap(line, width, indent, indent);
    }

    /** Greedy wrapping between words; a word longer than the line is kept whole. */
    static String wrap(String text, int width, int firstIndent, int indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder cur = new StringBuilder(" ".repeat(firstIndent));
        int start = firstIndent;
        for (String word : text.strip().split(" +")) {
            if (cur.length() > start && cur.length() + 1 + word.length() > width) {
                out.append(cur).append('\n');
                cur = new StringBuilder(" ".repeat(indent));
                start = indent;
            }
            if (cur.length() > start) cur.append(' ');
            cur.append(word);
        }
        return out.append(cur).append('\n').toString();
    }

    private static String parameters(CommandSpec spec, int width) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) continue;
            String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
            if (p.arity().min() == 0) label = "[" + label + "]";
            rows.add(new String[]{label, String.join("\n", p.renderedDescription())});
        }
        return table(rows, width, names(spec));
    }

    private static String options(CommandSpec spec, int width) {
        List<OptionSpec> opts = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
        opts.sort(Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "").toLowerCase()));
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : opts) rows.add(new String[]{optionNames(o), String.join("\n", o.renderedDescription())});
        return table(rows, width, names(spec));
    }

    private static String commands(CommandSpec spec, int width) {
        List<String[]> rows = new ArrayList<>();
        int col = 0;
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !sub.name().equals(e.getKey())) continue;
            String[] header = sub.usageMessage().header();
            rows.add(new String[]{e.getKey(), header.length > 0 ? header[0] : ""});
            col = Math.max(col, e.getKey().length());
        }
        return table(rows, width, col);
    }

    /** Width of the name column for a command's options and parameters. */
    private static int names(CommandSpec spec) {
        int w = 0;
        for (OptionSpec o : spec.options()) if (!o.hidden()) w = Math.max(w, optionNames(o).length());
        for (PositionalParamSpec p : spec.positionalParameters()) w = Math.max(w, p.paramLabel().length() + 5);
        return Math.min(w, NAMES_MAX);
    }

    private static String optionNames(OptionSpec o) {
        List<String> names = new ArrayList<>(List.of(o.names()));
        names.sort(Comparator.comparingInt(String::length));
        String label = String.join(", ", names);
        if (o.arity().max() > 0 && !isBoolean(o)) label += "=" + o.paramLabel();
        return label;
    }

    private static boolean isBoolean(ArgSpec a) {
        return a.type() == boolean.class || a.type() == Boolean.class;
    }

    /** Two columns: names indented by two, descriptions wrapped in their own column. */
    private static String table(List<String[]> rows, int width, int nameWidth) {
        StringBuilder out = new StringBuilder();
        int descCol = 2 + nameWidth + 3;
        for (String[] r : rows) {
            String name = "  " + r[0];
            String[] lines = r[1].replace("%n", "\n").replace("%%", "%").split("\n");
            StringBuilder desc = new StringBuilder();
            for (String l : lines) desc.append(line(l, width, descCol));
            String body = desc.toString();
            if (name.length() + 2 <= descCol) {
                // the first description line goes beside the name
                out.append(name).append(" ".repeat(descCol - name.length())).append(body.substring(Math.min(descCol, leading(body))));
            } else {
                out.append(name).append('\n').append(body);
            }
        }
        return out.toString();
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i;
    }
}
