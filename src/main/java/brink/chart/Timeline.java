package brink.chart;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/** Maps simulation days to the x axis: calendar dates when the scenario has a start date, else day numbers. */
final class Timeline {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private final LocalDate start;

  Timeline(LocalDate start) {
    this.start = start;
  }

  double x(int day) {
    return start == null ? day : start.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  ValueAxis axis() {
    if (start == null) {
      NumberAxis axis = new NumberAxis("Day since start (days)");
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      axis.setAutoRangeIncludesZero(true);
      return axis;
    }
    // UTC throughout, so a date never slips by a day on a machine in another time zone.
    DateAxis axis = new DateAxis("Date", UTC, Locale.ENGLISH);
    SimpleDateFormat format = new SimpleDateFormat("d MMM yyyy", Locale.ENGLISH);
    format.setTimeZone(UTC);
    axis.setDateFormatOverride(format);
    return axis;
  }
}
