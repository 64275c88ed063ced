package io.dsv.events.runtime.config;

import java.util.regex.Pattern;

/** Hides credentials in what is shown to people: logs, errors, the start-up line. */
public final class Redaction {
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&](password|pass|pwd|auth)=)[^&]*");

  private Redaction() {}

  /**
   * A URI with its password replaced by {@code ***}; the user name is kept when there is one, as
   * operators need it to tell ACL users apart. Everything up to the last {@code @} counts as
   * credentials, so a password holding {@code @} or a malformed URI leaks nothing either.
   *
   * @param uri e.g. {@code rediss://app:s3cret@redis:6380/0}
   * @return e.g. {@code rediss://app:***@redis:6380/0}
   */
  public static String redactUri(String uri) {
    if (uri == null) {
      return null;
    }
    String redacted = uri;
    int at = uri.lastIndexOf('@');
    if (at >= 0) {
      int schemeEnd = uri.indexOf("://");
      if (schemeEnd >= 0 && schemeEnd < at) {
        String userInfo = uri.substring(schemeEnd + 3, at);
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? "" : userInfo.substring(0, colon);
        redacted = uri.substring(0, schemeEnd + 3) + user + ":***" + uri.substring(at);
      } else {
        redacted = "***" + uri.substring(at);
      }
    }
    return PASSWORD_PARAM.matcher(redacted).replaceAll("$1***");
  }
}
