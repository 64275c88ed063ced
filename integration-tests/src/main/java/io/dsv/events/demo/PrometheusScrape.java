package io.dsv.events.demo;

import io.dsv.events.annotations.EventType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of an agent's Prometheus page ({@code dsv.events.metrics.prometheus.port}), read as
 * per-type counts: the demo's and the tests' view of what a service emitted, published and dropped.
 */
public final class PrometheusScrape {
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\}\\s+(\\S+)$");
  private static final Pattern TYPE_LABEL = Pattern.compile("(?:^|,)type=\"([^\"]*)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String text;
  private final Map<String, Double> byNameAndType = new HashMap<>();

  private PrometheusScrape(String text) {
    this.text = text;
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line.trim());
      if (sample.matches()) {
        Matcher type = TYPE_LABEL.matcher(sample.group(2));
        if (type.find()) {
          byNameAndType.merge(
              sample.group(1) + "|" + type.group(1),
              Double.parseDouble(sample.group(3)),
              Double::sum);
        }
      }
    }
  }

  /**
   * Fetches the page.
   *
   * @param port the agent's Prometheus port on this host
   * @return the scrape
   * @throws IOException when the page cannot be fetched
   * @throws InterruptedException when interrupted
   */
  public static PrometheusScrape fetch(int port) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
            .timeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from the Prometheus page");
    }
    return new PrometheusScrape(response.body());
  }

  /**
   * A counter's value for one type, summed over its other labels.
   *
   * @param name the Prometheus name, e.g. {@code events_emitted_total}
   * @param type the type
   * @return the value, 0 when absent
   */
  public long count(String name, EventType type) {
    return Math.round(byNameAndType.getOrDefault(name + "|" + type.wireName(), 0.0));
  }

  /**
   * Emitted events of a type.
   *
   * @param type the type
   * @return the count
   */
  public long emitted(EventType type) {
    return count("events_emitted_total", type);
  }

  /**
   * Published events of a type.
   *
   * @param type the type
   * @return the count
   */
  public long published(EventType type) {
    return count("events_published_total", type);
  }

  /**
   * Events of a type dropped anywhere: by the emitter, by the publisher, or refused by Redis.
   *
   * @param type the type
   * @return the count
   */
  public long dropped(EventType type) {
    return count("events_dropped_total", type)
        + count("events_publish_dropped_total", type)
        + count("events_publish_failed_total", type);
  }

  /**
   * The page as served.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
