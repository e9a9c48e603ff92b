package brink.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by the build), or "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"brink " + get() + " (Java " + System.getProperty("java.version") + ", MASON 18)"};
    }
}
