package brink.results;

/** RFC 4180 quoting for the few text cells (errors, names) that may hold commas or quotes. */
final class Csv {
    private Csv() {
    }

    static String escape(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
