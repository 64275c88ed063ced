package io.dsv.events.runtime.config;

import java.util.regex.Pattern;

/** Hides credentials in what is shown to people: logs, errors, the start-up line. */
public final class Redaction {
  // scheme://[user][:password]@rest  -> the whole user-info part is replaced
  private static final Pattern USER_INFO =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^@/]*)@");
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&](password|pass|pwd|auth)=)[^&]*");

  private Redaction() {}

  /**
   * A URI with its user-info and any password parameter replaced by {@code ***}; the user name is
   * kept when there is one, as operators need it to tell ACL users apart.
   *
   * @param uri e.g. {@code rediss://app:s3cret@redis:6380/0}
   * @return e.g. {@code rediss://app:***@redis:6380/0}
   */
  public static String redactUri(String uri) {
    if (uri == null) {
      return null;
    }
    String withoutUserInfo =
        USER_INFO
            .matcher(uri)
            .replaceFirst(
                match -> {
                  String userInfo = match.group(2);
                  int colon = userInfo.indexOf(':');
                  String user = colon < 0 ? "" : userInfo.substring(0, colon);
                  return java.util.regex.Matcher.quoteReplacement(match.group(1) + user + ":***@");
                });
    return PASSWORD_PARAM.matcher(withoutUserInfo).replaceAll("$1***");
  }
}
