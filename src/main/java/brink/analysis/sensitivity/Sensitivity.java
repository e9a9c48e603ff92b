package brink.analysis.sensitivity;

import brink.analysis.design.Design;
import brink.analysis.design.Evaluation;
import brink.analysis.design.Input;
import brink.scenario.Loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * The result of a sensitivity analysis: for every output, each input's measures (Sobol: first-order and total
 * index; Morris: μ, μ*, σ) with intervals, and how much of the output's variation across the design is Monte Carlo
 * noise. Prints a table and writes sensitivity.csv, sensitivity.json, a chart per output and report.html.
 */
public record Sensitivity(String method, String title, List<Input> inputs, List<Output> outputs) {

    /** One output's analysis. {@code noiseShare}: the mean Monte Carlo variance of a point's value over the variance across points. */
    public record Output(String output, double variance, double noiseShare, List<Measure> measures) {
    }

    /** One input's measures for one output; NaN where the method has none. */
    public record Measure(String input, double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh,
                          double mu, double muStar, double muStarLow, double muStarHigh, double sigma) {
    }

    /** Analyses every output of an evaluated design. */
    public static Sensitivity analyze(String title, Design design, Evaluation eval, int bootstrap, long seed) {
        List<Output> out = new ArrayList<>();
        int k = design.dimension();
        for (int m = 0; m < eval.metrics().size(); m++) {
            double[] y = eval.column(m);
            List<Measure> ms = new ArrayList<>();
            double var = variance(y);
            if (design.method().equals("sobol")) {
                Sobol.Indices ix = Sobol.analyze(y, k, bootstrap, seed + m);
                for (int i = 0; i < k; i++) {
                    ms.add(new Measure(design.inputs().get(i).path(), ix.first()[i], ix.firstLow()[i], ix.firstHigh()[i], ix.total()[i], ix.totalLow()[i],
                            ix.totalHigh()[i], Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                }
                ms.sort(Comparator.comparingDouble((Measure x) -> Double.isNaN(x.total()) ? -1 : x.total()).reversed());
            } else {
                Morris.Effects e = Morris.analyze(design, y, bootstrap, seed + m);
                for (int i = 0; i < k; i++) {
                    ms.add(new Measure(design.inputs().get(i).path(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            e.mu()[i], e.muStar()[i], e.muStarLow()[i], e.muStarHigh()[i], e.sigma()[i]));
                }
                ms.sort(Comparator.comparingDouble(Measure::muStar).reversed());
            }
            out.add(new Output(eval.metrics().get(m), var, var > 0 ? eval.meanNoise(m) / var : Double.NaN, ms));
        }
        return new Sensitivity(design.method(), title, design.inputs(), out);
    }

    static double variance(double[] y) {
        double s = 0, s2 = 0;
        int n = 0;
        for (double v : y) {
            if (Double.isNaN(v)) continue;
            s += v;
            s2 += v * v;
            n++;
        }
        if (n < 2) return Double.NaN;
        double m = s / n;
        return (s2 - n * m * m) / (n - 1);
    }

    private boolean sobol() {
        return method.equals("sobol");
    }

    /** The printed table: each output, its inputs from the most influential down (at most {@code top}). */
    public String table(int top) {
        StringBuilder b = new StringBuilder();
        for (Output o : outputs) {
            b.append(String.format(Locale.ROOT, "%nSensitivity of %s (%s)%n", o.output(), sobol() ? "Sobol indices, 95% bootstrap intervals" : "Morris elementary effects, 95% bootstrap interval of mu*"));
            if (Double.isNaN(o.variance()) || o.variance() == 0) {
                b.append("  the output does not vary over the design: nothing to apportion\n");
                continue;
            }
            if (sobol()) b.append(String.format(Locale.ROOT, "  %-40s %22s %22s%n", "input", "first-order S1", "total ST"));
            else b.append(String.format(Locale.ROOT, "  %-40s %24s %9s %9s%n", "input", "mu*", "mu", "sigma"));
            for (Measure m : o.measures().subList(0, Math.min(top, o.measures().size()))) {
                if (sobol()) b.append(String.format(Locale.ROOT, "  %-40s %6.3f [%6.3f,%6.3f] %6.3f [%6.3f,%6.3f]%n", m.input(), m.first(), m.firstLow(), m.firstHigh(),
                        m.total(), m.totalLow(), m.totalHigh()));
                else b.append(String.format(Locale.ROOT, "  %-40s %8.4f [%6.4f,%6.4f] %+9.4f %9.4f%n", m.input(), m.muStar(), m.muStarLow(), m.muStarHigh(), m.mu(), m.sigma()));
            }
            if (o.measures().size() > top) b.append(String.format("  ... %d more in sensitivity.csv%n", o.measures().size() - top));
            if (!Double.isNaN(o.noiseShare())) {
                b.append(String.format(Locale.ROOT, "  Monte Carlo noise: %.1f%% of the output's variance across the design%s%n", 100 * o.noiseShare(),
                        o.noiseShare() > 0.1 ? " (high: more --runs per point would sharpen the measures)" : ""));
            }
        }
        return b.toString();
    }

    /** sensitivity.csv: one row per output and input. */
    public void writeCsv(Path file) throws IOException {
        StringBuilder b = new StringBuilder(sobol() ? "output,input,first,first_low,first_high,total,total_low,total_high\n" : "output,input,mu_star,mu_star_low,mu_star_high,mu,sigma\n");
        for (Output o : outputs) {
            for (Measure m : o.measures()) {
                b.append(csv(o.output())).append(',').append(csv(m.input()));
                double[] v = sobol() ? new double[]{m.first(), m.firstLow(), m.firstHigh(), m.total(), m.totalLow(), m.totalHigh()}
                        : new double[]{m.muStar(), m.muStarLow(), m.muStarHigh(), m.mu(), m.sigma()};
                for (double x : v) b.append(',').append(Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.6g", x));
                b.append('\n');
            }
        }
        Files.writeString(file, b);
    }

    public void writeJson(Path file, Map<String, Object> settings) throws IOException {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("method", method);
        j.put("settings", settings);
        List<Map<String, Object>> in = new ArrayList<>();
        for (Input i : inputs) in.add(Map.of("path", i.path(), "distribution", i.describe(), "low", i.low(), "high", i.high()));
        j.put("inputs", in);
        j.put("outputs", outputs);
        Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), j);
    }

    /** A chart per output (the top inputs); returns the file names written (without extension). */
    public List<String> writeCharts(Path dir, String subtitle, int top) throws IOException {
        List<String> names = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            Output out = outputs.get(o);
            if (Double.isNaN(out.variance()) || out.variance() == 0) continue;
            List<Measure> ms = out.measures().subList(0, Math.min(top, out.measures().size()));
            List<String> labels = ms.stream().map(Measure::input).toList();
            List<SensitivityChart.Series> series = sobol()
                    ? List.of(series("first-order S1", ms, Measure::first, Measure::firstLow, Measure::firstHigh),
                    series("total ST", ms, Measure::total, Measure::totalLow, Measure::totalHigh))
                    : List.of(series("mu* (mean |effect|)", ms, Measure::muStar, Measure::muStarLow, Measure::muStarHigh),
                    series("sigma (interactions)", ms, Measure::sigma, m -> Double.NaN, m -> Double.NaN));
            String name = "sensitivity-" + (o + 1);
            brink.chart.Slides.write(SensitivityChart.chart("What drives " + out.output(), subtitle,
                    sobol() ? "Share of the output's variance" : "Effect on the output of moving the input across its range", labels, series), dir, name);
            names.add(name);
        }
        return names;
    }

    private static SensitivityChart.Series series(String name, List<Measure> ms, java.util.function.ToDoubleFunction<Measure> v,
                                                  java.util.function.ToDoubleFunction<Measure> lo, java.util.function.ToDoubleFunction<Measure> hi) {
        return new SensitivityChart.Series(name, ms.stream().mapToDouble(v).toArray(), ms.stream().mapToDouble(lo).toArray(), ms.stream().mapToDouble(hi).toArray());
    }

    /** report.html: a self-contained page with the sensitivity section (tables and charts inline). */
    public void writeHtml(Path dir, List<String> charts, String settings) throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append(" — sensitivity</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1200px;margin:0 auto;padding:24px 32px;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em}th{background:#f2f2f2}td.num{text-align:right;"
                        + "font-variant-numeric:tabular-nums}img{width:100%;border:1px solid #ddd}.meta{color:#555}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<section id=\"sensitivity\">\n<h2>Sensitivity: ")
                .append(sobol() ? "Sobol indices" : "Morris screening").append("</h2>\n<p class=\"meta\">").append(esc(settings)).append("</p>\n");
        h.append(sobol() ? "<p>The first-order index S1 is the share of the output's variance an input explains alone; the total index ST adds its interactions. "
                + "An input with ST near 0 can be fixed anywhere in its range without changing the output.</p>\n"
                : "<p>mu* is the mean absolute change of the output when the input moves across its range (as a share of the range); sigma is how much "
                + "that change depends on the other inputs (interactions, non-linearity). Inputs with mu* near 0 can be fixed.</p>\n");
        int c = 0;
        for (Output o : outputs) {
            h.append("<h3>").append(esc(o.output())).append("</h3>\n");
            if (Double.isNaN(o.variance()) || o.variance() == 0) {
                h.append("<p>The output does not vary over the design.</p>\n");
                continue;
            }
            if (c < charts.size()) {
                byte[] png = Files.readAllBytes(dir.resolve(charts.get(c++) + ".png"));
                h.append("<img alt=\"sensitivity of ").append(esc(o.output())).append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n");
            }
            h.append("<table>\n<tr><th>input</th>").append(sobol() ? "<th>S1</th><th>95% interval</th><th>ST</th><th>95% interval</th>" : "<th>mu*</th><th>95% interval</th><th>mu</th><th>sigma</th>")
                    .append("</tr>\n");
            for (Measure m : o.measures()) {
                h.append("<tr><td>").append(esc(m.input())).append("</td>");
                if (sobol()) h.append(num(m.first())).append(range(m.firstLow(), m.firstHigh())).append(num(m.total())).append(range(m.totalLow(), m.totalHigh()));
                else h.append(num(m.muStar())).append(range(m.muStarLow(), m.muStarHigh())).append(num(m.mu())).append(num(m.sigma()));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
            if (!Double.isNaN(o.noiseShare())) h.append(String.format(Locale.ROOT, "<p class=\"meta\">Monte Carlo noise: %.1f%% of the output's variance across the design.</p>\n", 100 * o.noiseShare()));
        }
        h.append("</section>\n</body>\n</html>\n");
        Files.writeString(dir.resolve("report.html"), h);
    }

    private static String num(double v) {
        return "<td class=\"num\">" + (Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v)) + "</td>";
    }

    private static String range(double lo, double hi) {
        return "<td class=\"num\">" + (Double.isNaN(lo) ? "" : String.format(Locale.ROOT, "%.4f – %.4f", lo, hi)) + "</td>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

}
