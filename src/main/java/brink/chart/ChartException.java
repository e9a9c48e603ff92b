package brink.chart;

/** A results folder cannot be charted: a required file is missing or corrupt, or the output cannot be written. */
public class ChartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ChartException(String message) {
    super(message);
  }

  public ChartException(String message, Throwable cause) {
    super(message, cause);
  }
}
